"""`newsevents replay` against the real broker: an archive (a .gz, a .zst and a plain file with
malformed lines) in both modes, a Kafka topic from --since to --until, and a replay killed with
kill -9 and resumed with its run id. A read_committed consumer must see every expected article
(pipeline) or event (bulk) exactly once, marked with the run; the malformed lines must be in the
rejects file with their line numbers, once."""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zstandard

from newsevents.backfill.checkpoint import Checkpoint
from newsevents.backfill.progress import LogDisplay
from newsevents.backfill.runner import ReplayOptions, ReplayRun, Source
from newsevents.backfill.sources import ArchiveSource
from newsevents.backfill.store import read_checkpoint
from newsevents.backfill.topic_source import TopicSource
from newsevents.config import Settings
from newsevents.contracts import (
    REPLAY_MODE_HEADER,
    REPLAY_RUN_HEADER,
    ArticleMessage,
    Backfill,
    EventMessage,
)
from newsevents.extraction.pipeline import extract_events
from tests.integration.conftest import ServiceFactory
from tests.integration.kafka_tools import fresh_settings, read_settled
from tests.integration.replay_extractor import EXTRACTOR, event_ids
from tests.integration.service_process import service_env, topics_of
from tests.integration.workload import make_articles, produce_articles

pytestmark = pytest.mark.kafka

MALFORMED = (
    (b'{"id": "cut-short", "body": "Gunmen', "InvalidJson"),
    (b'{"id": "no-body", "published_at": "2024-03-14T08:00:00Z"}', "SchemaViolation"),
    (b"not json at all", "InvalidJson"),
)


@dataclass(frozen=True, slots=True)
class Archive:
    path: Path
    articles: list[ArticleMessage]
    lines: dict[str, bytes]  # article id -> its line as archived
    malformed: dict[tuple[str, int], str]  # (file, line) -> the reason's class


def write_archive(folder: Path, articles: list[ArticleMessage]) -> Archive:
    """Three files in name order: a .gz, a .zst, and a plain one with malformed lines."""
    folder.mkdir(parents=True, exist_ok=True)
    third = len(articles) // 3
    parts = [articles[:third], articles[third : 2 * third], articles[2 * third :]]
    lines = {a.id: a.model_dump_json().encode() for a in articles}
    malformed: dict[tuple[str, int], str] = {}
    plain: list[bytes] = []
    for index, article in enumerate(parts[2]):
        if index in (2, 5, 9):
            raw, reason = MALFORMED[(2, 5, 9).index(index)]
            plain.append(raw)
            malformed[("2024-03-03.jsonl", len(plain))] = reason
        plain.append(lines[article.id])
    (folder / "2024-03-01.jsonl.gz").write_bytes(
        gzip.compress(b"\n".join(lines[a.id] for a in parts[0]) + b"\n")
    )
    (folder / "2024-03-02.jsonl.zst").write_bytes(
        zstandard.ZstdCompressor().compress(b"\n".join(lines[a.id] for a in parts[1]) + b"\n")
    )
    (folder / "2024-03-03.jsonl").write_bytes(b"\n".join(plain) + b"\n")
    return Archive(folder, articles, lines, malformed)


async def settings_for(bootstrap: str, **overrides: Any) -> Settings:
    suffix = uuid.uuid4().hex[:8]
    return await fresh_settings(
        bootstrap,
        backfill_topic=f"backfill-{suffix}",
        replay_checkpoint_topic=f"checkpoints-{suffix}",
        **overrides,
    )


async def replay(
    settings: Settings, source: Source, mode: str, run_id: str, rejects: Path
) -> Checkpoint:
    assert settings.bootstrap_servers
    target = settings.events_topic if mode == "bulk" else settings.backfill_topic
    options = ReplayOptions(run_id=run_id, mode=mode, target=target, rejects=rejects)  # type: ignore[arg-type]
    run = ReplayRun(settings, settings.bootstrap_servers, source, options, LogDisplay(run_id))
    return await run.run(asyncio.Event())


def headers_of(record: Any) -> dict[str, bytes]:
    return dict(record.headers or ())


def rejects_of(path: Path) -> dict[tuple[str, int], str]:
    entries = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    found = Counter((e["file"], e["line"]) for e in entries)
    assert max(found.values()) == 1, f"a reject written twice: {found}"
    return {(e["file"], e["line"]): e["reason"].split(":")[0] for e in entries}


def assert_pipeline_records(records: list[Any], archive: Archive, run_id: str) -> None:
    keys = Counter(r.key.decode() for r in records)
    assert keys == Counter(a.id for a in archive.articles), "each article once, nothing else"
    for record in records:
        assert record.value == archive.lines[record.key.decode()], "the archived bytes as they are"
        headers = headers_of(record)
        assert headers[REPLAY_RUN_HEADER] == run_id.encode()
        assert headers[REPLAY_MODE_HEADER] == b"pipeline"


def assert_bulk_events(records: list[Any], archive: Archive, run_id: str) -> None:
    found = Counter()
    for record in records:
        event = EventMessage.model_validate_json(record.value)
        assert record.key == event.article_id.encode(), "keyed by article id, as the service"
        assert event.backfill == Backfill(run_id=run_id, mode="bulk")
        assert headers_of(record)[REPLAY_RUN_HEADER] == run_id.encode()
        found[(event.article_id, event.event_id)] += 1
    expected = Counter((a.id, e) for a in archive.articles for e in event_ids(a.id))
    missing, extra = expected - found, found - expected
    assert not missing and not extra, f"missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}"


async def test_pipeline_replay_puts_each_archived_article_once_on_the_backfill_topic(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = await settings_for(kafka_bootstrap)
    archive = write_archive(tmp_path / "archive", make_articles(90, "pipe", seed=3))
    source = ArchiveSource(archive.path, settings.max_body_bytes)
    rejects = tmp_path / "rejects.jsonl"

    done = await replay(settings, source, "pipeline", "pipe-run", rejects)

    records = await read_settled(kafka_bootstrap, settings.backfill_topic)
    assert_pipeline_records(records, archive, "pipe-run")
    assert rejects_of(rejects) == archive.malformed
    assert (done.status, done.counts.articles, done.counts.rejected) == ("done", 90, 3)
    assert done.position == {"file": "2024-03-03.jsonl", "line": 33}
    assert await read_checkpoint(settings, kafka_bootstrap, "pipe-run") == done
    # Run again with the same id: done already, nothing is produced twice.
    again = await replay(settings, source, "pipeline", "pipe-run", rejects)
    assert again == done
    assert len(await read_settled(kafka_bootstrap, settings.backfill_topic)) == 90


async def test_bulk_replay_publishes_each_event_once_with_the_backfill_block(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = await settings_for(kafka_bootstrap, extractor=EXTRACTOR, workers=2)
    archive = write_archive(tmp_path / "archive", make_articles(120, "bulk", seed=4))
    rejects = tmp_path / "rejects.jsonl"

    done = await replay(
        settings, ArchiveSource(archive.path, settings.max_body_bytes), "bulk", "bulk-run", rejects
    )

    assert_bulk_events(
        await read_settled(kafka_bootstrap, settings.events_topic), archive, "bulk-run"
    )
    assert rejects_of(rejects) == archive.malformed
    assert (done.counts.articles, done.counts.events, done.counts.rejected) == (120, 240, 3)


async def test_bulk_replay_with_the_real_extractor_publishes_what_it_extracts(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """Event content, not only ids: the events on the topic are the pipeline's, plus the
    backfill block."""
    settings = await settings_for(kafka_bootstrap, workers=1)
    articles = [
        ArticleMessage(
            id="real-1",
            body="Syrian government forces clashed with gunmen near Raqqa on Monday, "
            "killing 7 fighters.",
            published_at=dt.datetime(2024, 3, 14, 8, tzinfo=dt.UTC),
        ),
        ArticleMessage(
            id="real-2",
            body="Hundreds of residents protested in Basra on Tuesday against power cuts.",
            published_at=dt.datetime(2024, 3, 14, 9, tzinfo=dt.UTC),
        ),
    ]
    (tmp_path / "a.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in articles))

    await replay(
        settings,
        ArchiveSource(tmp_path / "a.jsonl", settings.max_body_bytes),
        "bulk",
        "real-run",
        tmp_path / "rejects.jsonl",
    )

    events = [
        EventMessage.model_validate_json(r.value)
        for r in await read_settled(kafka_bootstrap, settings.events_topic)
    ]
    run = Backfill(run_id="real-run", mode="bulk")
    expected = [e.model_copy(update={"backfill": run}) for a in articles for e in extract_events(a)]
    assert sorted(events, key=lambda e: e.event_id) == sorted(expected, key=lambda e: e.event_id)
    by_article = {e.article_id: e for e in events}
    clash, protest = by_article["real-1"], by_article["real-2"]
    assert (clash.event_type, clash.acled.fatalities, clash.time.date) == (
        "armed_clash",
        7,
        dt.date(2024, 3, 11),  # "on Monday" before the publication
    )
    assert [(p.text, p.country_code) for p in clash.locations] == [("Raqqa", "SY")]
    assert clash.actors[0].name == "Military Forces of Syria"
    assert (protest.event_type, protest.locations[0].country_code) == ("protest", "IQ")
    assert protest.backfill == run


async def test_a_topic_is_replayed_from_since_to_until(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """offsets_for_times picks the window; what is outside it is not replayed."""
    from aiokafka import AIOKafkaProducer

    settings = await settings_for(kafka_bootstrap)
    articles = make_articles(30, "window", seed=5)
    day = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    try:
        for n, article in enumerate(articles):  # article n at day + n hours
            stamp = int((day + dt.timedelta(hours=n)).timestamp() * 1000)
            await producer.send_and_wait(
                settings.articles_topic,
                article.model_dump_json().encode(),
                key=article.id.encode(),
                timestamp_ms=stamp,
            )
        await producer.send_and_wait(settings.articles_topic, b"{broken", timestamp_ms=stamp)
    finally:
        await producer.stop()
    source = TopicSource(
        settings,
        kafka_bootstrap,
        settings.articles_topic,
        since=day + dt.timedelta(hours=10),
        until=day + dt.timedelta(hours=20),
    )

    done = await replay(settings, source, "pipeline", "window-run", tmp_path / "r.jsonl")

    records = await read_settled(kafka_bootstrap, settings.backfill_topic)
    assert sorted(r.key.decode() for r in records) == [a.id for a in articles[10:20]]
    assert done.bounds is not None and done.status == "done"
    assert sum(end - start for start, end in done.bounds.values()) == 10


class StopAfter(LogDisplay):
    """The progress display that presses Ctrl-C (sets ``stop``) once ``articles`` are done."""

    def __init__(self, run_id: str, articles: int, stop: asyncio.Event) -> None:
        super().__init__(run_id)
        self._articles = articles
        self._stop = stop

    def update(self, counts: Any, done: int) -> None:
        if counts.articles >= self._articles:
            self._stop.set()


async def test_an_interrupted_topic_replay_resumes_within_its_first_bounds(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """SIGINT's path: the run stops, commits what it did as ``interrupted``; resumed, it goes
    on from each partition's offset and stops at the bounds of its start, though the topic has
    grown since: each article once."""
    settings = await settings_for(kafka_bootstrap)
    first_batch = make_articles(60, "topic-a", seed=8)
    later = make_articles(20, "topic-b", seed=9)
    await produce_articles(kafka_bootstrap, settings.articles_topic, first_batch)
    stop = asyncio.Event()
    options = ReplayOptions(
        run_id="topic-run",
        mode="pipeline",
        target=settings.backfill_topic,
        rejects=tmp_path / "r.jsonl",
        batch=5,
    )

    def run(display: LogDisplay) -> ReplayRun:
        source = TopicSource(settings, kafka_bootstrap, settings.articles_topic)
        return ReplayRun(settings, kafka_bootstrap, source, options, display)

    interrupted = await run(StopAfter("topic-run", 25, stop)).run(stop)
    assert interrupted.status == "interrupted"
    assert 25 <= interrupted.counts.articles < 60
    await produce_articles(kafka_bootstrap, settings.articles_topic, later)

    done = await run(LogDisplay("topic-run")).run(asyncio.Event())

    records = await read_settled(kafka_bootstrap, settings.backfill_topic)
    assert Counter(r.key.decode() for r in records) == Counter(a.id for a in first_batch)
    assert (done.status, done.counts.articles, done.bounds) == (
        "done",
        60,
        interrupted.bounds,
    )


@pytest.mark.parametrize("mode", ["pipeline", "bulk"])
async def test_a_replay_killed_mid_run_resumes_from_its_checkpoint_exactly_once(
    kafka_bootstrap: str, tmp_path: Path, service_process: ServiceFactory, mode: str
) -> None:
    settings = await settings_for(kafka_bootstrap)
    archive = write_archive(tmp_path / "archive", make_articles(240, f"kill-{mode}", seed=6))
    run_id = f"kill-{mode}-{uuid.uuid4().hex[:6]}"
    env = service_env(
        kafka_bootstrap,
        **topics_of(settings),
        replay_checkpoint_topic=settings.replay_checkpoint_topic,
        extractor=EXTRACTOR,
        workers=2,
    )
    # Slow enough for a kill in the middle: 40 articles a second, or 25 ms per article a worker.
    env["REPLAY_TEST_PAUSE_S"] = "0.025"
    argv = ["replay", str(archive.path), "--mode", mode, "--run-id", run_id]
    argv += ["--rejects", str(tmp_path / "rejects.jsonl")]
    argv += ["--rate", "40"] if mode == "pipeline" else []
    target = settings.events_topic if mode == "bulk" else settings.backfill_topic

    first = service_process(env, "first", argv=argv)
    first.launch()
    at_kill = await wait_for_checkpoint(settings, kafka_bootstrap, run_id, first.ensure_running)
    first.kill()
    assert at_kill.status == "running", "the kill came after the end: the test proves nothing"
    stopped = await read_checkpoint(settings, kafka_bootstrap, run_id)
    assert stopped is not None and stopped.status == "running"
    assert 0 < stopped.counts.articles < len(archive.articles), stopped

    second = service_process(env, "second", argv=argv)
    second.launch()
    assert await second.wait(180) == 65, second.tail()  # done, with rejected lines

    records = await read_settled(kafka_bootstrap, target)
    if mode == "bulk":
        assert_bulk_events(records, archive, run_id)
    else:
        assert_pipeline_records(records, archive, run_id)
    assert rejects_of(tmp_path / "rejects.jsonl") == archive.malformed
    done = await read_checkpoint(settings, kafka_bootstrap, run_id)
    assert done is not None and done.status == "done"
    assert (done.counts.articles, done.counts.rejected) == (240, 3)
    resumed = [line for line in second.lines() if line.get("event") == "replay_resumed"]
    assert resumed and resumed[0]["position"] == stopped.position
    rejected = {(line["file"], line["line"]) for line in second.events("replay_line_rejected")}
    assert rejected <= set(archive.malformed)


async def test_a_second_process_of_the_same_run_fences_the_first(
    kafka_bootstrap: str, tmp_path: Path, service_process: ServiceFactory
) -> None:
    """Two replays with one run id (a resume while the old process still runs): the new one
    fences the old one, which stops with exit 75 and says why; the articles arrive once."""
    settings = await settings_for(kafka_bootstrap)
    archive = write_archive(tmp_path / "archive", make_articles(150, "fence", seed=7))
    run_id = f"fence-{uuid.uuid4().hex[:6]}"
    env = service_env(
        kafka_bootstrap,
        **topics_of(settings),
        replay_checkpoint_topic=settings.replay_checkpoint_topic,
    )
    argv = ["replay", str(archive.path), "--run-id", run_id]
    argv += ["--rejects", str(tmp_path / "rejects.jsonl")]
    first = service_process(env, "first", argv=[*argv, "--rate", "20"])
    first.launch()
    await wait_for_checkpoint(settings, kafka_bootstrap, run_id, first.ensure_running)
    second = service_process(env, "second", argv=argv)
    second.launch()

    assert await first.wait(120) == 75, first.tail()
    assert "another process started replay run" in first.tail()
    assert await second.wait(120) == 65, second.tail()
    assert_pipeline_records(
        await read_settled(kafka_bootstrap, settings.backfill_topic), archive, run_id
    )
    assert rejects_of(tmp_path / "rejects.jsonl") == archive.malformed


async def wait_for_checkpoint(
    settings: Settings, bootstrap: str, run_id: str, check: Any, timeout_s: float = 120.0
) -> Checkpoint:
    """The first checkpoint of ``run_id`` past some articles (polled, not timed)."""
    async with asyncio.timeout(timeout_s):
        while True:
            check()
            try:
                found = await read_checkpoint(settings, bootstrap, run_id, timeout_s=10)
            except RuntimeError:  # the checkpoint topic is not there yet
                found = None
            if found is not None and found.counts.articles > 0:
                return found
            await asyncio.sleep(0.1)
