"""Url-only articles through the real broker and service, fetched from a real HTTP server on
127.0.0.1 (tests/web_server.py): the events of the fetched article and none of its page's
furniture, the dead letters with their reasons and urls, a page retried after a 503 extracted
once, the Arabic page skipped, the partition's order kept while an article waits for its page,
and the default policy refusing the local server."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

import pytest

from newsevents.contracts import EventMessage
from newsevents.stream.publish.dead_letters import header_dict
from tests.integration.kafka_tools import (
    collect,
    committed_offsets,
    fresh_settings,
    produce,
    running_service,
)
from tests.web_server import PageServer, page_server

pytestmark = pytest.mark.kafka

PUBLISHED = "2024-03-14T08:00:00Z"
SHELLING = "Turkish forces shelled the village of Tal Rifaat in Aleppo province on Monday."
CLASH = "Syrian government forces clashed with gunmen near Raqqa on Monday."
FURNITURE_PLACES = {"Sinjar", "Nasiriyah", "Golan", "Baqubah"}


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def _url(article_id: str, url: str) -> tuple[bytes, bytes]:
    return article_id.encode(), json.dumps({"id": article_id, "url": url}).encode()


def _body(article_id: str, body: str) -> tuple[bytes, bytes]:
    message = {"id": article_id, "body": body, "published_at": PUBLISHED}
    return article_id.encode(), json.dumps(message).encode()


async def test_url_only_articles_are_fetched_extracted_skipped_or_dead_lettered(
    kafka_bootstrap: str, server: PageServer
) -> None:
    settings = await fresh_settings(
        kafka_bootstrap,
        topic_partitions=1,  # one partition: the order of the articles is the order of output
        fetch_allow_networks="127.0.0.1/32",
        fetch_read_timeout_s=3.0,
        fetch_retries=1,
        fetch_backoff_max_s=0.2,
        fetch_max_bytes=1_000_000,
        fetch_total_timeout_s=30.0,
    )
    dead_expected = {
        b"slow": ("FetchTimeout", "/slow", "ReadTimeout"),
        b"loop": ("TooManyRedirects", "/loop-a", "redirect loop"),
        b"huge": ("PageTooLarge", "/huge", "more than 1000000 bytes"),
        b"pdf": ("NotHtml", "/pdf", "Content-Type application/pdf"),
        b"metadata": ("FetchRefused", "/to-metadata", "169.254.169.254 is a link-local address"),
        b"menu": ("NoMainText", "/menu", "no article text"),
        b"gone": ("FetchHttpError", "/gone", "HTTP 404"),
    }
    records = [
        _url("late", server.url("/late")),  # fetched in 1.5 s: the next ones finish first
        _body("shelling", SHELLING),
        _url("page", server.url("/article")),
        _url("flaky", server.url("/flaky")),
        _url("arabic", server.url("/arabic")),
        *(_url(key.decode(), server.url(path)) for key, (_, path, _) in dead_expected.items()),
        (b"ftp", json.dumps({"id": "ftp", "url": "ftp://127.0.0.1/a.html"}).encode()),
        (b"neither", json.dumps({"id": "neither", "title": "No text, no link"}).encode()),
        _body("clash", CLASH),
    ]
    dead_expected[b"ftp"] = ("FetchRefused", "", "scheme 'ftp' is not http or https")
    dead_expected[b"neither"] = ("SchemaViolation", "", 'an article needs a "body" or a "url"')
    await produce(kafka_bootstrap, settings.articles_topic, records)

    async with running_service(settings) as service:
        dead = await collect(
            kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= len(dead_expected), 120
        )
        events = await collect(
            kafka_bootstrap,
            settings.events_topic,
            lambda r: {rec.key for rec in r} >= {b"late", b"shelling", b"page", b"flaky", b"clash"},
            120,
        )
        committed = await committed_offsets(kafka_bootstrap, settings.group_id)
        while sum(committed.values()) < len(records):  # the last batch's commit
            committed = await committed_offsets(kafka_bootstrap, settings.group_id)
        metrics = service.metrics.registry
        skipped = metrics.get_sample_value(
            "newsevents_articles_skipped_total",
            {"reason": "unsupported_language", "language": "ar"},
        )
        responses_503 = metrics.get_sample_value(
            "newsevents_fetch_responses_total", {"status": "503"}
        )
        failures = {
            reason: metrics.get_sample_value("newsevents_fetch_failures_total", {"reason": reason})
            for reason in ("FetchTimeout", "TooManyRedirects", "PageTooLarge", "NoMainText")
        }
    assert service.stats.skipped == 1
    assert skipped == 1.0
    assert responses_503 == 1.0
    assert failures == {
        "FetchTimeout": 1.0,
        "TooManyRedirects": 1.0,
        "PageTooLarge": 1.0,
        "NoMainText": 1.0,
    }

    # Dead letters: the original bytes, the reason, the url asked for.
    by_key = {record.key: record for record in dead}
    assert set(by_key) == set(dead_expected)
    originals = dict(records)
    for key, (error_class, path, reason) in dead_expected.items():
        headers = header_dict(by_key[key].headers)
        assert by_key[key].value == originals[key]
        assert headers["error.class"] == error_class, (key, headers)
        assert reason in headers["error.reason"], (key, headers["error.reason"])
        if path:
            assert headers["fetch.url"] == server.url(path)
            assert headers["error.reason"].endswith(f"({server.url(path)})")

    # Events, in the partition's order: late's wait for its page held the ones after it.
    messages = [EventMessage.model_validate_json(r.value) for r in events]
    assert len({m.event_id for m in messages}) == len(messages), "an event published twice"
    order = list(dict.fromkeys(m.article_id for m in messages))
    assert order == ["late", "shelling", "page", "flaky", "clash"]
    assert committed[next(iter(committed))] == len(records)

    for article_id in ("late", "page", "flaky"):
        found = [m for m in messages if m.article_id == article_id]
        attack = next(m for m in found if m.event_type == "armed_clash")
        assert [(a.name, a.role) for a in attack.actors] == [
            ("Islamic State", "actor1"),
            ("Military Forces of Iraq", "actor2"),
        ]
        assert attack.locations[0].name == "Tuz Khurmatu"
        assert attack.locations[0].admin1 == "Salah al-Din"
        assert attack.acled.fatalities == 4
        assert str(attack.published_at) == "2024-03-14 09:30:00+03:00"  # the page's date
        assert attack.article_url == server.url(
            {"late": "/late", "page": "/article", "flaky": "/flaky"}[article_id]
        )
        places = {loc.name for m in found for loc in m.locations}
        assert not places & FURNITURE_PLACES, f"{article_id}: events from the page's furniture"
    # The 503-then-200 page: two requests, its events once.
    assert server.hits["/flaky"] == 2
    flaky = Counter(m.event_type for m in messages if m.article_id == "flaky")
    page = Counter(m.event_type for m in messages if m.article_id == "page")
    assert flaky == page
    assert [m.event_type for m in messages if m.article_id == "shelling"] == ["shelling"]
    assert not [m for m in messages if m.article_id == "arabic"]


async def test_the_default_policy_refuses_the_local_server(
    kafka_bootstrap: str, server: PageServer
) -> None:
    settings = await fresh_settings(kafka_bootstrap)
    before = server.hits["/article"]
    await produce(kafka_bootstrap, settings.articles_topic, [_url("local", server.url("/article"))])
    async with running_service(settings):
        (dead,) = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
    headers = header_dict(dead.headers)
    assert headers["error.class"] == "FetchRefused"
    assert "127.0.0.1 is a loopback address" in headers["error.reason"]
    assert headers["fetch.url"] == server.url("/article")
    assert server.hits["/article"] == before  # no request reached the server
