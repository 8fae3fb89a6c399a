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
* ``at-least-once``: one idempotent producer per input partition; the offset is committed by
  the consumer after the broker acknowledged every record. A crash in between re-publishes the
  same deterministic ``event_id``s. Per partition, not shared, so that a partition can replace
  its producer after the broker refused a record (aiokafka has counted the refused batch's
  sequence numbers, the broker has not: only a new producer starts them again) without
  disturbing the other partitions' sends.
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

from ...config import Settings
from ..broker.clients import connection_kwargs, start_or_close
from ..processing import Finished as Finished
from .fitting import SIZE_ERRORS, OutRecord, RecordsRejected, fit, outgoing, topic_limits

log = structlog.get_logger(__name__)


class PartitionLost(Exception):
    """Another member owns the partition now: nothing more may be committed for it."""


class Publisher(Protocol):
    async def start(self) -> None: ...

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        """``batch`` with every record within its topic's size limit (see ``fitting.py``)."""

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        """Publish the batch's output and commit its offset, or raise and commit nothing.
        ``isolate``: one record per produce request, so that a refusal names its record."""

    async def reset(self) -> None:
        """Recover after a failed publish (a new producer where there is one per partition)."""

    async def stop(self) -> None: ...


@dataclass(slots=True)
class _Sent:
    index: int  # of the item in the batch
    record: OutRecord
    future: asyncio.Future[object]


async def send_batch(
    producer: AIOKafkaProducer, settings: Settings, batch: list[Finished], isolate: bool
) -> list[_Sent]:
    """Send every record of ``batch``; raises ``RecordsRejected`` for one the producer refuses
    (nothing of it was sent) and, when ``isolate``, for one the broker refuses."""
    sent: list[_Sent] = []
    for index, item in enumerate(batch):
        for record in outgoing(settings, item):
            try:
                future = await producer.send(
                    record.topic, value=record.value, key=record.key, headers=record.headers
                )
            except SIZE_ERRORS as error:
                raise RecordsRejected({index: _why(record, error)}, attributable=True) from None
            sent.append(_Sent(index, record, future))
            if isolate:  # alone in its produce request: a refusal is this record's
                await settle(sent[-1:], attributable=True)
    return sent


async def settle(sent: list[_Sent], attributable: bool = False) -> None:
    """Wait for the broker's answers. aiokafka does not fail a transaction whose records the
    broker refused, it commits without them: so every answer is checked before the commit."""
    answers = await asyncio.gather(*(s.future for s in sent), return_exceptions=True)
    refused = {
        s.index: _why(s.record, answer)
        for s, answer in zip(sent, answers, strict=True)
        if isinstance(answer, SIZE_ERRORS)
    }
    if refused:
        raise RecordsRejected(refused, attributable)
    for answer in answers:
        if isinstance(answer, BaseException):
            raise answer


def _why(record: OutRecord, error: BaseException) -> str:
    return f"a record of {record.size} bytes for {record.topic} refused: {error}"


class _Limits:
    """The size limits of the events and dead-letter topics, for ``fit``; read again after a
    refusal (the limit may have been lowered while the service ran)."""

    def __init__(self, settings: Settings, bootstrap: str | None) -> None:
        self._topics = [settings.events_topic, settings.dlq_topic]
        self._settings = settings
        self._bootstrap = bootstrap
        self._limits: dict[str, int] | None = None
        self.stale = False

    async def get(self) -> dict[str, int]:
        if self._bootstrap is None:
            return {}
        if self._limits is None or self.stale:
            self._limits = await topic_limits(
                self._bootstrap,
                self._topics,
                connection=connection_kwargs(self._settings),
                fresh=self.stale,
            )
            self.stale = False
        return self._limits


def transactional_id(settings: Settings, tp: TopicPartition) -> str:
    return f"{settings.group_id}-{tp.topic}-{tp.partition}"


async def start_producer(
    settings: Settings, bootstrap: str, tp: TopicPartition, transactional_id: str | None = None
) -> AIOKafkaProducer:
    """The started idempotent producer of input partition ``tp`` (transactional with an id)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=f"{settings.client_id}-{tp.partition}",
        transactional_id=transactional_id,
        enable_idempotence=True,
        acks="all",
        linger_ms=5,
        **connection_kwargs(settings),
    )
    await start_or_close(producer)
    return producer


class _PartitionProducer:
    """What both publishers share: the partition's own producer, started on demand and dropped
    by ``reset`` (after a refused batch aiokafka has counted its sequence numbers, the broker
    has not: only a new producer starts them again), and the records fitted to the limits."""

    _transactional = False

    def __init__(self, settings: Settings, bootstrap: str, tp: TopicPartition) -> None:
        self._settings = settings
        self._bootstrap = bootstrap
        self._tp = tp
        self._producer: AIOKafkaProducer | None = None
        self._limits = _Limits(settings, bootstrap)

    async def start(self) -> None:
        self._producer = await start_producer(
            self._settings,
            self._bootstrap,
            self._tp,
            transactional_id=(
                transactional_id(self._settings, self._tp) if self._transactional else None
            ),
        )

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        return fit(self._settings, batch, await self._limits.get())

    async def _started(self) -> AIOKafkaProducer:
        if self._producer is None:
            await self.start()
        assert self._producer is not None
        return self._producer

    async def reset(self) -> None:
        await self.stop()

    async def stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()


class TransactionalPublisher(_PartitionProducer):
    """Events, dead letters and the input offset in one transaction. Starting the producer
    (init_transactions) fences the partition's previous owner; after a failure the next
    producer's initialisation aborts whatever the failed one left open."""

    _transactional = True

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        producer = await self._started()
        try:
            async with producer.transaction():
                sent = await send_batch(producer, self._settings, batch, isolate)
                await producer.send_offsets_to_transaction(
                    {self._tp: batch[-1].record.offset + 1}, self._settings.group_id
                )
                await settle(sent)  # a refusal raises here: the transaction is aborted
        except (ProducerFenced, InvalidProducerEpoch) as error:
            raise PartitionLost(str(error)) from error
        except RecordsRejected:
            self._limits.stale = True
            raise


class AtLeastOncePublisher(_PartitionProducer):
    """Every record acknowledged, then the offset committed by the consumer."""

    def __init__(
        self, settings: Settings, bootstrap: str, consumer: AIOKafkaConsumer, tp: TopicPartition
    ) -> None:
        super().__init__(settings, bootstrap, tp)
        self._consumer = consumer

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        producer = await self._started()
        try:
            await settle(await send_batch(producer, self._settings, batch, isolate))
        except RecordsRejected:
            self._limits.stale = True
            raise
        try:
            await self._consumer.commit({self._tp: batch[-1].record.offset + 1})
        except (CommitFailedError, IllegalStateError) as error:
            raise PartitionLost(str(error)) from error
