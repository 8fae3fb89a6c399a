"""The front door end to end: a news site's feed -> ``newsevents feeds`` (a process) -> url-only
article messages -> the service fetches each page through the guarded client and extracts it
-> events and dead letters, against the real broker and a real HTTP server on 127.0.0.1
(tests/web_server.py serving tests/feeds/tigris.rss and the pages of tests/pages/).

Then the feed is polled again (the long-running command, answered 304; its /metrics scraped)
and by a restarted poller (--once): no article is published twice, so no event is either."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from newsevents.config import Settings
from newsevents.contracts import EventMessage
from newsevents.stream.publish.dead_letters import header_dict
from newsevents.web.feeds.canonical import article_id
from tests.integration.kafka_tools import (
    collect,
    committed_offsets,
    fresh_settings,
    read_settled,
    running_service,
)
from tests.web_server import PageServer, page_server

pytestmark = pytest.mark.kafka

# What the site's furniture (tickers, related links, comments) names, and no article does.
FURNITURE_PLACES = {"Sinjar", "Nasiriyah", "Golan", "Baqubah", "Afrin", "Mosul", "Zakho", "Erbil"}


@pytest.fixture(scope="module")
def site() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def _environment(settings: Settings) -> dict[str, str]:
    assert settings.bootstrap_servers
    return {
        **os.environ,
        "NEWSEVENTS_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
        "NEWSEVENTS_ARTICLES_TOPIC": settings.articles_topic,
        "NEWSEVENTS_GROUP_ID": settings.group_id,
        "NEWSEVENTS_FEEDS_SEEN_TOPIC": settings.feeds_seen_topic,
        "NEWSEVENTS_FETCH_ALLOW_NETWORKS": "127.0.0.1/32",
        "NEWSEVENTS_METRICS_HOST": "127.0.0.1",
        "NEWSEVENTS_METRICS_PORT": "0",
        "NEWSEVENTS_LOG_LEVEL": "INFO",
    }


async def _feeds_once(settings: Settings, feeds: Path) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsevents.cli", "feeds", str(feeds), "--once",
        env=_environment(settings), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode() + err.decode()


async def _feeds_running(settings: Settings, feeds: Path, site: PageServer) -> dict[str, float]:
    """The long-running command until it polled the feed twice more (304s), its /metrics
    scraped then; stopped with SIGTERM (exit 0). Returns the scraped samples."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsevents.cli", "feeds", str(feeds),
        env=_environment(settings), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None
    try:
        async with asyncio.timeout(120):
            port = None
            while port is None:
                line = await process.stderr.readline()
                assert line, "the command ended before serving /metrics"
                entry = json.loads(line)
                if entry.get("event") == "metrics_serving":
                    port = entry["port"]
            drain = asyncio.create_task(process.stderr.read())  # keep the pipe flowing
            async with httpx.AsyncClient() as client:
                samples: dict[str, float] = {}
                while samples.get('newsevents_feed_polls_total{status="304"}', 0) < 2:
                    await asyncio.sleep(0.2)
                    text = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
                    samples = _samples(text)
                ready = await client.get(f"http://127.0.0.1:{port}/readyz")
                assert ready.status_code == 200, ready.text
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 60) == 0
        await drain
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return samples


def _samples(text: str) -> dict[str, float]:
    return {
        name: float(value)
        for name, _, value in (line.rpartition(" ") for line in text.splitlines())
        if name and not name.startswith("#")
    }


async def _idle(settings: Settings, articles: int) -> None:
    """Until the service committed ``articles`` input records: their events and dead letters
    are then committed too (one transaction); ``read_settled`` waits for the markers."""
    assert settings.bootstrap_servers
    async with asyncio.timeout(120):
        while (
            sum((await committed_offsets(settings.bootstrap_servers, settings.group_id)).values())
            < articles
        ):
            await asyncio.sleep(0.2)


async def test_a_feed_to_events_and_dead_letters_each_article_once(
    kafka_bootstrap: str, site: PageServer, tmp_path: Path
) -> None:
    settings = await fresh_settings(
        kafka_bootstrap,
        feeds_seen_topic=f"feeds-seen-{os.urandom(4).hex()}",
        fetch_allow_networks="127.0.0.1/32",
        fetch_retries=0,
    )
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feed]]\nurl = "{site.url("/feeds/tigris.rss")}"\nsource = "Tigris Daily"\n'
        'countries = ["IQ"]\ninterval_s = 0.5\n'
    )
    duhok = site.url("/kurdistan/duhok-airstrike")
    tuz = site.url("/iraq/tuz-khurmatu-attack")
    pdf = site.url("/reports/weekly.pdf")
    gone = site.url("/iraq/withdrawn-story")
    ids = {url: article_id(url) for url in (duhok, tuz, pdf, gone)}

    code, output = await _feeds_once(settings, feeds)
    assert code == 0, output
    assert output.splitlines()[0] == (
        "polled 1 feed(s): 4 new article(s) published, 0 item(s) already published, "
        "0 not modified, 0 failed"
    )
    async with running_service(settings):
        dead = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 2, 120)
        await _idle(settings, 4)
        events = await read_settled(kafka_bootstrap, settings.events_topic)
        first = [EventMessage.model_validate_json(r.value) for r in events]

        # Polled again by the running command (304), then by a restarted poller (--once,
        # asking with the ETag it reads from the seen topic): nothing new anywhere.
        samples = await _feeds_running(settings, feeds, site)
        code, output = await _feeds_once(settings, feeds)
        assert code == 0, output
        assert "0 new article(s) published" in output.splitlines()[0]
        assert "1 not modified" in output.splitlines()[0]
        await _idle(settings, 4)
        again = await read_settled(kafka_bootstrap, settings.events_topic)

    # The article messages: one per item, by canonical url, never twice.
    records = await read_settled(kafka_bootstrap, settings.articles_topic)
    messages = [json.loads(r.value) for r in records]
    assert sorted(m["url"] for m in messages) == sorted(ids)
    assert all(r.key.decode() == ids[m["url"]] for r, m in zip(records, messages, strict=True))
    assert {(m["source"], m["language"], tuple(m["countries"])) for m in messages} == {
        ("Tigris Daily", "en", ("IQ",))
    }
    assert not [m for m in messages if "body" in m]

    # The events of the two articles, by content, none from the pages' furniture.
    by_article: dict[str, list[EventMessage]] = {}
    for event in first:
        by_article.setdefault(event.article_id, []).append(event)
    assert set(by_article) == {ids[duhok], ids[tuz]}
    strike = next(e for e in by_article[ids[duhok]] if e.event_type == "airstrike")
    assert [(a.name, a.role) for a in strike.actors] == [
        ("Military Forces of Turkey", "actor1"),
        ("Kurdistan Workers' Party", "actor2"),
    ]
    assert (strike.locations[0].name, strike.locations[0].admin1) == ("Al Amadiyah", "Duhok")
    assert strike.acled.fatalities == 2
    assert strike.article_url == duhok
    assert strike.published_at.isoformat() == "2024-03-15T08:10:00+00:00"  # the feed's date
    attack = next(e for e in by_article[ids[tuz]] if e.event_type == "armed_clash")
    assert [(a.name, a.role) for a in attack.actors] == [
        ("Islamic State", "actor1"),
        ("Military Forces of Iraq", "actor2"),
    ]
    assert (attack.locations[0].name, attack.locations[0].admin1) == (
        "Tuz Khurmatu",
        "Salah al-Din",
    )
    assert attack.acled.fatalities == 4
    places = {loc.name for e in first for loc in e.locations}
    assert not places & FURNITURE_PLACES

    # The two pages that give no text: dead letters with their reasons and urls.
    letters = {header_dict(r.headers)["fetch.url"]: header_dict(r.headers) for r in dead}
    assert set(letters) == {pdf, gone}
    assert letters[pdf]["error.class"] == "NotHtml"
    assert "Content-Type application/pdf" in letters[pdf]["error.reason"]
    assert letters[gone]["error.class"] == "FetchHttpError"
    assert letters[gone]["error.reason"] == f"HTTP 404 ({gone})"
    assert {r.key.decode() for r in dead} == {ids[pdf], ids[gone]}

    # No second publication: the same events, each once, after two more polls and a restart.
    assert len({e.event_id for e in first}) == len(first)
    assert sorted(
        e.event_id for e in (EventMessage.model_validate_json(r.value) for r in again)
    ) == sorted(e.event_id for e in first)
    assert site.hits["/iraq/tuz-khurmatu-attack"] == 1
    assert site.hits["/kurdistan/duhok-airstrike"] == 1
    assert samples["newsevents_feed_items_new_total"] == 0  # this process found nothing new
    assert samples['newsevents_feed_failures_total{reason="refused"}'] == 0
    assert samples['newsevents_feed_polls_total{status="304"}'] >= 2
