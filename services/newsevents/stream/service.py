"""The long-running service: consume articles, publish events, commit, dead-letter.

Delivery is at-least-once: the producer is idempotent (acks=all), and a partition's offset is
committed only after every record produced for the articles up to it was acknowledged. A crash
or rebalance in between means those articles are processed again; their events carry the same
deterministic ``event_id``, so duplicates are recognisable downstream.

Records of one partition are handled in order and their events are produced in order with the
article id as key, so one article's events stay ordered on the events topic.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from ..config import Settings
from .dead_letters import SourceRecord, dead_letter_headers
from .processing import Extracted, Outcome, Rejected, process_record

log = structlog.get_logger(__name__)


@dataclass(slots=True)
class ServiceStats:
    articles: int = 0
    events: int = 0
    dead_letters: int = 0
    commits: int = 0
    partitions: set[TopicPartition] = field(default_factory=set)


class _RebalanceLog(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, stats: ServiceStats) -> None:
        self._stats = stats

    async def on_partitions_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        self._stats.partitions.difference_update(revoked)
        log.info("partitions_revoked", partitions=[f"{tp.topic}-{tp.partition}" for tp in revoked])

    async def on_partitions_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        self._stats.partitions.update(assigned)
        log.info(
            "partitions_assigned", partitions=[f"{tp.topic}-{tp.partition}" for tp in assigned]
        )


class EventService:
    def __init__(self, settings: Settings, bootstrap_servers: str) -> None:
        self.settings = settings
        self.bootstrap_servers = bootstrap_servers
        self.stats = ServiceStats()
        self.ready = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        s = self.settings
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap_servers,
            group_id=s.group_id,
            client_id=s.client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            max_poll_records=s.batch_max_records,
        )
        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap_servers,
            client_id=s.client_id,
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
        )
        consumer.subscribe([s.articles_topic], listener=_RebalanceLog(self.stats))
        await producer.start()
        try:
            await consumer.start()
            try:
                log.info("service_started", topic=s.articles_topic, group=s.group_id)
                self.ready.set()
                await self._loop(consumer, producer, stop)
            finally:
                await consumer.stop()
        finally:
            await producer.stop()
            log.info("service_stopped", **self._counts())

    async def _loop(
        self, consumer: AIOKafkaConsumer, producer: AIOKafkaProducer, stop: asyncio.Event
    ) -> None:
        while not stop.is_set():
            batch = await self._poll(consumer, stop)
            for tp, records in batch.items():
                done = await self._handle_partition(producer, tp, records, stop)
                if done is not None:
                    await self._commit(consumer, tp, done + 1)
                if stop.is_set():
                    return

    async def _poll(
        self, consumer: AIOKafkaConsumer, stop: asyncio.Event
    ) -> dict[TopicPartition, list[object]]:
        poll = asyncio.ensure_future(consumer.getmany(timeout_ms=self.settings.poll_timeout_ms))
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({poll, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not poll.done():
            poll.cancel()
            return {}
        result: dict[TopicPartition, list[object]] = poll.result()
        return result

    async def _handle_partition(
        self,
        producer: AIOKafkaProducer,
        tp: TopicPartition,
        records: list[object],
        stop: asyncio.Event,
    ) -> int | None:
        """Publish the outputs of ``records`` in order; return the last offset fully published."""
        deliveries: list[asyncio.Future[object]] = []
        last_offset: int | None = None
        for raw in records:
            if stop.is_set():
                break
            record = SourceRecord(
                raw.topic,  # type: ignore[attr-defined]
                raw.partition,  # type: ignore[attr-defined]
                raw.offset,  # type: ignore[attr-defined]
                raw.key,  # type: ignore[attr-defined]
                raw.value,  # type: ignore[attr-defined]
            )
            outcome = await asyncio.to_thread(process_record, record, self.settings.max_body_bytes)
            deliveries.extend(await self._publish(producer, record, outcome))
            last_offset = record.offset
        if deliveries:
            # Raises if any send failed: then nothing of this batch is committed.
            await asyncio.gather(*deliveries)
        return last_offset

    async def _publish(
        self, producer: AIOKafkaProducer, record: SourceRecord, outcome: Outcome
    ) -> list[asyncio.Future[object]]:
        s = self.settings
        with structlog.contextvars.bound_contextvars(
            article_id=outcome.article_id,
            partition=record.partition,
            offset=record.offset,
        ):
            if isinstance(outcome, Rejected):
                self.stats.dead_letters += 1
                log.warning(
                    "article_dead_lettered",
                    error_class=type(outcome.error).__name__,
                    reason=str(outcome.error)[:500],
                )
                future = await producer.send(
                    s.dlq_topic,
                    value=record.value,
                    key=record.key,
                    headers=dead_letter_headers(outcome.error, record),
                )
                return [future]
            assert isinstance(outcome, Extracted)
            self.stats.articles += 1
            self.stats.events += len(outcome.events)
            key = outcome.article_id.encode("utf-8")
            futures = [
                await producer.send(s.events_topic, value=e.model_dump_json().encode(), key=key)
                for e in outcome.events
            ]
            log.info(
                "article_processed",
                events=len(outcome.events),
                event_types=sorted({e.event_type for e in outcome.events}),
            )
            return futures

    async def _commit(self, consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
        try:
            await consumer.commit({tp: offset})
            self.stats.commits += 1
        except (CommitFailedError, IllegalStateError) as error:
            # The partition moved to another member during the batch; it will re-read from the
            # last committed offset and produce the same event ids again.
            log.warning("commit_failed_after_rebalance", partition=tp.partition, error=str(error))

    def _counts(self) -> dict[str, int]:
        return {
            "articles": self.stats.articles,
            "events": self.stats.events,
            "dead_letters": self.stats.dead_letters,
            "commits": self.stats.commits,
        }
