"""A replay fenced by a newer process of its run stops as fenced (exit 75), also when the fence
reached the producer's background sender before the next send."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka.errors import IllegalOperation, ProducerFenced

from newsevents.backfill.writer import RunFenced, TransactionalWriter
from newsevents.config import Settings


class _FencedProducer:
    """A producer whose first answer failed as fenced and which then refuses every send."""

    def __init__(self, answer: asyncio.Future[object], refusal: Exception) -> None:
        self._answer = answer
        self._refusal = refusal
        self.sends = 0

    async def begin_transaction(self) -> None:
        return None

    async def send(self, topic: str, **_: Any) -> asyncio.Future[object]:
        self.sends += 1
        if self.sends == 1:
            return self._answer
        raise self._refusal


def _writer(producer: _FencedProducer) -> TransactionalWriter:
    writer = TransactionalWriter(Settings(), "127.0.0.1:9", "run-1")
    writer._producer = producer  # type: ignore[assignment]
    return writer


async def test_a_send_refused_after_a_fenced_answer_is_a_fence() -> None:
    answer: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    writer = _writer(_FencedProducer(answer, IllegalOperation("not in transaction")))
    await writer.send("t", b"k", b"v", [])
    answer.set_exception(ProducerFenced())
    with pytest.raises(RunFenced):
        await writer.send("t", b"k", b"v", [])
    answer.exception()  # retrieved: no "never retrieved" noise


async def test_a_send_refused_without_a_fence_is_not_called_one() -> None:
    answer: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    writer = _writer(_FencedProducer(answer, IllegalOperation("not in transaction")))
    await writer.send("t", b"k", b"v", [])
    answer.set_result(None)
    with pytest.raises(IllegalOperation):
        await writer.send("t", b"k", b"v", [])
