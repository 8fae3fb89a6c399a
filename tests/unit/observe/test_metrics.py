"""What the metrics count: the content of committed batches, aborts, gauges, documentation."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from aiokafka.errors import KafkaConnectionError, ProducerFenced
from prometheus_client.parser import text_string_to_metric_families

from newsevents.errors import ExtractionTimeout, InvalidJson
from newsevents.observe.metrics import PartitionGauges, ServiceMetrics
from newsevents.stream.processing import Extracted, Outcome, Rejected
from newsevents.stream.publish.dead_letters import Copy, SourceRecord
from newsevents.stream.publish.observed import ObservedPublisher
from newsevents.stream.publish.publishers import Finished, PartitionLost

README = Path(__file__).resolve().parents[3] / "README.md"


class FakePublisher:
    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.failures = failures or []
        self.published: list[list[int]] = []

    async def start(self) -> None:
        if self.failures:
            raise self.failures.pop(0)

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        return batch

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.published.append([item.record.offset for item in batch])

    async def reset(self) -> None:
        return None

    async def stop(self) -> None:
        return None


def _event(published_at: str) -> str:
    # As pydantic writes an EventMessage: compact, published_at after the article fields.
    return f'{{"event_id":"e","article_id":"a","source":null,"published_at":"{published_at}"}}'


def _finished(offset: int, outcome: Outcome, topic: str = "articles") -> Finished:
    return Finished(SourceRecord(topic, 0, offset, None, b"{}"), outcome)


def _value(metrics: ServiceMetrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


async def test_a_committed_batch_counts_its_articles_events_and_dead_letters() -> None:
    metrics = ServiceMetrics("exactly-once")
    hour_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()
    batch = [
        _finished(0, Extracted("a0", [_event(hour_ago), _event(hour_ago)])),
        _finished(1, Rejected("a1", InvalidJson("not JSON"))),
        _finished(2, Extracted("a2", [])),
        _finished(3, Rejected(None, ExtractionTimeout("ran past"))),
        _finished(4, Rejected("a4", InvalidJson("not JSON either"))),
        replace(_finished(5, Rejected("a5", InvalidJson("too big"))), copy=Copy.TRUNCATED),
        replace(_finished(6, Rejected("a6", InvalidJson("far too big"))), copy=Copy.NONE),
    ]
    inner = FakePublisher()
    publisher = ObservedPublisher(inner, metrics)
    for offset in range(7):
        publisher.consumed(offset)
    await publisher.publish(batch)

    assert inner.published == [[0, 1, 2, 3, 4, 5, 6]]
    assert _value(metrics, "newsevents_transaction_commits_total") == 1
    assert _value(metrics, "newsevents_articles_published_total") == 2
    assert _value(metrics, "newsevents_events_produced_total") == 2
    dead = "newsevents_dead_letters_total"
    assert _value(metrics, dead, reason="InvalidJson", copy="full") == 2
    assert _value(metrics, dead, reason="ExtractionTimeout", copy="full") == 1
    # A reduced copy, and one the topic refused altogether (not on the topic: "none").
    assert _value(metrics, dead, reason="InvalidJson", copy="truncated") == 1
    assert _value(metrics, dead, reason="InvalidJson", copy="none") == 1
    assert _value(metrics, "newsevents_consume_to_publish_seconds_count", lane="live") == 7
    assert _value(metrics, "newsevents_backfill_articles_published_total") == 0
    # One observation per article with events, about an hour: in the (900, 3600] s bucket or,
    # on a very slow machine, just above it.
    assert _value(metrics, "newsevents_publication_to_event_seconds_count") == 1
    assert _value(metrics, "newsevents_publication_to_event_seconds_bucket", le="900.0") == 0
    assert _value(metrics, "newsevents_publication_to_event_seconds_bucket", le="21600.0") == 1
    latency = _value(metrics, "newsevents_publication_to_event_seconds_sum")
    assert latency is not None and 3600 <= latency < 3700


async def test_failed_publishes_are_aborts_by_error_class_and_nothing_is_counted() -> None:
    metrics = ServiceMetrics("exactly-once")
    fenced = PartitionLost("fenced")
    fenced.__cause__ = ProducerFenced()
    inner = FakePublisher([KafkaConnectionError("down"), fenced])
    publisher = ObservedPublisher(inner, metrics)
    batch = [_finished(7, Extracted("a7", [_event("2024-03-14T08:00:00Z")]))]
    publisher.consumed(7)
    for _ in range(2):
        with contextlib.suppress(KafkaConnectionError, PartitionLost):
            await publisher.publish(batch)
    assert _value(metrics, "newsevents_transaction_aborts_total", error="KafkaConnectionError") == 1
    assert _value(metrics, "newsevents_transaction_aborts_total", error="ProducerFenced") == 1
    assert _value(metrics, "newsevents_transaction_commits_total") == 0
    assert _value(metrics, "newsevents_events_produced_total") == 0
    assert _value(metrics, "newsevents_consume_to_publish_seconds_count", lane="live") is None
    await publisher.publish(batch)  # the retry: the record's fetch time was kept for it
    assert _value(metrics, "newsevents_consume_to_publish_seconds_count", lane="live") == 1
    assert _value(metrics, "newsevents_events_produced_total") == 1


async def test_a_failed_publisher_start_is_counted() -> None:
    metrics = ServiceMetrics("exactly-once")
    publisher = ObservedPublisher(FakePublisher([KafkaConnectionError("down")]), metrics)
    with contextlib.suppress(KafkaConnectionError):
        await publisher.start()
    await publisher.start()
    errors = {"error": "KafkaConnectionError"}
    assert _value(metrics, "newsevents_publisher_start_failures_total", **errors) == 1


async def test_backfill_articles_are_counted_apart_and_keep_out_of_publication_latency() -> None:
    """A backfill partition's commits: in the totals, in the backfill counters, in the backfill
    lane's latency; an archive's age is no observation of how fresh the events are."""
    metrics = ServiceMetrics("exactly-once")
    publisher = ObservedPublisher(FakePublisher(), metrics, backfill=True)
    old = "2019-05-01T08:00:00Z"
    batch = [
        _finished(0, Extracted("old-0", [_event(old), _event(old)]), "articles.backfill"),
        _finished(1, Extracted("old-1", []), "articles.backfill"),
        _finished(2, Rejected("old-2", InvalidJson("not JSON")), "articles.backfill"),
    ]
    for offset in range(3):
        publisher.consumed(offset)
    await publisher.publish(batch)
    assert _value(metrics, "newsevents_backfill_articles_published_total") == 2
    assert _value(metrics, "newsevents_backfill_events_produced_total") == 2
    assert _value(metrics, "newsevents_articles_published_total") == 2
    assert _value(metrics, "newsevents_events_produced_total") == 2
    assert _value(metrics, "newsevents_consume_to_publish_seconds_count", lane="backfill") == 3
    assert _value(metrics, "newsevents_consume_to_publish_seconds_count", lane="live") is None
    assert _value(metrics, "newsevents_publication_to_event_seconds_count") == 0


def test_partition_gauges_follow_the_assignment() -> None:
    metrics = ServiceMetrics("at-least-once")
    metrics.set_partitions(
        [
            PartitionGauges("articles", 0, 4, 10),
            PartitionGauges("articles", 2, 0, None),
            PartitionGauges("articles.backfill", 0, 8, 5000),
        ],
        paused=1,
        backfill_paused=1,
    )
    in_flight, lag = "newsevents_articles_in_flight", "newsevents_consumer_lag"
    assert _value(metrics, in_flight, topic="articles", partition="0") == 4
    assert _value(metrics, lag, topic="articles", partition="0") == 10
    assert _value(metrics, lag, topic="articles", partition="2") is None
    assert _value(metrics, lag, topic="articles.backfill", partition="0") == 5000
    assert _value(metrics, "newsevents_partitions_assigned") == 3
    assert _value(metrics, "newsevents_partitions_paused") == 1
    assert _value(metrics, "newsevents_backfill_partitions_paused") == 1
    metrics.set_partitions([PartitionGauges("articles", 2, 1, 3)], paused=0)  # 0 was revoked
    assert _value(metrics, in_flight, topic="articles", partition="0") is None
    assert _value(metrics, lag, topic="articles.backfill", partition="0") is None
    assert _value(metrics, lag, topic="articles", partition="2") == 3
    assert _value(metrics, "newsevents_backfill_partitions_paused") == 0
    assert _value(metrics, "newsevents_build_info", version=_version(), delivery="at-least-once")


def test_two_services_in_one_process_count_apart() -> None:
    """Registries of their own: a second service neither fails nor shares the counts."""
    first, second = ServiceMetrics("exactly-once"), ServiceMetrics("exactly-once")
    first.articles_consumed.inc(3)
    assert _value(first, "newsevents_articles_consumed_total") == 3
    assert _value(second, "newsevents_articles_consumed_total") == 0


def test_every_metric_is_in_the_readme_with_its_type_and_labels() -> None:
    """The service's metrics and the feed poller's (its own process, ``web/feeds/metrics.py``)
    are each in the README's metrics table, and the table names no other."""
    from newsevents.web.feeds.metrics import FeedMetrics

    metrics = ServiceMetrics("exactly-once")
    metrics.dead_letters.labels("SomeError", "full")  # a series of each, so that labels show
    metrics.transaction_aborts.labels("SomeError")
    metrics.publisher_start_failures.labels("SomeError")
    metrics.fetch_responses.labels("200")
    metrics.fetch_failures.labels("FetchTimeout")
    metrics.articles_skipped.labels("unsupported_language", "ar")
    metrics.set_partitions([PartitionGauges("articles", 0, 1, 1)], paused=0)
    metrics.consume_to_publish_seconds.labels("live")
    feeds = FeedMetrics()
    feeds.polled(200)
    families = {
        f.name: f
        for exposition in (feeds.exposition(), metrics.exposition())  # the service's build_info
        for f in text_string_to_metric_families(exposition.decode())
        if f.name.startswith("newsevents_")
    }
    rows = {
        m.group(1): (m.group(2), m.group(3))
        for m in re.finditer(
            r"^\| `(newsevents_\w+)` \| (\w+) \|([^|]*)\|", README.read_text(), re.M
        )
    }
    for name, family in families.items():
        exposed = name + "_total" if family.type == "counter" else name
        assert exposed in rows, f"{exposed} is not in the README's metrics table"
        kind, labels = rows[exposed]
        assert kind == family.type, exposed
        label_names = {k for s in family.samples for k in s.labels if k != "le"}
        assert {x.strip(" `") for x in labels.split(",") if x.strip(" `-")} == label_names, exposed
    assert set(rows) == {n + "_total" if f.type == "counter" else n for n, f in families.items()}


def _version() -> str:
    from newsevents import __version__

    return __version__


async def test_skipped_articles_are_counted_by_reason_and_language_once_committed() -> None:
    from newsevents.errors import UnsupportedLanguage

    metrics = ServiceMetrics("exactly-once")
    batch = [
        _finished(0, Extracted("a0", [], UnsupportedLanguage("ar", "script", "http://x/a"))),
        _finished(1, Extracted("a1", [], UnsupportedLanguage("tr", "detected"))),
        _finished(2, Extracted("a2", [], UnsupportedLanguage("ar", "page"))),
        _finished(3, Extracted("a3", [], UnsupportedLanguage("<script>", "message"))),
        _finished(4, Extracted("a4", [])),
    ]
    await ObservedPublisher(FakePublisher(), metrics).publish(batch)
    skipped = "newsevents_articles_skipped_total"
    assert _value(metrics, skipped, reason="unsupported_language", language="ar") == 2
    assert _value(metrics, skipped, reason="unsupported_language", language="tr") == 1
    assert _value(metrics, skipped, reason="unsupported_language", language="other") == 1
    assert _value(metrics, "newsevents_articles_published_total") == 1  # a4 only
