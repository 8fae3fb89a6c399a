"""The service's readiness and scrape-time gauges, with a stand-in consumer and pool."""

from __future__ import annotations

import asyncio

from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError

from newsevents.config import Settings
from newsevents.stream.service import EventService

TP0, TP2 = TopicPartition("articles", 0), TopicPartition("articles", 2)
BACKFILL_1 = TopicPartition("articles.backfill", 1)


class FakeConsumer:
    def __init__(self, reachable: bool = True) -> None:
        self.reachable = reachable
        self.highwaters = {TP0: 10}
        self.assigned = {TP0, TP2}

    def assignment(self) -> set[TopicPartition]:
        return self.assigned

    async def topics(self) -> set[str]:
        if not self.reachable:
            raise KafkaConnectionError("no broker")
        return {"articles"}

    def last_stable_offset(self, tp: TopicPartition) -> int | None:
        return self.highwaters.get(tp)

    def highwater(self, tp: TopicPartition) -> int | None:
        assert tp in self.assigned, "Partition is not assigned"  # as aiokafka does
        return self.highwaters.get(tp)

    async def position(self, tp: TopicPartition) -> int:
        return 7


class FakePool:
    warm = True


class FakeWorker:
    def __init__(self, in_flight: int) -> None:
        self.in_flight = in_flight


def _service(consumer: FakeConsumer | None = None) -> EventService:
    service = EventService(Settings(), "127.0.0.1:1")
    service._consumer = consumer  # type: ignore[assignment]
    service._pool = FakePool()  # type: ignore[assignment]
    service._stop = asyncio.Event()
    service._group_joined = True
    if consumer is not None:
        service.ready.set()  # the consumer started
    return service


async def test_ready_when_joined_warm_and_the_broker_answers() -> None:
    service = _service(FakeConsumer())
    service._workers = {  # type: ignore[dict-item]
        TP0: FakeWorker(0),
        TP2: FakeWorker(0),
        BACKFILL_1: FakeWorker(8),
    }
    service._pauses.held = frozenset({BACKFILL_1})  # backfill lag and pauses: still ready
    readiness = await service.readiness()
    assert readiness.ready
    assert readiness.checks == {
        "group_joined": True,
        "partitions": [0, 2],
        "backfill_partitions": [1],
        "workers_warm": True,
        "stopping": False,
        "broker_reachable": True,
    }


async def test_a_member_with_no_partition_to_own_is_ready() -> None:
    """More replicas than partitions: the idle ones are healthy standbys, not failures."""
    readiness = await _service(FakeConsumer()).readiness()
    assert readiness.ready and readiness.checks["partitions"] == []


async def test_not_ready_for_each_failed_check() -> None:
    assert not (await _service(None).readiness()).ready  # before the consumer exists
    unreachable = await _service(FakeConsumer(reachable=False)).readiness()
    assert not unreachable.ready and unreachable.checks["broker_reachable"] is False
    cold = _service(FakeConsumer())
    cold._pool.warm = False  # type: ignore[union-attr, misc]
    assert not (await cold.readiness()).ready
    rebalancing = _service(FakeConsumer())
    await rebalancing.close_partitions([TP0])  # revocation: not ready until assigned again
    assert (await rebalancing.readiness()).checks["group_joined"] is False
    stopping = _service(FakeConsumer())
    assert stopping._stop is not None
    stopping._stop.set()
    assert not (await stopping.readiness()).ready


async def test_refresh_sets_in_flight_and_lag_per_partition() -> None:
    service = _service(FakeConsumer())
    consumer = service._consumer
    assert isinstance(consumer, FakeConsumer)
    consumer.assigned.add(BACKFILL_1)
    consumer.highwaters[BACKFILL_1] = 900
    service._workers = {  # type: ignore[dict-item]
        TP0: FakeWorker(2),
        TP2: FakeWorker(1),
        BACKFILL_1: FakeWorker(8),
    }
    service._pauses.full = frozenset({TP2})
    service._pauses.held = frozenset({BACKFILL_1})
    service._pauses.paused = {TP2, BACKFILL_1}
    await service.refresh_metrics()
    registry = service.metrics.registry
    lag, in_flight = "newsevents_consumer_lag", "newsevents_articles_in_flight"
    assert registry.get_sample_value(lag, {"topic": "articles", "partition": "0"}) == 10 - 7 + 2
    assert registry.get_sample_value(lag, {"topic": "articles", "partition": "2"}) is None
    backfill = {"topic": "articles.backfill", "partition": "1"}
    assert registry.get_sample_value(lag, backfill) == 900 - 7 + 8
    assert registry.get_sample_value(in_flight, {"topic": "articles", "partition": "2"}) == 1
    assert registry.get_sample_value("newsevents_partitions_assigned") == 3
    assert registry.get_sample_value("newsevents_partitions_paused") == 1
    assert registry.get_sample_value("newsevents_backfill_partitions_paused") == 1


async def test_a_scrape_during_a_revocation_leaves_out_the_partition_it_lost() -> None:
    """The gauges' list of workers can name a partition the consumer no longer owns (a
    rebalance between the two): no lag for it, and no error (a 500 for /metrics)."""
    consumer = FakeConsumer()
    consumer.assigned = {TP2}
    service = _service(consumer)
    service._workers = {TP0: FakeWorker(2), TP2: FakeWorker(1)}  # type: ignore[dict-item]
    await service.refresh_metrics()
    registry = service.metrics.registry
    labels = {"topic": "articles", "partition": "0"}
    assert registry.get_sample_value("newsevents_consumer_lag", labels) is None
    assert registry.get_sample_value("newsevents_articles_in_flight", labels) == 2
