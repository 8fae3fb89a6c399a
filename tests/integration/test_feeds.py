"""``newsevents feeds`` against a real HTTP server (tests/feed_server.py, feeds of tests/feeds/)
and the real broker: the article messages by content, conditional requests, no duplicate after
a second poll, a restart, or with two replicas at once, a feed that fails then recovers, and a
feed at an address the guard refuses (reported, never requested). The poller's client is the
guarded one, so the local server is allowed as the pages' tests allow it
(``NEWSEVENTS_FETCH_ALLOW_NETWORKS=127.0.0.1/32``)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import NewTopic
from aiokafka.errors import IllegalOperation, KafkaError

from newsevents.config import Settings
from newsevents.failures import BadConfiguration
from newsevents.web.feeds.canonical import article_id
from newsevents.web.feeds.file import Feed, parse_feeds
from newsevents.web.feeds.poller import FeedPoller, FeedStats
from newsevents.web.feeds.seen.memory import article_marker
from newsevents.web.feeds.seen.owner import PartitionOwner
from newsevents.web.feeds.seen.topic import prepare_seen_topic, site_partition
from newsevents.web.guard.client import guarded_client
from tests.feed_server import FeedServer, Route
from tests.integration.kafka_tools import (
    admin_client,
    collect,
    fresh_settings,
    read_settled,
    read_to_end,
)

pytestmark = pytest.mark.kafka


@pytest.fixture
def server() -> Iterator[FeedServer]:
    started = FeedServer().start()
    try:
        yield started
    finally:
        started.stop()


async def _settings(bootstrap: str, **overrides: Any) -> Settings:
    settings = await fresh_settings(
        bootstrap,
        feeds_seen_topic=f"feeds-seen-{uuid.uuid4().hex[:8]}",
        feeds_backoff_base_s=0.2,
        feeds_max_backoff_s=1.0,
        fetch_total_timeout_s=10.0,
        **{"fetch_allow_networks": "127.0.0.1/32", **overrides},
    )
    return settings


async def _once(settings: Settings, feeds: list[Feed], **overrides: Any) -> FeedStats:
    """One round of a fresh poller (a restart each time): every feed polled once."""
    settings = settings.model_copy(update=overrides)
    assert settings.bootstrap_servers
    async with guarded_client(settings) as client:
        poller = FeedPoller(settings, settings.bootstrap_servers, feeds, client)
        async with asyncio.timeout(120):
            return await poller.run(asyncio.Event(), once=True)


@contextlib.asynccontextmanager
async def _running(settings: Settings, feeds: list[Feed]) -> AsyncIterator[FeedPoller]:
    """A long-running poller (a replica); stopped on exit."""
    assert settings.bootstrap_servers
    async with guarded_client(settings) as client:
        poller = FeedPoller(settings, settings.bootstrap_servers, feeds, client)
        stop = asyncio.Event()
        task = asyncio.create_task(poller.run(stop))
        try:
            yield poller
        finally:
            stop.set()
            await asyncio.wait_for(task, 60)


async def _articles(settings: Settings) -> list[dict[str, Any]]:
    assert settings.bootstrap_servers
    records = await read_settled(settings.bootstrap_servers, settings.articles_topic)
    articles = [json.loads(r.value) for r in records]
    assert [r.key.decode() for r in records] == [a["id"] for a in articles]
    return articles


def _feeds(text: str) -> list[Feed]:
    return parse_feeds(text, default_interval_s=900)


def _url(server: FeedServer, path: str) -> str:
    return f"{server.base}{path}"


async def test_new_items_become_article_messages_and_a_304_publishes_nothing(
    kafka_bootstrap: str, server: FeedServer
) -> None:
    """RSS 2.0 and Atom items by content; the second poll is conditional (If-None-Match,
    If-Modified-Since), gets 304s and publishes nothing."""
    server.route("/world.rss", Route("world.rss", validator="etag"))
    server.route(
        "/region.atom",
        Route("region.atom", content_type="application/atom+xml", validator="last-modified"),
    )
    feeds = _feeds(
        f"""
        [[feed]]
        url = "{server.base}/world.rss"
        source = "Levant Wire"
        language = "en"
        countries = ["SY"]

        [[feed]]
        url = "{server.base}/region.atom"
        """
    )
    settings = await _settings(kafka_bootstrap)

    first = await _once(settings, feeds)
    articles = await _articles(settings)
    base = server.base
    expected = {
        (f"{base}/news/aid-convoy-bab-al-hawa", "Aid convoy crosses at Bab al-Hawa"),
        (
            f"{base}/news/2024/03/13/sulaymaniyah-protest?page=2",
            "Protest in Sulaymaniyah over salaries",
        ),
        (f"{base}/news/2024/03/14/idlib-shelling", "Shelling reported near Idlib market"),
        (f"{base}/gulf/hodeidah-port-strike", "Strike on port of Hodeidah"),
        (f"{base}/gulf/tanker-seized-hormuz", "Tanker seized in the Strait of Hormuz"),
    }
    assert {(a["url"], a["title"]) for a in articles} == expected
    assert all(a["id"] == article_id(a["url"]) for a in articles)
    assert all("body" not in a for a in articles)
    by_url = {a["url"].removeprefix(base): a for a in articles}
    idlib = by_url["/news/2024/03/14/idlib-shelling"]
    assert (idlib["source"], idlib["language"], idlib["countries"]) == ("Levant Wire", "en", ["SY"])
    assert idlib["published_at"] == "2024-03-14T07:30:00+00:00"
    assert idlib["metadata"] == {
        "feed": f"{base}/world.rss",
        "published_at_from": "published",
        "link": f"{base}/news/2024/03/14/idlib-shelling?utm_source=rss&utm_medium=feed#comments",
    }
    assert by_url["/news/aid-convoy-bab-al-hawa"]["metadata"]["published_at_from"] == "fetched"
    hodeidah = by_url["/gulf/hodeidah-port-strike"]
    # No source in the file: the feed's title; no language: the feed's xml:lang.
    assert (hodeidah["source"], hodeidah["language"]) == ("Gulf Monitor", "fa")
    assert "countries" not in hodeidah
    assert hodeidah["published_at"] == "2024-03-13T21:40:00+00:00"
    assert hodeidah["metadata"]["published_at_from"] == "updated"
    assert (first.articles, first.failures, first.not_modified) == (5, 0, 0)

    second = await _once(settings, feeds)  # a new poller: a restart
    assert (second.articles, second.not_modified, second.failures) == (0, 2, 0)
    assert sorted(map(str, await _articles(settings))) == sorted(map(str, articles))
    world_requests = server.seen("/world.rss")
    assert [r.status for r in world_requests] == [200, 304]
    assert "if-none-match" not in world_requests[0].headers
    assert world_requests[1].headers["if-none-match"] == server.etag("/world.rss")
    atom_requests = server.seen("/region.atom")
    assert [r.status for r in atom_requests] == [200, 304]
    assert atom_requests[1].headers["if-modified-since"] == "Thu, 14 Mar 2024 10:00:00 GMT"
    assert world_requests[0].headers["user-agent"] == settings.fetch_user_agent


async def test_restart_publishes_only_what_is_new_even_without_conditional_requests(
    kafka_bootstrap: str, server: FeedServer
) -> None:
    """After a restart the memory comes from the seen topic: a changed feed gives its one new
    item; a server that ignores validators (200 every time) gives nothing new."""
    server.route("/world.rss", Route("world.rss", honour_conditional=False))
    feeds = _feeds(f'[[feed]]\nurl = "{server.base}/world.rss"\nsource = "Levant Wire"\n')
    settings = await _settings(kafka_bootstrap)

    await _once(settings, feeds)
    before = {a["id"] for a in await _articles(settings)}
    assert len(before) == 3
    again = await _once(settings, feeds)
    assert (again.articles, again.items_known) == (0, 3)
    assert [r.status for r in server.seen("/world.rss")] == [200, 200]

    server.route("/world.rss", Route("world-next.rss", honour_conditional=False))
    third = await _once(settings, feeds)
    assert (third.articles, third.items_known) == (1, 3)
    articles = await _articles(settings)
    assert [a["title"] for a in articles if a["id"] not in before] == [
        "Airstrike hits depot outside Deir ez-Zor"
    ]
    assert len({a["id"] for a in articles}) == len(articles) == 4
    # The links written differently (another tracker, no fragment) are the same articles.
    assert {a["url"].removeprefix(server.base) for a in articles} == {
        "/news/aid-convoy-bab-al-hawa",
        "/news/2024/03/13/sulaymaniyah-protest?page=2",
        "/news/2024/03/14/idlib-shelling",
        "/news/2024/03/14/deir-ezzor-depot",
    }


async def test_a_failing_feed_backs_off_and_recovers(
    kafka_bootstrap: str, server: FeedServer
) -> None:
    """503, 503, then the feed: polled again after each failure (backoff), published once."""
    server.route("/world.rss", Route("world.rss", fail_first=[503, 503]))
    server.route("/region.atom", Route("region.atom", validator="last-modified"))
    feeds = _feeds(
        f"""
        [defaults]
        interval_s = 0.5

        [[feed]]
        url = "{server.base}/world.rss"

        [[feed]]
        url = "{server.base}/region.atom"
        """
    )
    settings = await _settings(kafka_bootstrap)
    assert settings.bootstrap_servers
    async with _running(settings, feeds) as poller:
        await collect(settings.bootstrap_servers, settings.articles_topic, lambda r: len(r) >= 5)
        # Until the healthy feed was polled again (a 304), and so had its chance to duplicate.
        await _until(lambda: any(r.status == 304 for r in server.seen("/region.atom")))
    assert [r.status for r in server.seen("/world.rss")][:3] == [503, 503, 200]
    assert poller.stats.failures == 2
    articles = await _articles(settings)
    assert sorted(a["title"] for a in articles) == [
        "Aid convoy crosses at Bab al-Hawa",
        "Protest in Sulaymaniyah over salaries",
        "Shelling reported near Idlib market",
        "Strike on port of Hodeidah",
        "Tanker seized in the Strait of Hormuz",
    ]


async def test_two_replicas_publish_each_article_once(kafka_bootstrap: str) -> None:
    """Two pollers in one group over servers that never answer 304: each polls the feeds of
    its partitions, a second replica joining moves partitions (fencing, rebuild), and every
    article, old and new, is on the topic once."""
    settings = await _settings(kafka_bootstrap)
    servers = _servers_over_partitions(settings.topic_partitions)
    try:
        for each in servers:
            each.route("/world.rss", Route("world.rss", honour_conditional=False))
        feeds = _feeds(
            "[defaults]\ninterval_s = 0.3\n"
            + "".join(f'[[feed]]\nurl = "{s.base}/world.rss"\n' for s in servers)
        )
        one = settings.model_copy(update={"fetch_user_agent": "replica-one"})
        two = settings.model_copy(update={"fetch_user_agent": "replica-two"})
        assert settings.bootstrap_servers
        async with _running(one, feeds) as first:
            await first.assigned.wait()
            await _until(lambda: all(s.seen("/world.rss") for s in servers))
            async with _running(two, feeds) as second:
                # Both assigned, each partition to one (an assignment is taken partition by
                # partition: wait until both are through theirs).
                every = list(range(settings.topic_partitions))
                await _until(
                    lambda: (
                        bool(first.partitions() and second.partitions())
                        and sorted(first.partitions() + second.partitions()) == every
                    )
                )
                owned = (first.partitions(), second.partitions())
                for each in servers:
                    each.route("/world.rss", Route("world-next.rss", honour_conditional=False))
                await collect(
                    settings.bootstrap_servers,
                    settings.articles_topic,
                    lambda r: len(r) >= 4 * len(servers),
                )
                # Every feed polled twice more after the change: duplicates had their chance.
                marks = [len(s.seen("/world.rss")) for s in servers]
                await _until(
                    lambda: all(
                        len(s.seen("/world.rss")) >= m + 2
                        for s, m in zip(servers, marks, strict=True)
                    )
                )
    finally:
        for each in servers:
            each.stop()
    articles = await _articles(settings)
    urls = sorted(a["url"] for a in articles)
    assert urls == sorted(
        f"{s.base}{path}"
        for s in servers
        for path in (
            "/news/aid-convoy-bab-al-hawa",
            "/news/2024/03/13/sulaymaniyah-protest?page=2",
            "/news/2024/03/14/idlib-shelling",
            "/news/2024/03/14/deir-ezzor-depot",
        )
    )
    assert len({a["id"] for a in articles}) == len(articles)
    assert not set(owned[0]) & set(owned[1]), owned
    agents = {r.headers["user-agent"] for s in servers for r in s.requests}
    assert agents == {"replica-one", "replica-two"}


async def test_the_command_once_summarises_and_exits_75_when_a_feed_failed(
    kafka_bootstrap: str, server: FeedServer, tmp_path: Path
) -> None:
    """``newsevents feeds FILE --once`` as a process: the summary on stdout, one JSON
    ``feed_polled`` line per feed on stderr, exit 75 for the feed that answered 404."""
    server.route("/world.rss", Route("world.rss"))
    settings = await _settings(kafka_bootstrap)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[[feed]]\nurl = "{server.base}/world.rss"\n\n[[feed]]\nurl = "{server.base}/gone.rss"\n'
    )
    env = {
        **os.environ,
        "NEWSEVENTS_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "NEWSEVENTS_ARTICLES_TOPIC": settings.articles_topic,
        "NEWSEVENTS_GROUP_ID": settings.group_id,
        "NEWSEVENTS_FEEDS_SEEN_TOPIC": settings.feeds_seen_topic,
        "NEWSEVENTS_FETCH_ALLOW_NETWORKS": "127.0.0.1/32",
        "NEWSEVENTS_LOG_LEVEL": "INFO",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsevents.cli", "feeds", str(feeds), "--once",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 75, err.decode()
    assert out.decode().splitlines() == [
        "polled 2 feed(s): 3 new article(s) published, 0 item(s) already published, "
        "0 not modified, 1 failed",
        f"  failed: {server.base}/gone.rss (http_status: HTTP 404)",
    ]
    lines = [json.loads(line) for line in err.decode().splitlines()]
    polled = {line["feed"]: line for line in lines if line["event"] == "feed_polled"}
    assert polled[f"{server.base}/gone.rss"]["status"] == 404
    assert polled[f"{server.base}/gone.rss"]["level"] == "warning"
    assert polled[f"{server.base}/gone.rss"]["error"] == "HTTP 404"
    assert polled[f"{server.base}/gone.rss"]["reason"] == "http_status"
    assert (
        polled[f"{server.base}/world.rss"]["new"],
        polled[f"{server.base}/world.rss"]["status"],
    ) == (3, 200)
    published = {line["article_id"] for line in lines if line["event"] == "feed_article_published"}
    assert published == {a["id"] for a in await _articles(settings)}


async def test_a_feed_at_a_refused_address_is_reported_not_fetched(
    kafka_bootstrap: str, server: FeedServer
) -> None:
    """The default policy refuses loopback for feeds as for pages: the poll fails with reason
    ``refused`` (log line, counter, --once's failed list) and no request reaches the server;
    the allowed feed beside it is published."""
    server.route("/world.rss", Route("world.rss"))
    other = FeedServer().start()  # another site: its own partition of the seen topic maybe
    try:
        other.route("/region.atom", Route("region.atom", content_type="application/atom+xml"))
        refused = f"http://127.0.0.2:{server.base.rsplit(':', 1)[1]}/world.rss"
        feeds = _feeds(
            f'[[feed]]\nurl = "{refused}"\n\n[[feed]]\nurl = "{other.base}/region.atom"\n'
        )
        settings = await _settings(kafka_bootstrap)  # 127.0.0.1/32 allowed, 127.0.0.2 not
        assert settings.bootstrap_servers
        async with guarded_client(settings) as client:
            poller = FeedPoller(settings, settings.bootstrap_servers, feeds, client)
            async with asyncio.timeout(120):
                stats = await poller.run(asyncio.Event(), once=True)
    finally:
        other.stop()
    assert stats.failed_feeds == {
        refused: "refused: 127.0.0.2: refused: 127.0.0.2 is a loopback address"
    }
    assert server.requests == []
    registry = poller.metrics.registry
    assert registry.get_sample_value("newsevents_feed_failures_total", {"reason": "refused"}) == 1
    assert registry.get_sample_value("newsevents_feed_polls_total", {"status": "none"}) == 1
    assert registry.get_sample_value("newsevents_feed_polls_total", {"status": "200"}) == 1
    assert registry.get_sample_value("newsevents_feed_items_new_total") == 2
    assert sorted(a["title"] for a in await _articles(settings)) == [
        "Strike on port of Hodeidah",
        "Tanker seized in the Strait of Hormuz",
    ]


async def test_a_seen_topic_that_is_not_compacted_is_refused(kafka_bootstrap: str) -> None:
    settings = await _settings(kafka_bootstrap)
    async with admin_client(kafka_bootstrap) as admin:
        await admin.create_topics([NewTopic(settings.feeds_seen_topic, 1, 1)])
    with pytest.raises(BadConfiguration, match="must be compacted"):
        await prepare_seen_topic(settings, kafka_bootstrap)


def _servers_over_partitions(partitions: int) -> list[FeedServer]:
    """Servers (one site each) until their sites fall in every seen-topic partition."""
    servers: list[FeedServer] = []
    while {site_partition(s.base.removeprefix("http://"), partitions) for s in servers} != set(
        range(partitions)
    ):
        servers.append(FeedServer().start())
    return servers


async def _until(condition: Any, timeout_s: float = 60.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.05)


async def test_a_fenced_zombie_reads_what_the_new_owner_published_before_it_publishes(
    kafka_bootstrap: str,
) -> None:
    """Two owners of one partition (a replica that missed its revocation): the later start
    fences the earlier; the zombie's transaction fails, its restart reads the partition again
    and finds the article the new owner published, so it does not publish it twice."""
    settings = await _settings(kafka_bootstrap)
    seen = await prepare_seen_topic(settings, kafka_bootstrap)

    async def catch_up(owner: PartitionOwner) -> None:
        records = await read_to_end(kafka_bootstrap, seen.name)
        for record in records:
            if record.partition == owner.partition:
                owner.memory.apply(record.key, record.value)

    zombie = PartitionOwner(settings, kafka_bootstrap, seen.name, 0, catch_up)
    owner = PartitionOwner(settings, kafka_bootstrap, seen.name, 0, catch_up)
    url = "https://news.example/a"
    item = article_id(url)
    article = [(item.encode(), json.dumps({"id": item, "url": url}).encode())]
    marker = [article_marker(item, "https://news.example/rss", url, 1_710_410_400)]
    try:
        await zombie.ensure_started()
        await owner.ensure_started()  # fences the zombie
        assert item not in owner.memory
        await owner.publish(article, marker)
        owner.memory.add(item, 1_710_410_400)
        assert item not in zombie.memory
        # Fenced: ProducerFenced from the broker, or, when aiokafka learnt of the fence from the
        # first record's AddPartitionsToTxn before the second is sent, IllegalOperation ("not
        # in transaction", not a KafkaError). Either way nothing of it is committed.
        with pytest.raises((KafkaError, IllegalOperation)):
            await zombie.publish(article, marker)
        await zombie.ensure_started()  # a new producer, then the partition read again
        assert item in zombie.memory
    finally:
        await zombie.stop()
        await owner.stop()
        # aiokafka drops the fenced producer's internal futures with their ProducerFenced
        # unread; collected later, inside pytest's own compile of a module, CPython 3.11.7's
        # "Future exception was never retrieved" logging broke the AST constructor
        # (SystemError: recursion depth mismatch). Collected here, they only log.
        gc.collect()
    articles = await _articles(settings)
    assert [a["id"] for a in articles] == [item]
