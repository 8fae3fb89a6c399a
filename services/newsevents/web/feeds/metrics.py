"""The feed poller's Prometheus metrics, served on ``/metrics`` by ``newsevents feeds``.

The poller is a process of its own (not the service), so it serves its own ``/metrics``,
``/healthz`` and ``/readyz`` with the service's small server (``observe/http.py``) on
``NEWSEVENTS_METRICS_HOST:NEWSEVENTS_METRICS_PORT``. A log line per poll (``feed_polled``) says
what happened to one feed; the counters say how the whole list is doing (a rising failure
rate, no new item for hours) without a log pipeline. A registry of its own, like the service's.

A failed poll's ``reason`` is one of a closed set (``REASONS``), not the error text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, cast

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)

from ... import __version__
from ...errors import (
    FetchFailed,
    FetchHttpError,
    FetchRefused,
    FetchTimeout,
    FetchUnreachable,
    PageTooLarge,
    TooManyRedirects,
)
from .items import FeedUnreadable

__all__ = ["REASONS", "FeedMetrics", "Reason", "failure_reason"]

cast(Callable[[], None], disable_created_metrics)()  # as observe/metrics.py: no *_created

Reason = Literal[
    "refused",  # the address guard or the scheme (at any redirect hop)
    "timeout",  # no complete answer within NEWSEVENTS_FETCH_TOTAL_TIMEOUT_S
    "unreachable",  # no such name, connection refused or reset
    "http_status",  # a status other than 200 or 304
    "redirects",  # too many redirects, or a loop
    "too_large",  # over NEWSEVENTS_FEEDS_MAX_BYTES (decompressed)
    "not_a_feed",  # not RSS or Atom, or a body that does not decode
    "publish",  # the Kafka transaction of its new items failed (they stay new)
]
REASONS: tuple[Reason, ...] = (
    "refused",
    "timeout",
    "unreachable",
    "http_status",
    "redirects",
    "too_large",
    "not_a_feed",
    "publish",
)

_BY_CLASS: tuple[tuple[type[Exception], Reason], ...] = (
    (FetchRefused, "refused"),
    (FetchTimeout, "timeout"),
    (FetchUnreachable, "unreachable"),
    (FetchHttpError, "http_status"),
    (TooManyRedirects, "redirects"),
    (PageTooLarge, "too_large"),
    (FeedUnreadable, "not_a_feed"),
)


def failure_reason(error: Exception) -> Reason:
    for kind, reason in _BY_CLASS:
        if isinstance(error, kind):
            return reason
    assert not isinstance(error, FetchFailed), f"a fetch failure without a reason: {error!r}"
    return "publish"


class FeedMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        ProcessCollector(registry=r)
        Gauge(
            "newsevents_build_info", "Always 1; the version as a label.", ["version"], registry=r
        ).labels(__version__).set(1)
        self.polls = Counter(
            "newsevents_feed_polls",
            "Feed polls by the HTTP status of the answer (200, 304, 404...; none: no answer).",
            ["status"],
            registry=r,
        )
        self.items_new = Counter(
            "newsevents_feed_items_new",
            "Feed items published as article messages (committed with their seen markers).",
            registry=r,
        )
        self.failures = Counter(
            "newsevents_feed_failures",
            "Failed polls by reason: " + ", ".join(REASONS) + ".",
            ["reason"],
            registry=r,
        )
        self.partitions = Gauge(
            "newsevents_feed_partitions_assigned",
            "Seen-topic partitions (and so sites) this replica polls.",
            registry=r,
        )
        for reason in REASONS:  # every series from the start: rate() sees the first failure
            self.failures.labels(reason)

    def polled(self, status: int | None) -> None:
        self.polls.labels(str(status) if status is not None else "none").inc()

    def failed(self, reason: Reason) -> None:
        self.failures.labels(reason).inc()

    def published(self, count: int) -> None:
        self.items_new.inc(count)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
