"""The stall watchdog: lag without progress ends the service; idleness without lag does not."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import TopicPartition

from newsevents.config import Settings
from newsevents.stream.service import ConsumerStalled, EventService

TP = TopicPartition("articles", 0)


class FakeConsumer:
    def __init__(self, highwater: int, position: int) -> None:
        self._highwater = highwater
        self._position = position

    def assignment(self) -> set[TopicPartition]:
        return {TP}

    def highwater(self, tp: TopicPartition) -> int:
        return self._highwater

    async def position(self, tp: TopicPartition) -> int:
        return self._position


def _service() -> EventService:
    service = EventService(Settings(stall_timeout_s=0.2), "127.0.0.1:1")
    service.stats.last_step = time.monotonic() - 10
    return service


async def test_lag_without_progress_raises() -> None:
    """aiokafka hung after a rejoin: 5 records behind and nothing moves."""
    service = _service()
    with pytest.raises(ConsumerStalled, match="5 records of lag"):
        await asyncio.wait_for(service._watch_for_stall(FakeConsumer(10, 5), asyncio.Event()), 5)


async def test_idle_without_lag_is_fine() -> None:
    """Caught up and nothing new: the watchdog keeps quiet."""
    service = _service()
    stop = asyncio.Event()
    watch = asyncio.create_task(service._watch_for_stall(FakeConsumer(10, 10), stop))
    await asyncio.sleep(0.5)
    assert not watch.done()
    stop.set()
    await asyncio.wait_for(watch, 5)
