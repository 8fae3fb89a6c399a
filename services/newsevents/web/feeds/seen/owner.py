"""One replica's ownership of one seen-topic partition: its memory and its transactional
producer.

The producer's transactional id is ``<group>-feeds-<seen topic>-<partition>``, the same in
every replica. Starting it (``init_transactions``) fences whoever held that id before: its open
transaction is aborted and its later commits fail with ``ProducerFenced``. Only *then* is the
partition read to its end (the last stable offset: no transaction of the old holder is still
open below it), so the memory holds every article the partition's feeds were published with
before anything is published. That holds for every start, not only the first: after a failed
transaction (a broker error, or fenced by a replica that still believes it owns the partition
during a rebalance) the next publish starts a new producer and reads the partition again from
where the memory stopped. Whoever started last has read all that any other committed, and
nobody else can commit: no article is published twice.

``publish`` sends new articles to the articles topic and their markers to this partition in
one transaction: both visible, or neither. The caller updates the memory after the commit
only, so a failed transaction leaves the items new for the next poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

import structlog
from aiokafka import AIOKafkaProducer
from aiokafka.errors import InvalidProducerEpoch, ProducerFenced

from ....config import Settings
from ....stream.broker.clients import connection_kwargs, start_or_close
from .memory import Marker, SeenMemory

__all__ = ["PartitionLost", "PartitionOwner", "transactional_id"]

log = structlog.get_logger(__name__)


class PartitionLost(Exception):
    """The partition was revoked from this replica: nothing more may be published for it."""


def transactional_id(settings: Settings, seen_topic: str, partition: int) -> str:
    return f"{settings.group_id}-feeds-{seen_topic}-{partition}"


class PartitionOwner:
    def __init__(
        self,
        settings: Settings,
        bootstrap: str,
        seen_topic: str,
        partition: int,
        catch_up: Callable[[PartitionOwner], Awaitable[None]],
    ) -> None:
        """``catch_up(owner)`` returns once the memory holds the partition's records up to its
        end as of the call (the poller's group consumer reads them)."""
        self.partition = partition
        self.memory = SeenMemory()
        # One transaction at a time per producer: feeds of the partition fetch concurrently and
        # take turns here, where the memory is read and the transaction sent.
        self.lock = asyncio.Lock()
        self.closing = False  # revoked: start nothing more
        self.starts = 0
        self._settings = settings
        self._bootstrap = bootstrap
        self._seen_topic = seen_topic
        self._producer: AIOKafkaProducer | None = None
        self._catch_up = catch_up

    async def ensure_started(self) -> None:
        """A started producer and a memory read to the end after its start (call with
        ``lock`` held); raises ``PartitionLost`` once the partition was revoked."""
        if self.closing:
            raise PartitionLost(f"partition {self.partition} was revoked")
        if self._producer is not None:
            return
        await self._start()
        self.starts += 1
        await self._catch_up(self)
        if self.closing:
            raise PartitionLost(f"partition {self.partition} was revoked")

    async def _start(self) -> None:
        """Start the partition's producer, fencing its previous holder."""
        producer = AIOKafkaProducer(
            bootstrap_servers=self._bootstrap,
            client_id=f"{self._settings.client_id}-feeds-{self.partition}",
            transactional_id=transactional_id(self._settings, self._seen_topic, self.partition),
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            **connection_kwargs(self._settings),
        )
        await start_or_close(producer)
        self._producer = producer

    async def publish(
        self, articles: Sequence[tuple[bytes, bytes]], markers: Sequence[Marker]
    ) -> None:
        """``articles`` (key, value) to the articles topic and ``markers`` to this partition of
        the seen topic, in one transaction (after ``ensure_started``, with ``lock`` held);
        raises on failure, having committed nothing, and drops the producer so that the next
        ``ensure_started`` starts a new one and reads the partition again."""
        producer = self._producer
        if producer is None or self.closing:
            raise PartitionLost(f"partition {self.partition}: no producer")
        try:
            async with producer.transaction():
                futures = [
                    await producer.send(self._settings.articles_topic, key=key, value=value)
                    for key, value in articles
                ]
                futures += [
                    await producer.send(
                        self._seen_topic,
                        key=marker.key,
                        value=marker.value,
                        partition=self.partition,
                    )
                    for marker in markers
                ]
                # aiokafka commits a transaction whose records the broker refused: every
                # answer is checked first, and a refusal aborts it.
                answers = await asyncio.gather(*futures, return_exceptions=True)
                for answer in answers:
                    if isinstance(answer, BaseException):
                        raise answer
        except (ProducerFenced, InvalidProducerEpoch) as error:
            # Another replica started this partition's producer: it may still believe it owns
            # the partition during a rebalance. Whoever owns it by the group's assignment
            # starts again (fencing the other) and reads what the other committed first.
            log.warning("feeds_partition_fenced", partition=self.partition, error=repr(error))
            await self.stop()
            raise
        except Exception:
            await self.stop()  # a fresh producer next time: its start aborts what is left open
            raise

    async def stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.stop()
            except Exception as error:  # stopping after a failure: nothing more to do
                log.warning(
                    "feeds_producer_stop_failed", partition=self.partition, error=repr(error)
                )
