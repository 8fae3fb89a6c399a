"""The service's Prometheus metrics, in a registry of its own.

Not the process-wide default registry: tests and tools may run several services in one
process, and each must count its own articles (a second registration in the default registry
would raise ``Duplicated timeseries``). Names and meanings are listed in the README
(Operations, Metrics).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)

from .. import __version__

# No `<counter>_created` series: they would double the series of every counter and histogram, and
# the classic text format has Prometheus store them as gauges of their own. (A switch of the
# client library for the whole process; nothing else in it exposes metrics.)
cast(Callable[[], None], disable_created_metrics)()  # untyped in the client

# Extraction of one article: milliseconds usually, up to the deadline (30 s by default).
_EXTRACTION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
# Consumed -> committed: extraction, the wait for the partition's head, the commit linger.
_PIPELINE_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
# A page's fetch, redirects and retries included: up to NEWSEVENTS_FETCH_TOTAL_TIMEOUT_S.
_FETCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120)
# Publication -> event: seconds for a live feed, days or years for a backfill or a replay.
_PUBLICATION_BUCKETS = (1, 5, 15, 60, 300, 900, 3600, 6 * 3600, 86_400, 7 * 86_400)


@dataclass(frozen=True, slots=True)
class PartitionGauges:
    """What the service reports of one assigned partition at scrape time."""

    topic: str
    partition: int
    in_flight: int
    lag: int | None  # None: the consumer has no position or highwater for it yet


class ServiceMetrics:
    def __init__(self, delivery: str) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        # The main process only: CPU, resident memory, open files, start time.
        ProcessCollector(registry=r)
        Gauge(
            "newsevents_build_info",
            "Always 1; the version and the delivery mode as labels.",
            ["version", "delivery"],
            registry=r,
        ).labels(__version__, delivery).set(1)
        self.articles_consumed = Counter(
            "newsevents_articles_consumed",
            "Input records fetched from the articles topic and handed to extraction.",
            registry=r,
        )
        self.articles_published = Counter(
            "newsevents_articles_published",
            "Articles extracted whose events (none or more) and input offset were committed.",
            registry=r,
        )
        self.events_produced = Counter(
            "newsevents_events_produced",
            "Events committed to the events topic.",
            registry=r,
        )
        self.dead_letters = Counter(
            "newsevents_dead_letters",
            "Input records dead-lettered, by reason (the error.class header) and by how much of "
            "the original the dead letter carries (full, truncated, omitted; none: only a log "
            "line, the topic refused even an empty copy).",
            ["reason", "copy"],
            registry=r,
        )
        self.extraction_seconds = Histogram(
            "newsevents_extraction_seconds",
            "Time of one extraction attempt in a worker process (submission to answer).",
            buckets=_EXTRACTION_BUCKETS,
            registry=r,
        )
        self.consume_to_publish_seconds = Histogram(
            "newsevents_consume_to_publish_seconds",
            "From an input record's fetch to the commit of its events or dead letter, by lane "
            "(live: the articles topic; backfill: the backfill topic).",
            ["lane"],
            buckets=_PIPELINE_BUCKETS,
            registry=r,
        )
        self.publication_to_event_seconds = Histogram(
            "newsevents_publication_to_event_seconds",
            "From an article's published_at to the commit of its events (live articles with "
            "events only).",
            buckets=_PUBLICATION_BUCKETS,
            registry=r,
        )
        self.transaction_commits = Counter(
            "newsevents_transaction_commits",
            "Batches committed: a Kafka transaction (exactly-once), or an offset commit after "
            "the broker acknowledged the batch (at-least-once).",
            registry=r,
        )
        self.transaction_aborts = Counter(
            "newsevents_transaction_aborts",
            "Batches that failed to commit and will be redone (retried, or by the partition's "
            "next owner), by error class.",
            ["error"],
            registry=r,
        )
        self.publisher_start_failures = Counter(
            "newsevents_publisher_start_failures",
            "Failed starts of a partition's publisher (retried), by error class.",
            ["error"],
            registry=r,
        )
        self.worker_restarts = Counter(
            "newsevents_worker_pool_restarts",
            "Extraction pools replaced because a worker died or ignored its deadline.",
            registry=r,
        )
        self.partitions_assigned = Gauge(
            "newsevents_partitions_assigned",
            "Input partitions assigned to this member.",
            registry=r,
        )
        self.partitions_paused = Gauge(
            "newsevents_partitions_paused",
            "Assigned partitions paused by backpressure (NEWSEVENTS_MAX_IN_FLIGHT, "
            "NEWSEVENTS_BACKFILL_MAX_IN_FLIGHT).",
            registry=r,
        )
        self.backfill_partitions_paused = Gauge(
            "newsevents_backfill_partitions_paused",
            "Backfill partitions paused so that live articles go first (NEWSEVENTS_LIVE_FIRST).",
            registry=r,
        )
        self.backfill_articles_published = Counter(
            "newsevents_backfill_articles_published",
            "Articles of the backfill topic extracted whose events and offset were committed "
            "(also counted in newsevents_articles_published).",
            registry=r,
        )
        self.backfill_events_produced = Counter(
            "newsevents_backfill_events_produced",
            "Events of backfill articles committed (also in newsevents_events_produced).",
            registry=r,
        )
        self.in_flight = Gauge(
            "newsevents_articles_in_flight",
            "Articles fetched and not yet committed, by input topic and partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.consumer_lag = Gauge(
            "newsevents_consumer_lag",
            "Records of the partition not yet committed: the highwater the consumer last saw, "
            "minus its position, plus the articles in flight; by input topic and partition.",
            ["topic", "partition"],
            registry=r,
        )

        # Fetching url-only articles (web/): told by the fetcher as it goes.
        self.fetch_seconds = Histogram(
            "newsevents_fetch_seconds",
            "One article page's fetch, first request to last byte, redirects, retries and their "
            "waits included (successful or not).",
            buckets=_FETCH_BUCKETS,
            registry=r,
        )
        self.fetch_responses = Counter(
            "newsevents_fetch_responses",
            "HTTP responses to page fetches by status code (each redirect hop and retry).",
            ["status"],
            registry=r,
        )
        self.fetch_bytes = Counter(
            "newsevents_fetch_bytes",
            "Bytes of page content read (decompressed).",
            registry=r,
        )
        self.fetch_failures = Counter(
            "newsevents_fetch_failures",
            "Page fetches that gave no text, by reason (the dead letter's error.class: "
            "FetchTimeout, FetchRefused...); again when a record is redone.",
            ["reason"],
            registry=r,
        )
        self.fetches_in_flight = Gauge(
            "newsevents_fetches_in_flight",
            "Page fetches waiting for a slot (NEWSEVENTS_FETCH_CONCURRENCY) or running.",
            registry=r,
        )
        self.articles_skipped = Counter(
            "newsevents_articles_skipped",
            "Articles passed over without extraction and committed (no events, no dead "
            "letter), by reason (unsupported_language) and language.",
            ["reason", "language"],
            registry=r,
        )

    # Hooks of the page fetcher (web.pages.articles.CompletionObserver).
    def fetch_response(self, status: int) -> None:
        self.fetch_responses.labels(str(status)).inc()

    def fetch_bytes_read(self, count: int) -> None:
        self.fetch_bytes.inc(count)

    def fetch_finished(self, seconds: float) -> None:
        self.fetch_seconds.observe(seconds)

    def fetch_failed(self, reason: str) -> None:
        self.fetch_failures.labels(reason).inc()

    def fetches_waiting(self, change: int) -> None:
        self.fetches_in_flight.inc(change)

    # Hooks of the extraction pool (stream.pool.extractor_pool.PoolObserver).
    def extraction_finished(self, seconds: float) -> None:
        self.extraction_seconds.observe(seconds)

    def pool_replaced(self, reason: str) -> None:
        self.worker_restarts.inc()

    def set_partitions(
        self, partitions: Iterable[PartitionGauges], paused: int, backfill_paused: int = 0
    ) -> None:
        """Replace the per-partition gauges (a revoked partition's series disappear)."""
        self.in_flight.clear()
        self.consumer_lag.clear()
        count = 0
        for each in partitions:
            count += 1
            labels = (each.topic, str(each.partition))
            self.in_flight.labels(*labels).set(each.in_flight)
            if each.lag is not None:
                self.consumer_lag.labels(*labels).set(each.lag)
        self.partitions_assigned.set(count)
        self.partitions_paused.set(paused)
        self.backfill_partitions_paused.set(backfill_paused)

    def exposition(self) -> bytes:
        """The Prometheus text format (0.0.4) of every metric."""
        return generate_latest(self.registry)
