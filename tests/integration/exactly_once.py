"""The exactly-once check of the fault tests, and waiting for what a topic holds.

The check is "every article's events exactly once": the multiset of ``(article_id, event_id)``
on the events topic (read_committed) equals the one an offline run of the extractor gives.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.stream.broker.topics import topic_partitions
from tests.integration.kafka_tools import read_to_end

EventKey = tuple[str, str]  # (article_id, event_id)


def expected_events(articles: Iterable[ArticleMessage]) -> Counter[EventKey]:
    """The offline truth: each article's events, once."""
    return Counter((a.id, e.event_id) for a in articles for e in extract_events(a))


def event_keys(records: Iterable[Any]) -> Counter[EventKey]:
    found: Counter[EventKey] = Counter()
    for record in records:
        event = EventMessage.model_validate_json(record.value)
        assert record.key == event.article_id.encode(), "events are keyed by article id"
        found[(event.article_id, event.event_id)] += 1
    return found


@dataclass(frozen=True, slots=True)
class Comparison:
    expected_events: int
    found_events: int
    lost_events: int
    duplicated_events: int
    unexpected_events: int
    articles_lost: int  # articles with at least one event missing
    articles_duplicated: int  # articles with at least one event twice or more

    def figures(self) -> dict[str, int]:
        """What a fault test records of the comparison (junit properties, log line)."""
        return {
            "articles_lost": self.articles_lost,
            "events_lost": self.lost_events,
            "events_duplicated": self.duplicated_events,
        }

    @property
    def exact(self) -> bool:
        return not (self.lost_events or self.duplicated_events or self.unexpected_events)

    def __str__(self) -> str:
        return (
            f"expected {self.expected_events} events, found {self.found_events}: "
            f"lost {self.lost_events} (of {self.articles_lost} articles), "
            f"duplicated {self.duplicated_events} (of {self.articles_duplicated} articles), "
            f"unexpected {self.unexpected_events}"
        )


def compare(found: Counter[EventKey], expected: Counter[EventKey]) -> Comparison:
    lost = expected - found
    extra = found - expected
    duplicated = Counter({k: n for k, n in extra.items() if k in expected})
    unexpected = Counter({k: n for k, n in extra.items() if k not in expected})
    return Comparison(
        expected_events=expected.total(),
        found_events=found.total(),
        lost_events=lost.total(),
        duplicated_events=duplicated.total(),
        unexpected_events=unexpected.total(),
        articles_lost=len({article for article, _ in lost}),
        articles_duplicated=len({article for article, _ in duplicated}),
    )


def exactly_once_message(comparison: Comparison, *details: str) -> str:
    return "\n".join(["every article's events exactly once: " + str(comparison), *details])


class CommittedTail:
    """A read_committed reader of every partition of a topic that keeps what it has read.

    Committed records never change, so reading on from where it stopped gives the same records
    as ``read_to_end`` from the beginning, at a fraction of the cost when polled often.
    """

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.records: list[Any] = []
        self._consumer: AIOKafkaConsumer | None = None

    async def __aenter__(self) -> CommittedTail:
        numbers = await topic_partitions(self.bootstrap, self.topic)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            enable_auto_commit=False,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
        )
        await consumer.start()
        partitions = [TopicPartition(self.topic, n) for n in numbers]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        self._consumer = consumer
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def poll(self, timeout_ms: int = 200) -> int:
        """Read what is there now; return the number of records read so far."""
        assert self._consumer is not None
        batch = await self._consumer.getmany(timeout_ms=timeout_ms, max_records=5000)
        for partition_records in batch.values():
            self.records.extend(partition_records)
        return len(self.records)

    async def catch_up(self, timeout_s: float = 120) -> int:
        """Poll until everything committed when called is read; return the records read so far
        (``records`` alone may lag behind the topic by a poll or more)."""
        consumer = self._consumer
        assert consumer is not None
        partitions = list(consumer.assignment())
        ends = await consumer.end_offsets(partitions)  # read_committed: the last stable offsets
        async with asyncio.timeout(timeout_s):
            while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
                await self.poll()
        return len(self.records)

    async def wait_for(
        self, done: Callable[[list[Any]], bool], timeout_s: float, check: Callable[[], None]
    ) -> bool:
        """Poll until ``done(records)``; ``check()`` may raise (e.g. a service died)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            await self.poll()
            if done(self.records):
                return True
            check()
        return False


async def wait_for_records(
    bootstrap: str, topic: str, at_least: float, timeout_s: float, check: Callable[[], None]
) -> int:
    """Poll until the topic holds ``at_least`` committed records (or the deadline passes);
    return how many it holds. ``check()`` may raise (e.g. a service died)."""
    async with CommittedTail(bootstrap, topic) as tail:
        await tail.wait_for(lambda records: len(records) >= at_least, timeout_s, check)
        return len(tail.records)


async def wait_for_all_events(
    bootstrap: str,
    topic: str,
    expected: Counter[EventKey],
    timeout_s: float,
    check: Callable[[], None] = lambda: None,
) -> tuple[Comparison, float | None]:
    """Poll until the topic holds at least every expected event (or the deadline passes).

    Returns the comparison of a final ``read_to_end`` with ``expected``, and the seconds until
    all were there (None if never). A short grace period after completion lets late duplicates
    show up.
    """
    started = time.monotonic()
    completed: float | None = None
    async with CommittedTail(bootstrap, topic) as tail:
        keys: Counter[EventKey] = Counter()
        seen = 0

        def done(records: list[Any]) -> bool:
            nonlocal seen
            keys.update(event_keys(records[seen:]))
            seen = len(records)
            return not (expected - keys)

        if await tail.wait_for(done, timeout_s, check):
            completed = time.monotonic() - started
            await asyncio.sleep(1.0)
    final = event_keys(await read_to_end(bootstrap, topic))
    return compare(final, expected), completed
