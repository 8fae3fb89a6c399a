"""Publishing a partition's finished articles together with their input offset.

Two modes (``NEWSEVENTS_DELIVERY``):

* ``exactly-once``: one transactional producer per input partition, with the transactional id
  ``<group>-<topic>-<partition>`` (as Faust does). The events, the dead letters and the input
  offset go into one transaction, so downstream ``read_committed`` consumers see an article's
  output exactly once. Whoever owns the partition next starts a producer with the same id,
  which fences the previous owner (zombie fencing): its open transaction is aborted and its
  later commits fail with ``ProducerFenced``. A per-partition id is needed because aiokafka
  sends the transactional offset commit without the group generation (aiokafka issue #844),
  so the broker cannot fence a member that lost the partition by its group membership alone.
* ``at-least-once``: a shared idempotent producer; the offset is committed by the consumer
  after the broker acknowledged every record. A crash in between re-publishes the same
  deterministic ``event_id``s.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import (
    CommitFailedError,
    IllegalStateError,
    InvalidProducerEpoch,
    ProducerFenced,
)

from ..config import Settings
from .clients import connection_kwargs
from .dead_letters import SourceRecord, dead_letter_headers
from .processing import Extracted, Outcome, Rejected

log = structlog.get_logger(__name__)


class PartitionLost(Exception):
    """Another member owns the partition now: nothing more may be committed for it."""


@dataclass(frozen=True, slots=True)
class Finished:
    record: SourceRecord
    outcome: Outcome


class Publisher(Protocol):
    async def start(self) -> None: ...

    async def publish(self, batch: list[Finished]) -> None:
        """Publish the batch's output and commit its offset, or raise and commit nothing."""

    async def reset(self) -> None:
        """Recover after a failed publish (a new producer where there is one per partition)."""

    async def stop(self) -> None: ...


async def send_outcome(
    producer: AIOKafkaProducer, settings: Settings, item: Finished
) -> list[asyncio.Future[object]]:
    record, outcome = item.record, item.outcome
    if isinstance(outcome, Rejected):
        future = await producer.send(
            settings.dlq_topic,
            value=record.value,
            key=record.key,
            headers=dead_letter_headers(outcome.error, record),
        )
        return [future]
    assert isinstance(outcome, Extracted)
    key = outcome.article_id.encode("utf-8")
    return [
        await producer.send(settings.events_topic, value=event.encode("utf-8"), key=key)
        for event in outcome.events
    ]


def transactional_id(settings: Settings, tp: TopicPartition) -> str:
    return f"{settings.group_id}-{tp.topic}-{tp.partition}"


class TransactionalPublisher:
    def __init__(self, settings: Settings, bootstrap: str, tp: TopicPartition) -> None:
        self._settings = settings
        self._bootstrap = bootstrap
        self._tp = tp
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        producer = AIOKafkaProducer(
            bootstrap_servers=self._bootstrap,
            client_id=f"{self._settings.client_id}-{self._tp.partition}",
            transactional_id=transactional_id(self._settings, self._tp),
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            **connection_kwargs(self._settings),
        )
        try:
            await producer.start()  # init_transactions: fences the partition's previous owner
        except BaseException:
            await producer.stop()
            raise
        self._producer = producer

    async def publish(self, batch: list[Finished]) -> None:
        if self._producer is None:
            await self.start()
        producer = self._producer
        assert producer is not None
        try:
            async with producer.transaction():
                for item in batch:
                    await send_outcome(producer, self._settings, item)
                await producer.send_offsets_to_transaction(
                    {self._tp: batch[-1].record.offset + 1}, self._settings.group_id
                )
        except (ProducerFenced, InvalidProducerEpoch) as error:
            raise PartitionLost(str(error)) from error

    async def reset(self) -> None:
        """Drop the producer; the next publish starts one with the same transactional id,
        whose initialisation aborts whatever the failed one left open."""
        await self.stop()

    async def stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()


class AtLeastOncePublisher:
    def __init__(
        self,
        settings: Settings,
        producer: AIOKafkaProducer,
        consumer: AIOKafkaConsumer,
        tp: TopicPartition,
    ) -> None:
        self._settings = settings
        self._producer = producer
        self._consumer = consumer
        self._tp = tp

    async def start(self) -> None:
        return None

    async def publish(self, batch: list[Finished]) -> None:
        futures: list[asyncio.Future[object]] = []
        for item in batch:
            futures.extend(await send_outcome(self._producer, self._settings, item))
        await asyncio.gather(*futures)
        try:
            await self._consumer.commit({self._tp: batch[-1].record.offset + 1})
        except (CommitFailedError, IllegalStateError) as error:
            raise PartitionLost(str(error)) from error

    async def reset(self) -> None:
        return None

    async def stop(self) -> None:
        return None
