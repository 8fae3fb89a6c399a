"""`newsevents run` as a real process: SIGTERM mid-stream stops it cleanly, nothing is lost."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections import defaultdict

import pytest

from newsevents.contracts import EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.inputs import read_articles
from tests.conftest import SEEDS
from tests.integration.kafka_tools import (
    collect,
    committed_offsets,
    fresh_settings,
    produce,
    read_settled,
    running_service,
)

pytestmark = pytest.mark.kafka

ARTICLES = 150
# Not a measure of speed: how long a stop may take before the test calls it a hang.
SHUTDOWN_HANG_S = 600.0


async def test_sigterm_mid_stream_commits_only_published_articles(kafka_bootstrap: str) -> None:
    """Exit 0 on SIGTERM; every committed article has all its events; a restart finishes."""
    settings = await fresh_settings(kafka_bootstrap)
    (seed,) = read_articles(str(SEEDS / "irgc-deir-ezzor-almashareq.json"))
    articles = [seed.model_copy(update={"id": f"seed-{i:03d}"}) for i in range(ARTICLES)]
    expected = {a.id: {e.event_id for e in extract_events(a)} for a in articles}
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [(a.id.encode(), a.model_dump_json().encode()) for a in articles],
    )
    env = {
        **os.environ,
        "NEWSEVENTS_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "NEWSEVENTS_ARTICLES_TOPIC": settings.articles_topic,
        "NEWSEVENTS_EVENTS_TOPIC": settings.events_topic,
        "NEWSEVENTS_DLQ_TOPIC": settings.dlq_topic,
        "NEWSEVENTS_GROUP_ID": settings.group_id,
        "NEWSEVENTS_BATCH_MAX_RECORDS": "10",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsevents.cli", "run",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    first_events = asyncio.ensure_future(
        collect(kafka_bootstrap, settings.events_topic, lambda r: len(r) >= 40)
    )
    exited = asyncio.ensure_future(process.wait())
    await asyncio.wait({first_events, exited}, return_when=asyncio.FIRST_COMPLETED)
    if exited.done():
        stderr = await process.stderr.read() if process.stderr else b""
        pytest.fail(f"newsevents run exited early:\n{stderr.decode()[-3000:]}")
    assert len(first_events.result()) >= 40, "the service published too little before the deadline"
    process.send_signal(signal.SIGTERM)
    stderr = await _stderr_at_exit(process)
    assert process.returncode == 0, stderr.decode()[-2000:]

    lines = [json.loads(line) for line in stderr.decode().splitlines() if line.startswith("{")]
    processed = [line for line in lines if line["event"] == "article_published"]
    assert processed and all(line["article_id"].startswith("seed-") for line in processed)
    assert lines[-1]["event"] == "service_stopped"
    assert len(processed) < ARTICLES, "SIGTERM came after the end: the test proves nothing"

    committed = await _committed_articles(kafka_bootstrap, settings, articles)
    published = await _event_ids_by_article(kafka_bootstrap, settings.events_topic)
    assert committed, "nothing was committed before the stop"
    for article_id in committed:
        assert published[article_id] == expected[article_id], f"{article_id} lost events"

    async with running_service(settings):
        total = sum(len(ids) for ids in expected.values())
        await collect(kafka_bootstrap, settings.events_topic, lambda r: len(r) >= total)
    published = await _event_ids_by_article(kafka_bootstrap, settings.events_topic)
    assert published == expected, "after the restart every article has exactly its events"


async def _stderr_at_exit(process: asyncio.subprocess.Process) -> bytes:
    """The service's log once it has exited. The stop drains in-flight work for up to
    ``drain_timeout_s`` (20 s) of wall time and then closes its producers and consumer, which on a
    machine many times oversubscribed takes minutes: the guard against a hang is generous, and a
    hang fails with the log's tail, not a bare timeout."""
    communicating = asyncio.ensure_future(process.communicate())
    done, _ = await asyncio.wait({communicating}, timeout=SHUTDOWN_HANG_S)
    if not done:
        process.kill()
        _, stderr = await communicating
        pytest.fail(f"no exit {SHUTDOWN_HANG_S:.0f} s after SIGTERM:\n{stderr.decode()[-3000:]}")
    return communicating.result()[1]


async def _committed_articles(bootstrap: str, settings, articles) -> set[str]:  # type: ignore[no-untyped-def]
    """Ids of the articles below the group's committed offsets."""
    offsets = await committed_offsets(bootstrap, settings.group_id)
    limits = {tp.partition: offset for tp, offset in offsets.items()}
    records = await read_settled(bootstrap, settings.articles_topic)
    assert len(records) == len(articles)
    return {r.key.decode() for r in records if r.offset < limits.get(r.partition, 0)}


async def _event_ids_by_article(bootstrap: str, topic: str) -> dict[str, set[str]]:
    records = await read_settled(bootstrap, topic)
    by_article: dict[str, set[str]] = defaultdict(set)
    for record in records:
        event = EventMessage.model_validate_json(record.value)
        by_article[event.article_id].add(event.event_id)
    return dict(by_article)
