"""Pauses as the service applies them: backpressure per partition (paused when full, resumed
when half drained) and live first (the backfill partitions held while live articles wait)."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import TopicPartition

from newsevents.config import Settings
from newsevents.stream.service import ConsumerStalled, EventService

TP = TopicPartition("articles", 0)
OTHER = TopicPartition("articles", 1)
BACKFILL_0 = TopicPartition("articles.backfill", 0)
BACKFILL_1 = TopicPartition("articles.backfill", 1)


class FakeConsumer:
    def __init__(self) -> None:
        self.paused: set[TopicPartition] = set()
        self.calls: list[tuple[str, set[TopicPartition]]] = []

    def pause(self, *partitions: TopicPartition) -> None:
        self.calls.append(("pause", set(partitions)))
        self.paused.update(partitions)

    def resume(self, *partitions: TopicPartition) -> None:
        self.calls.append(("resume", set(partitions)))
        self.paused.difference_update(partitions)


class FakeWorker:
    def __init__(self, in_flight: int) -> None:
        self.in_flight = in_flight


def _service(**settings: object) -> EventService:
    return EventService(Settings(**settings), "127.0.0.1:1")  # type: ignore[arg-type]


def _in_flight(service: EventService) -> dict[TopicPartition, int]:
    return {tp: worker.in_flight for tp, worker in service._workers.items()}


def _apply(service: EventService, consumer: object, live_pending: int) -> None:
    """What the service does after each poll: pause and resume for the articles in flight."""
    service._pauses.apply(consumer, _in_flight(service), live_pending)  # type: ignore[arg-type]


async def _live_pending(service: EventService, consumer: object) -> int:
    return await service._pauses.live_pending(consumer, _in_flight(service))  # type: ignore[arg-type]


def test_pause_when_full_resume_when_half_drained() -> None:
    """Cap 10: pause at 10, stay paused at 6, resume at 5; other partitions untouched."""
    service = _service(max_in_flight=10)
    consumer = FakeConsumer()
    busy, quiet = FakeWorker(10), FakeWorker(3)
    service._workers = {TP: busy, OTHER: quiet}  # type: ignore[dict-item]
    _apply(service, consumer, 0)
    assert consumer.paused == {TP}
    busy.in_flight = 6
    _apply(service, consumer, 0)
    assert consumer.paused == {TP}
    busy.in_flight = 5
    _apply(service, consumer, 0)
    assert consumer.paused == set()


def test_backfill_partitions_have_their_own_cap() -> None:
    """NEWSEVENTS_BACKFILL_MAX_IN_FLIGHT bounds a backfill partition, the live cap a live one."""
    service = _service(max_in_flight=10, backfill_max_in_flight=4)
    consumer = FakeConsumer()
    service._workers = {TP: FakeWorker(4), BACKFILL_0: FakeWorker(4)}  # type: ignore[dict-item]
    _apply(service, consumer, 0)
    assert consumer.paused == {BACKFILL_0}


def test_live_work_holds_the_backfill_until_live_is_idle() -> None:
    """Threshold 1: 2 live articles pending hold both backfill partitions, 1 keeps them held,
    none releases them; the live partition itself is never held."""
    service = _service(live_first_threshold=1)
    consumer = FakeConsumer()
    service._workers = {  # type: ignore[dict-item]
        TP: FakeWorker(2),
        BACKFILL_0: FakeWorker(1),
        BACKFILL_1: FakeWorker(0),
    }
    _apply(service, consumer, 1)
    assert consumer.paused == set()
    _apply(service, consumer, 2)
    assert consumer.paused == {BACKFILL_0, BACKFILL_1}
    assert service._pauses.held == {BACKFILL_0, BACKFILL_1}
    _apply(service, consumer, 1)
    assert consumer.paused == {BACKFILL_0, BACKFILL_1}
    _apply(service, consumer, 0)
    assert consumer.paused == set() and service._pauses.held == frozenset()
    assert consumer.calls == [
        ("pause", {BACKFILL_0, BACKFILL_1}),
        ("resume", {BACKFILL_0, BACKFILL_1}),
    ]


def test_a_full_backfill_partition_stays_paused_when_live_first_lets_go() -> None:
    """Two reasons, one pause: released by live first, still full (cap 4, 3 in flight)."""
    service = _service(backfill_max_in_flight=4)
    consumer = FakeConsumer()
    backfill = FakeWorker(4)
    service._workers = {TP: FakeWorker(1), BACKFILL_0: backfill}  # type: ignore[dict-item]
    _apply(service, consumer, 1)
    assert consumer.paused == {BACKFILL_0}
    backfill.in_flight = 3
    _apply(service, consumer, 0)
    assert consumer.paused == {BACKFILL_0}, "still above half its cap"
    backfill.in_flight = 2
    _apply(service, consumer, 0)
    assert consumer.paused == set()


def test_live_first_off_never_holds_the_backfill() -> None:
    service = _service(live_first=False)
    consumer = FakeConsumer()
    service._workers = {TP: FakeWorker(5), BACKFILL_0: FakeWorker(1)}  # type: ignore[dict-item]
    _apply(service, consumer, 5)
    assert consumer.paused == set()


async def test_revoked_partitions_leave_every_pause_set() -> None:
    """A revoked partition must not be resumed (aiokafka refuses an unassigned one) later."""
    service = _service()
    consumer = FakeConsumer()
    service._workers = {TP: FakeWorker(1), BACKFILL_0: FakeWorker(0)}  # type: ignore[dict-item]
    _apply(service, consumer, 1)
    service._workers.pop(BACKFILL_0)
    await service.close_partitions([BACKFILL_0])
    assert service._pauses.held == frozenset() and service._pauses.paused == set()


class LagConsumer:
    """Live partition caught up; the backfill partition 500 records behind."""

    def assignment(self) -> set[TopicPartition]:
        return {TP, BACKFILL_0}

    def highwater(self, tp: TopicPartition) -> int:
        return 1000 if tp == BACKFILL_0 else 10

    def last_stable_offset(self, tp: TopicPartition) -> int:
        return self.highwater(tp)

    async def position(self, tp: TopicPartition) -> int:
        return 500 if tp == BACKFILL_0 else 10


class CountingConsumer(LagConsumer):
    def __init__(self) -> None:
        self.positions = 0
        self.asked: set[TopicPartition] = set()

    async def position(self, tp: TopicPartition) -> int:
        self.positions += 1
        self.asked.add(tp)
        return await super().position(tp)


async def test_the_watchdog_does_not_count_a_backfill_held_for_live_first() -> None:
    """Held on purpose, the backfill's lag is no stall; once it is not held, it is one."""
    service = _service(stall_timeout_s=0.2)
    service._pauses.held = frozenset({BACKFILL_0})
    assert await service._lag(LagConsumer()) == 0  # type: ignore[arg-type]
    service.stats.last_step = time.monotonic() - 10
    stop = asyncio.Event()
    consumer = CountingConsumer()
    watch = asyncio.create_task(service._watch_for_stall(consumer, stop))  # type: ignore[arg-type]
    # Three looks at the lag (each asks the live partition's position), none a stall.
    async with asyncio.timeout(30):
        while consumer.positions < 3 and not watch.done():
            await asyncio.sleep(0.01)
    assert not watch.done(), watch.exception()
    assert consumer.asked == {TP}, "the held backfill's position is not even asked"
    stop.set()
    await asyncio.wait_for(watch, 5)

    service._pauses.held = frozenset()
    service.stats.last_step = time.monotonic() - 10
    with pytest.raises(ConsumerStalled, match="500 records of lag"):
        await asyncio.wait_for(service._watch_for_stall(LagConsumer(), asyncio.Event()), 5)  # type: ignore[arg-type]


async def test_live_pending_counts_live_lag_and_in_flight_only() -> None:
    """Live: 10 - 7 unfetched + 2 in flight; the backfill's own lag is not live work."""

    class Consumer(LagConsumer):
        def highwater(self, tp: TopicPartition) -> int:
            return 1000 if tp == BACKFILL_0 else 10

        async def position(self, tp: TopicPartition) -> int:
            return 500 if tp == BACKFILL_0 else 7

    service = _service()
    service._workers = {TP: FakeWorker(2), BACKFILL_0: FakeWorker(8)}  # type: ignore[dict-item]
    assert await _live_pending(service, Consumer()) == 3 + 2


async def test_an_open_upstream_transaction_is_not_live_work() -> None:
    """read_committed: records past the last stable offset cannot be read yet; counting them
    would hold the backfill for as long as the upstream transaction stays open."""

    class Consumer(LagConsumer):
        def last_stable_offset(self, tp: TopicPartition) -> int:
            return 7 if tp == TP else 1000

        async def position(self, tp: TopicPartition) -> int:
            return 500 if tp == BACKFILL_0 else 7

    service = _service()
    service._workers = {TP: FakeWorker(0), BACKFILL_0: FakeWorker(8)}  # type: ignore[dict-item]
    assert await _live_pending(service, Consumer()) == 0
