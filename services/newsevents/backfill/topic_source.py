"""Archived articles from a Kafka topic (``--from-topic``), from ``--since`` to ``--until``
(``offsets_for_times``) or from the beginning to the end as it was when the run began.

Read by assignment, not in a consumer group: the run's position is its checkpoint (``store``),
committed in the same transaction as what the replay produced, so there is no group offset to
keep in step with it; the bounds are fixed in the first checkpoint, so a resumed run stops where
the first would have, even if the topic has grown since; and a bulk replay that spends minutes
in its extraction workers has no group session to lose. No consumer group sees it either: the
service's offsets are never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncGenerator
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from ..config import Settings
from ..errors import DeadLetter
from ..stream.broker.clients import connection_kwargs, start_or_close
from ..stream.broker.topics import topic_partitions
from ..stream.decode import decode_article
from .sources import Item

__all__ = ["TopicSource"]

Bounds = dict[str, list[int]]


class TopicSource:
    def __init__(
        self,
        settings: Settings,
        bootstrap: str,
        topic: str,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> None:
        self._settings = settings
        self._bootstrap = bootstrap
        self.topic = topic
        self._since = since
        self._until = until
        self.bounds: Bounds = {}
        self._done: dict[str, int] = {}

    @property
    def description(self) -> str:
        return f"topic:{self.topic}"

    def _consumer(self) -> AIOKafkaConsumer:
        return AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            enable_auto_commit=False,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
            max_poll_records=500,
            **connection_kwargs(self._settings),
        )

    async def fix_bounds(self, stored: Bounds | None) -> Bounds:
        """The run's [start, end) per partition: as stored by its first checkpoint, or found
        now from ``--since``/``--until`` (a partition with nothing after a time starts at its
        end: nothing to replay there)."""
        if stored:
            self.bounds = {p: list(b) for p, b in stored.items()}
            return self.bounds
        connection = connection_kwargs(self._settings)
        numbers = await topic_partitions(self._bootstrap, self.topic, connection=connection)
        partitions = [TopicPartition(self.topic, n) for n in numbers]
        consumer = self._consumer()
        await start_or_close(consumer)
        try:
            first = await consumer.beginning_offsets(partitions)
            last = await consumer.end_offsets(partitions)
            start = await self._at(consumer, self._since, first, last)
            end = await self._at(consumer, self._until, last, last)
        finally:
            await consumer.stop()
        self.bounds = {str(tp.partition): [start[tp], max(start[tp], end[tp])] for tp in partitions}
        return self.bounds

    @staticmethod
    async def _at(
        consumer: AIOKafkaConsumer,
        when: dt.datetime | None,
        default: dict[TopicPartition, int],
        last: dict[TopicPartition, int],
    ) -> dict[TopicPartition, int]:
        if when is None:
            return dict(default)
        millis = int(when.timestamp() * 1000)
        found = await consumer.offsets_for_times({tp: millis for tp in default})
        return {tp: (found[tp].offset if found.get(tp) else last[tp]) for tp in default}

    @property
    def total(self) -> int:
        return sum(end - start for start, end in self.bounds.values())

    @property
    def done(self) -> int:
        return sum(self._done.get(p, start) - start for p, (start, _end) in self.bounds.items())

    def advance(self, position: dict[str, Any], item: Item) -> dict[str, Any]:
        partition = item.source.rsplit("/", 1)[1]
        offsets = dict(position.get("offsets", {}))
        offsets[partition] = item.number + 1
        return {"offsets": offsets}

    async def items(self, position: dict[str, Any]) -> AsyncGenerator[Item, None]:
        offsets: dict[str, int] = position.get("offsets", {})
        self._done = {p: max(start, offsets.get(p, start)) for p, (start, _) in self.bounds.items()}
        ends = {TopicPartition(self.topic, int(p)): end for p, (_, end) in self.bounds.items()}
        todo = {tp for tp, end in ends.items() if self._done[str(tp.partition)] < end}
        if not todo:
            return
        consumer = self._consumer()
        await start_or_close(consumer)
        try:
            consumer.assign(sorted(todo))
            for tp in todo:
                consumer.seek(tp, self._done[str(tp.partition)])
            while todo:
                batch: dict[TopicPartition, list[Any]] = await consumer.getmany(timeout_ms=500)
                for tp, records in batch.items():
                    for record in records:
                        if record.offset >= ends[tp]:
                            break
                        self._done[str(tp.partition)] = record.offset + 1
                        yield self._item(tp, record)
                for tp in list(todo):
                    # Past the end, or only transaction markers left before it.
                    if await consumer.position(tp) >= ends[tp]:
                        todo.discard(tp)
                        consumer.pause(tp)
        finally:
            await consumer.stop()

    def _item(self, tp: TopicPartition, record: Any) -> Item:
        source = f"{tp.topic}/{tp.partition}"
        raw: bytes = record.value or b""
        try:
            article = decode_article(record.value, self._settings.max_body_bytes)
        except DeadLetter as error:
            reason = f"{type(error).__name__}: {error}"
            return Item(source, record.offset, raw, reason=reason, problem="malformed")
        return Item(source, record.offset, raw, article=article)
