"""Counting what a partition commits: a wrapper around its publisher; and the fetcher's observer
(``FetchProgress``), which tells the metrics and the stall watchdog of page fetches.

The publisher's ``publish`` returns once a batch and its input offset are committed (and raises
when nothing was), so wrapping it counts exactly what downstream consumers can see, whatever
the partition worker's retry policy is, and leaves the worker and the publishers unaware of
metrics.
"""

from __future__ import annotations

import datetime as dt
import re
import time

from ...observe.metrics import ServiceMetrics
from ..partition import Progress
from ..processing import Extracted, Rejected
from .publishers import Finished, PartitionLost, Publisher

# Every event of an article carries its published_at (contracts.EventMessage), as pydantic
# writes it; a search instead of a JSON parse, on the event loop, once per article.
_PUBLISHED_AT = re.compile(r'"published_at":"([^"]+)"')


class ObservedPublisher:
    """A ``Publisher`` that counts commits, aborts and their content, and the time each record
    took from its fetch (``consumed``) to its commit."""

    def __init__(self, inner: Publisher, metrics: ServiceMetrics, backfill: bool = False) -> None:
        self._inner = inner
        self._metrics = metrics
        self._backfill = backfill  # a partition of the backfill topic
        self._lane = "backfill" if backfill else "live"
        # Fetch time by offset until the record's commit. The worker may drop records (already
        # committed by the previous owner); their entries go with this object, one per
        # partition assignment.
        self._consumed_at: dict[int, float] = {}

    def consumed(self, offset: int) -> None:
        self._consumed_at[offset] = time.monotonic()

    async def start(self) -> None:
        try:
            await self._inner.start()
        except Exception as error:
            self._metrics.publisher_start_failures.labels(type(error).__name__).inc()
            raise

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        return await self._inner.fit(batch)

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        try:
            await self._inner.publish(batch, isolate)
        except Exception as error:
            self._metrics.transaction_aborts.labels(_error_class(error)).inc()
            raise
        self._committed(batch)

    async def reset(self) -> None:
        await self._inner.reset()

    async def stop(self) -> None:
        await self._inner.stop()

    def _committed(self, batch: list[Finished]) -> None:
        m = self._metrics
        m.transaction_commits.inc()
        now = time.monotonic()
        wall = dt.datetime.now(dt.UTC)
        for item in batch:
            consumed = self._consumed_at.pop(item.record.offset, None)
            if consumed is not None:
                m.consume_to_publish_seconds.labels(self._lane).observe(now - consumed)
            outcome = item.outcome
            if isinstance(outcome, Rejected):
                m.dead_letters.labels(type(outcome.error).__name__, item.copy.name.lower()).inc()
                continue
            assert isinstance(outcome, Extracted)
            if outcome.skipped is not None:
                language = outcome.skipped.details.get("language", "")
                m.articles_skipped.labels(outcome.skipped.reason, _label(language)).inc()
                continue
            m.articles_published.inc()
            if self._backfill:
                m.backfill_articles_published.inc()
                m.backfill_events_produced.inc(len(outcome.events))
            if not outcome.events:
                continue
            m.events_produced.inc(len(outcome.events))
            if self._backfill:
                continue  # an archive's age is not the service's freshness
            published = _published_at(outcome.events[0])
            if published is not None:
                m.publication_to_event_seconds.observe(max(0.0, (wall - published).total_seconds()))


def _label(language: str) -> str:
    """A language code as a metric label; anything else (a message may say anything) is
    ``other``, so that the series stay few."""
    return language if re.fullmatch(r"[a-z]{2,3}|ar-script", language) else "other"


def _error_class(error: Exception) -> str:
    """The broker's error behind a lost partition (ProducerFenced...), else the error's own."""
    if isinstance(error, PartitionLost) and error.__cause__ is not None:
        return type(error.__cause__).__name__
    return type(error).__name__


def _published_at(event_json: str) -> dt.datetime | None:
    found = _PUBLISHED_AT.search(event_json)
    if found is None:
        return None
    try:
        published = dt.datetime.fromisoformat(found.group(1))
    except ValueError:
        return None
    return published if published.tzinfo is not None else None


class FetchProgress:
    """The fetcher's observer: the metrics, and a finished fetch counts as progress for the
    stall watchdog (records waiting for pages behind slow hosts are not a stalled consumer)."""

    def __init__(self, metrics: ServiceMetrics, progress: Progress) -> None:
        self._metrics = metrics
        self._progress = progress

    def fetch_response(self, status: int) -> None:
        self._metrics.fetch_response(status)

    def fetch_bytes_read(self, count: int) -> None:
        self._metrics.fetch_bytes_read(count)

    def fetch_finished(self, seconds: float) -> None:
        self._metrics.fetch_finished(seconds)
        self._progress.step()

    def fetch_failed(self, reason: str) -> None:
        self._metrics.fetch_failed(reason)

    def fetches_waiting(self, change: int) -> None:
        self._metrics.fetches_waiting(change)
