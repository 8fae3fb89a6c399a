"""Backpressure: a full partition is paused, and resumed once half drained."""

from __future__ import annotations

from aiokafka import TopicPartition

from newsevents.config import Settings
from newsevents.stream.service import EventService

TP = TopicPartition("articles", 0)
OTHER = TopicPartition("articles", 1)


class FakeConsumer:
    def __init__(self) -> None:
        self.paused: set[TopicPartition] = set()

    def pause(self, *partitions: TopicPartition) -> None:
        self.paused.update(partitions)

    def resume(self, *partitions: TopicPartition) -> None:
        self.paused.difference_update(partitions)


class FakeWorker:
    def __init__(self, in_flight: int) -> None:
        self.in_flight = in_flight


def test_pause_when_full_resume_when_half_drained() -> None:
    """Cap 10: pause at 10, stay paused at 6, resume at 5; other partitions untouched."""
    service = EventService(Settings(max_in_flight=10), "127.0.0.1:1")
    consumer = FakeConsumer()
    busy, quiet = FakeWorker(10), FakeWorker(3)
    service._workers = {TP: busy, OTHER: quiet}  # type: ignore[dict-item]
    service._apply_backpressure(consumer)  # type: ignore[arg-type]
    assert consumer.paused == {TP}
    busy.in_flight = 6
    service._apply_backpressure(consumer)  # type: ignore[arg-type]
    assert consumer.paused == {TP}
    busy.in_flight = 5
    service._apply_backpressure(consumer)  # type: ignore[arg-type]
    assert consumer.paused == set()
