"""One poll of one feed: fetch (conditionally, through the guarded client, within the host's
request limit), parse, keep the items the partition's memory does not know, publish them with
their markers in one transaction, then remember them. One JSON log line per poll
(``feed_polled``) and one per article published (``feed_article_published``, with its
``article_id``); the counts go to ``FeedStats`` (``--once``) and ``FeedMetrics`` (/metrics).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import structlog

from ...config import Settings
from ...errors import FetchFailed
from ..guard.client import FetchOptions
from ..guard.follow import HostSlots
from .backoff import Schedule
from .fetch import Fetched, Validators, fetch_feed
from .file import Feed
from .items import FeedUnreadable, ParsedFeed, article_message, parse_feed
from .metrics import FeedMetrics, failure_reason
from .seen.memory import Marker, article_marker, feed_state_marker
from .seen.owner import PartitionLost, PartitionOwner

__all__ = ["FeedStats", "PollContext", "poll_feed"]

log = structlog.get_logger(__name__)


@dataclass(slots=True)
class FeedStats:
    """Counts of one poller (``--once`` prints them; the benchmark reads them)."""

    polls: int = 0
    not_modified: int = 0
    failures: int = 0
    articles: int = 0  # published (committed)
    items_known: int = 0  # in a feed and already published
    failed_feeds: dict[str, str] = field(default_factory=dict)  # url: why, last failure


@dataclass(frozen=True, slots=True)
class PollContext:
    settings: Settings
    client: httpx.AsyncClient  # guard.client.guarded_client
    options: FetchOptions  # of the same settings: redirects, time, per-host slots
    hosts: HostSlots
    stats: FeedStats
    metrics: FeedMetrics
    retention_s: float | None  # of the seen topic's markers; None: kept forever
    wall: Callable[[], float] = time.time


async def poll_feed(
    context: PollContext, owner: PartitionOwner, feed: Feed, schedule: Schedule
) -> float:
    """Poll ``feed`` once; returns the delay until its next poll (``schedule`` updated).
    Raises ``PartitionLost`` when the partition was revoked."""
    stats = context.stats
    stats.polls += 1
    started = time.monotonic()
    validators = owner.memory.validators.get(feed.url, Validators())
    settings = context.settings
    try:
        fetched = await fetch_feed(
            context.client,
            feed.url,
            validators,
            hosts=context.hosts,
            max_redirects=context.options.max_redirects,
            timeout_s=context.options.total_timeout_s,
            max_bytes=settings.feeds_max_bytes,
        )
        if fetched.moved_to:
            log.warning("feed_moved", feed=feed.url, moved_to=fetched.moved_to)
        if fetched.not_modified:
            stats.not_modified += 1
            context.metrics.polled(304)
            delay = schedule.succeeded()
            _polled(feed, 304, started, delay, not_modified=True, conditional=validators)
            return delay
        fetched_at = dt.datetime.fromtimestamp(context.wall(), dt.UTC)
        parsed = await asyncio.to_thread(
            parse_feed, fetched.body, fetched.url, fetched.content_type, fetched_at
        )
        new, known = await _publish_new(context, owner, feed, fetched, parsed)
    except (FetchFailed, FeedUnreadable) as error:
        return _failed(context, feed, schedule, started, error)
    except PartitionLost:
        raise
    except Exception as error:  # Kafka: the transaction failed; the items stay new
        return _failed(context, feed, schedule, started, error)
    stats.articles += len(new)
    stats.items_known += known
    context.metrics.polled(fetched.status)
    context.metrics.published(len(new))
    stats.failed_feeds.pop(feed.url, None)
    delay = schedule.succeeded()
    for item_id, url in new:
        log.info("feed_article_published", article_id=item_id, url=url, feed=feed.url)
    _polled(
        feed,
        fetched.status,
        started,
        delay,
        new=len(new),
        known=known,
        skipped=parsed.skipped[:5],
        conditional=validators,
    )
    return delay


async def _publish_new(
    context: PollContext,
    owner: PartitionOwner,
    feed: Feed,
    fetched: Fetched,
    parsed: ParsedFeed,
) -> tuple[list[tuple[str, str]], int]:
    """Publish the items the memory does not know; returns (id, url) of each and how many
    were known."""
    async with owner.lock:
        await owner.ensure_started()  # a (re)started producer reads the partition first
        now = context.wall()
        memory = owner.memory
        new = [item for item in parsed.items if item.id not in memory]
        # A marker older than half the topic's retention is written again while its item is
        # still in the feed, so the broker never deletes the marker of an item it can see.
        stale_before = now - context.retention_s / 2 if context.retention_s else None
        refresh = (
            [i for i in parsed.items if i.id in memory and memory.marked_before(i.id, stale_before)]
            if stale_before is not None
            else []
        )
        markers: list[Marker] = [
            article_marker(item.id, feed.url, item.url, now) for item in [*new, *refresh]
        ]
        validators_changed = fetched.validators != memory.validators.get(feed.url, Validators())
        if validators_changed:
            markers.append(feed_state_marker(feed.url, fetched.validators, now))
        if markers:
            articles = [
                (
                    item.id.encode(),
                    json.dumps(article_message(item, feed, parsed), ensure_ascii=False).encode(),
                )
                for item in new
            ]
            await owner.publish(articles, markers)
        for item in [*new, *refresh]:
            memory.add(item.id, now)
        memory.validators[feed.url] = fetched.validators
    return [(item.id, item.url) for item in new], len(parsed.items) - len(new)


def _failed(
    context: PollContext, feed: Feed, schedule: Schedule, started: float, error: Exception
) -> float:
    stats = context.stats
    stats.failures += 1
    status = error.status if isinstance(error, FetchFailed) else None
    if isinstance(error, FeedUnreadable):
        status = 200  # the server answered; what it sent is not a feed
    retry_after = error.retry_after_s if isinstance(error, FetchFailed) else None
    text = error.reason if isinstance(error, FetchFailed) else f"{type(error).__name__}: {error}"
    reason = failure_reason(error)
    stats.failed_feeds[feed.url] = f"{reason}: {text[:200]}"
    context.metrics.polled(status)
    context.metrics.failed(reason)
    delay = schedule.failed(retry_after)
    log.warning(
        "feed_polled",
        feed=feed.url,
        status=status,
        reason=reason,
        error=text[:300],
        failures=schedule.failures,
        next_poll_s=round(delay, 1),
        duration_ms=round((time.monotonic() - started) * 1000),
    )
    return delay


def _polled(
    feed: Feed,
    status: int,
    started: float,
    delay: float,
    *,
    new: int = 0,
    known: int = 0,
    not_modified: bool = False,
    skipped: list[str] | None = None,
    conditional: Validators,
) -> None:
    log.info(
        "feed_polled",
        feed=feed.url,
        status=status,
        new=new,
        known=known,
        not_modified=not_modified,
        conditional=bool(conditional.etag or conditional.last_modified),
        skipped=skipped or [],
        next_poll_s=round(delay, 1),
        duration_ms=round((time.monotonic() - started) * 1000),
    )
