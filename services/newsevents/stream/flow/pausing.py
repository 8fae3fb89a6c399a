"""Which partitions the consumer fetches: backpressure and live first, applied to a consumer.

The decisions are plain values (``live_first.py``: :func:`.pauses`, :class:`.LiveFirst`); this
module asks the broker what they need (the live partitions' lag) and pauses and resumes the
consumer's partitions accordingly, remembering why each is paused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping, Sequence

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition

from ...config import Settings
from ..broker.probes import partition_lag
from .live_first import Lane, LiveFirst, pauses

log = structlog.get_logger("newsevents.stream")


class Pauser:
    """The pauses of one consumer. ``lane`` tells a partition's lane (live or backfill)."""

    def __init__(self, settings: Settings, lane: Callable[[TopicPartition], Lane]) -> None:
        self.settings = settings
        self.lane = lane
        self.paused: set[TopicPartition] = set()  # as the consumer has them: for any reason
        self.full: frozenset[TopicPartition] = frozenset()  # paused by backpressure
        self.held: frozenset[TopicPartition] = frozenset()  # backfill paused for live first
        self._live_first = LiveFirst(settings.live_first_threshold, enabled=settings.live_first)

    async def live_pending(
        self, consumer: AIOKafkaConsumer, in_flight: Mapping[TopicPartition, int]
    ) -> int:
        """Articles of the live partitions not yet committed: in flight, and still in the topic
        (up to its last stable offset: an upstream transaction left open is not waiting work)."""
        if not self.settings.live_first or all(self.lane(tp) is Lane.LIVE for tp in in_flight):
            return 0  # no backfill partition to hold back: spare the position look-ups
        live = [(tp, count) for tp, count in in_flight.items() if self.lane(tp) is Lane.LIVE]
        lags = await asyncio.gather(
            *(partition_lag(consumer, tp, count, stable=True) for tp, count in live)
        )
        return sum(
            count if lag is None else lag for (_, count), lag in zip(live, lags, strict=True)
        )

    def apply(
        self,
        consumer: AIOKafkaConsumer,
        in_flight: Mapping[TopicPartition, int],
        live_pending: int,
    ) -> None:
        """Pause and resume partitions for backpressure and live first."""
        held_before = bool(self.held)
        plan = pauses(
            in_flight,
            {tp: self.lane(tp) for tp in in_flight},
            {
                Lane.LIVE: self.settings.max_in_flight,
                Lane.BACKFILL: self.settings.backfill_max_in_flight,
            },
            self.full,
            self._live_first.update(live_pending),
        )
        self.full, self.held = plan.full, plan.live_first
        wanted = plan.all
        if stop := self.paused - wanted:
            consumer.resume(*stop)
        if start := wanted - self.paused:
            consumer.pause(*start)
        self.paused = set(wanted)
        if bool(self.held) != held_before:
            log.debug(
                "backfill_paused" if self.held else "backfill_resumed",
                live_pending=live_pending,
                partitions=names(self.held),
            )

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        """Partitions revoked: no longer this consumer's to pause."""
        gone = set(partitions)
        self.paused -= gone
        self.full = self.full - gone
        self.held = self.held - gone


def names(partitions: Sequence[TopicPartition] | frozenset[TopicPartition]) -> list[str]:
    """``topic/partition`` of each, sorted: two topics share partition numbers."""
    return sorted(f"{tp.topic}/{tp.partition}" for tp in partitions)
