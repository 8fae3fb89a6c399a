"""``newsevents feeds``: replicas of the feed poller share the feeds through a consumer group.

The group (``<NEWSEVENTS_GROUP_ID>.feeds``) consumes the compacted seen topic. Each feed
belongs to the partition of its site (``seen.topic.site_partition``), so a replica polls the
feeds of the partitions the group assigned it, and only those; a partition's feeds move with
it when replicas come and go. On assignment a replica starts the partition's transactional
producer (fencing the previous owner, ``feed_owner.py``), reads the partition from its start to
its end into memory, pauses it, and then polls its feeds, each on its own schedule
(``backoff.py``). On revocation it stops them. Offsets are never committed: the memory is
rebuilt from the whole (compacted) partition on every assignment.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable

import httpx
import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import IllegalStateError

from ...config import Settings
from ...stream.broker.clients import connection_kwargs, start_or_close
from ..guard.client import FetchOptions
from ..guard.follow import HostSlots
from .backoff import Backoff, Schedule, Uniform
from .file import Feed
from .metrics import FeedMetrics
from .poll import FeedStats, PollContext, poll_feed
from .seen.owner import PartitionLost, PartitionOwner
from .seen.topic import SeenTopic, prepare_seen_topic, site_partition

__all__ = ["FeedPoller", "FeedStats"]

log = structlog.get_logger(__name__)


class FeedPoller:
    """Polls ``feeds`` with ``client`` (``guard.client.guarded_client`` of the same settings)
    until ``stop`` is set, or for one round with ``once``."""

    def __init__(
        self,
        settings: Settings,
        bootstrap: str,
        feeds: list[Feed],
        client: httpx.AsyncClient,
        *,
        uniform: Uniform = random.uniform,
        wall: Callable[[], float] = time.time,
        metrics: FeedMetrics | None = None,
    ) -> None:
        self.stats = FeedStats()
        self.metrics = metrics if metrics is not None else FeedMetrics()
        self._settings = settings
        self._bootstrap = bootstrap
        self._feeds = feeds
        self._client = client
        self._uniform = uniform
        self._wall = wall
        self._owners: dict[int, PartitionOwner] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._waiting: dict[int, tuple[int, asyncio.Event]] = {}  # partition: (end, caught up)
        self._consumer: AIOKafkaConsumer | None = None
        self._seen: SeenTopic | None = None
        self._schedules: dict[str, Schedule] = {}  # per feed, kept across reassignments
        self._options = FetchOptions.from_settings(settings)
        self._hosts = HostSlots(self._options.per_host)
        self.assigned = asyncio.Event()  # the group assigned this replica (once, at least)
        self._once = False

    def partitions(self) -> list[int]:
        """The seen-topic partitions this replica owns now."""
        return sorted(self._owners)

    async def run(self, stop: asyncio.Event, once: bool = False) -> FeedStats:
        self._once = once
        self._seen = seen = await prepare_seen_topic(self._settings, self._bootstrap)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=f"{self._settings.group_id}.feeds",
            client_id=f"{self._settings.client_id}-feeds",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            session_timeout_ms=self._settings.session_timeout_ms,
            max_poll_records=10_000,
            **connection_kwargs(self._settings),
        )
        await start_or_close(consumer)
        self._consumer = consumer
        log.info(
            "feeds_started",
            feeds=len(self._feeds),
            seen_topic=seen.name,
            partitions=seen.partitions,
            marker_retention_s=seen.retention_s,
        )
        try:
            consumer.subscribe([seen.name], listener=_Rebalance(self))
            while not stop.is_set() and not (once and self._round_done()):
                batch = await consumer.getmany(timeout_ms=self._settings.poll_timeout_ms)
                for tp, records in batch.items():
                    owner = self._owners.get(tp.partition)
                    if owner is not None:
                        for record in records:
                            owner.memory.apply(record.key, record.value)
                await self._check_caught_up()
                self._raise_failed_tasks()
        finally:
            await self._release(list(self._owners))
            await consumer.stop()
        log.info(
            "feeds_stopped",
            polls=self.stats.polls,
            articles=self.stats.articles,
            not_modified=self.stats.not_modified,
            failures=self.stats.failures,
        )
        return self.stats

    def _round_done(self) -> bool:
        return self.assigned.is_set() and all(task.done() for task in self._tasks.values())

    def _raise_failed_tasks(self) -> None:
        for task in self._tasks.values():
            if task.done() and not task.cancelled() and task.exception() is not None:
                task.result()  # a bug of ours: stop the command with it

    async def _check_caught_up(self) -> None:
        assert self._consumer is not None and self._seen is not None
        for partition, (end, event) in list(self._waiting.items()):
            tp = TopicPartition(self._seen.name, partition)
            try:
                position = await self._consumer.position(tp)
            except IllegalStateError:  # no longer assigned: the revocation cleans up
                continue
            if position >= end:
                self._consumer.pause(tp)
                del self._waiting[partition]
                event.set()

    async def _catch_up(self, owner: PartitionOwner) -> None:
        """Read ``owner``'s partition to its current end (called after its producer started)."""
        assert self._consumer is not None and self._seen is not None
        tp = TopicPartition(self._seen.name, owner.partition)
        end = (await self._consumer.end_offsets([tp]))[tp]
        event = asyncio.Event()
        self._waiting[owner.partition] = (end, event)
        self._consumer.resume(tp)
        await event.wait()
        log.info(
            "feeds_partition_read",
            partition=owner.partition,
            end_offset=end,
            ids=len(owner.memory),
            feeds_with_validators=len(owner.memory.validators),
            unreadable_records=owner.memory.unreadable,
            start=owner.starts,
        )

    async def _assign(self, partitions: list[int]) -> None:
        assert self._consumer is not None and self._seen is not None
        for partition in partitions:
            if partition in self._owners:
                continue
            tp = TopicPartition(self._seen.name, partition)
            await self._consumer.seek_to_beginning(tp)
            self._consumer.pause(tp)  # read from the start once the producer fenced the last owner
            owner = PartitionOwner(
                self._settings, self._bootstrap, self._seen.name, partition, self._catch_up
            )
            self._owners[partition] = owner
            feeds = [
                f for f in self._feeds if site_partition(f.site, self._seen.partitions) == partition
            ]
            self._tasks[partition] = asyncio.create_task(self._own(owner, feeds))
        self.metrics.partitions.set(len(self._owners))
        log.info("feeds_partitions_assigned", partitions=self.partitions())
        self.assigned.set()

    async def _release(self, partitions: list[int]) -> None:
        for partition in partitions:
            owner = self._owners.pop(partition, None)
            task = self._tasks.pop(partition, None)
            waiting = self._waiting.pop(partition, None)
            if owner is None:
                continue
            owner.closing = True
            if waiting is not None:
                waiting[1].set()
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, PartitionLost):
                    await task
            await owner.stop()
        self.metrics.partitions.set(len(self._owners))
        if partitions:
            log.info("feeds_partitions_revoked", partitions=partitions, kept=self.partitions())

    async def _own(self, owner: PartitionOwner, feeds: list[Feed]) -> None:
        """Start the partition (fence, read), then poll its feeds until revoked."""
        assert self._seen is not None
        if not feeds:  # nothing to publish: no producer, no fencing, no reading
            return
        context = PollContext(
            settings=self._settings,
            client=self._client,
            options=self._options,
            hosts=self._hosts,
            stats=self.stats,
            metrics=self.metrics,
            retention_s=self._seen.retention_s,
            wall=self._wall,
        )
        backoff = Backoff(self._settings.feeds_backoff_base_s, self._settings.feeds_max_backoff_s)
        while True:  # the first start: retried until the broker lets it happen
            try:
                async with owner.lock:
                    await owner.ensure_started()
                break
            except PartitionLost:
                return
            except Exception as error:
                log.warning(
                    "feeds_partition_start_failed", partition=owner.partition, error=repr(error)
                )
                await asyncio.sleep(backoff.delay(1, self._uniform))
        if self._seen.retention_s:
            forgotten = owner.memory.forget_older_than(self._wall() - self._seen.retention_s)
            if forgotten:
                log.info("feeds_ids_expired", partition=owner.partition, ids=forgotten)
        async with asyncio.TaskGroup() as group:
            for feed in feeds:
                schedule = self._schedules.setdefault(
                    feed.url, Schedule(feed.interval_s, backoff, uniform=self._uniform)
                )
                group.create_task(self._poll_loop(context, owner, feed, schedule))

    async def _poll_loop(
        self, context: PollContext, owner: PartitionOwner, feed: Feed, schedule: Schedule
    ) -> None:
        # A feed that kept failing before a reassignment keeps its backoff.
        wait = max(0.0, schedule.due - time.monotonic()) if schedule.failures else 0.0
        while True:
            if wait:
                await asyncio.sleep(wait)
            try:
                with structlog.contextvars.bound_contextvars(partition=owner.partition):
                    wait = await poll_feed(context, owner, feed, schedule)
            except PartitionLost:  # revoked: the revocation cancels the others
                return
            if self._once:
                return


class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, poller: FeedPoller) -> None:
        self._poller = poller

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._poller._release(sorted(tp.partition for tp in revoked))

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        await self._poller._assign(sorted(tp.partition for tp in assigned))
