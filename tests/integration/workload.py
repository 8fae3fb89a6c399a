"""Articles, topics and the exactly-once check shared by the fault tests.

The check is "every article's events exactly once": the multiset of ``(article_id, event_id)``
on the events topic (read_committed) equals the one an offline run of the extractor gives.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.stream.topics import ensure_topics, topic_partitions
from tests.integration.kafka_tools import produce, read_to_end

EventKey = tuple[str, str]  # (article_id, event_id)

TOWNS = (
    "Deir ez-Zor", "Albu Kamal", "Mayadin", "Raqqa", "Idlib", "Aleppo", "Homs", "Daraa",
    "Manbij", "Qamishli", "Mosul", "Kirkuk", "Fallujah", "Basra", "Tikrit", "Ramadi",
    "Baalbek", "Tripoli", "Sidon", "Tyre", "Aden", "Taiz", "Hodeidah", "Marib", "Sanaa",
)  # fmt: skip
DAYS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "March 3", "March 10", "February 20", "last week",
)  # fmt: skip
# One or two sentences each; all but the last two yield at least one event (checked offline by
# test_templates_yield_events in test_fault_kill.py).
TEMPLATES = (
    "Syrian government forces clashed with gunmen near {town} on {day}, killing {n} fighters.",
    "Iraqi security forces arrested {n} suspects in {town} on {day}, a police official said.",
    "Hundreds of residents protested in {town} on {day} against rising bread prices.",
    "Turkish forces shelled villages near {town} on {day}, wounding {n} civilians.",
    "The IRGC deployed {n} fighters to {town} on {day}, according to local sources.",
    "Houthi fighters fought government troops near {town} for {n} hours on {day}.",
    "An airstrike hit a weapons depot near {town} on {day}, killing {n} people.",
    "Unidentified gunmen abducted {n} aid workers on the road to {town} on {day}.",
    "Lebanese army troops were stationed at checkpoints around {town} on {day}.",
    "A roadside bomb exploded near a patrol in {town} on {day}, wounding {n} soldiers.",
    "Protesters demonstrated outside the governor's office in {town} on {day}. "
    "Police arrested {n} of them.",
    "Regime forces detained {n} young men at a checkpoint in {town} on {day}.",
    "Militiamen seized {n} houses belonging to displaced families in {town} on {day}.",
    "Hezbollah sent reinforcements to {town} on {day}, residents said.",
    "Rockets fired from {town} struck a military base on {day}, the ministry said.",
    "A curfew was imposed in {town} on {day} after clashes between tribal fighters and police.",
    "Gunmen shot two civilians in {town} on {day}, according to the Syrian Observatory for "
    "Human Rights.",
    "The militia recruited {n} young men in {town} on {day}, paying each $200 a month.",
    "The weather in {town} was mild on {day}, with {n} millimetres of rain.",
    "A new bakery opened in {town} on {day}; it sells {n} kinds of bread.",
)
NO_EVENT_TEMPLATES = 2


def make_articles(count: int, prefix: str, seed: int = 0) -> list[ArticleMessage]:
    """``count`` short, varied articles with unique ids ``<prefix>-00000``, ..."""
    rng = random.Random(seed)
    start = dt.datetime(2024, 3, 14, 8, 0, tzinfo=dt.UTC)
    articles = []
    for i in range(count):
        template = TEMPLATES[i % len(TEMPLATES)] if i % 7 else rng.choice(TEMPLATES)
        body = template.format(town=rng.choice(TOWNS), day=rng.choice(DAYS), n=rng.randint(2, 90))
        articles.append(
            ArticleMessage(
                id=f"{prefix}-{i:05d}",
                title=f"Report {i}",
                body=body,
                published_at=start + dt.timedelta(minutes=37 * i),
                source=rng.choice(("Test Wire", "Levant Monitor", "Gulf Desk")),
                url=f"https://news.example/{prefix}/{i}",
            )
        )
    return articles


def article_record(article: ArticleMessage) -> tuple[bytes, bytes]:
    return article.id.encode(), article.model_dump_json().encode()


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


@dataclass(frozen=True, slots=True)
class Topics:
    articles: str
    events: str
    dlq: str
    group: str

    def env(self) -> dict[str, str]:
        """Keyword arguments for ``service_env``."""
        return {
            "articles_topic": self.articles,
            "events_topic": self.events,
            "dlq_topic": self.dlq,
            "group_id": self.group,
        }


async def fresh_topics(bootstrap: str, name: str, partitions: int) -> Topics:
    """Topics and a group of this test's own, with ``partitions`` partitions each."""
    suffix = f"{name}-{uuid.uuid4().hex[:8]}"
    topics = Topics(
        articles=f"articles-{suffix}",
        events=f"events-{suffix}",
        dlq=f"articles-{suffix}.dlq",
        group=f"newsevents-{suffix}",
    )
    await ensure_topics(bootstrap, [topics.articles, topics.events, topics.dlq], partitions)
    for topic in (topics.articles, topics.events, topics.dlq):
        await topic_partitions(bootstrap, topic)  # wait until the metadata has them
    return topics


async def produce_chunked(
    bootstrap: str,
    topic: str,
    records: Sequence[tuple[bytes | None, bytes | None]],
    chunk: int = 500,
) -> None:
    for start in range(0, len(records), chunk):
        await produce(bootstrap, topic, list(records[start : start + chunk]))


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


async def wait_for_all_events(
    bootstrap: str,
    topic: str,
    expected: Counter[EventKey],
    timeout_s: float,
    check: Callable[[], None] = lambda: None,
) -> tuple[Counter[EventKey], float | None]:
    """Poll until the topic holds at least every expected event (or the deadline passes).

    Returns the events of a final ``read_to_end`` and the seconds until all were there (None if
    never). A short grace period after completion lets late duplicates show up.
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
    return final, completed


@dataclass(frozen=True, slots=True)
class GroupState:
    state: str
    assignments: dict[str, list[int]]  # client id -> partitions of the articles topic


async def describe_group(bootstrap: str, group: str, topic: str) -> GroupState:
    """The consumer group's state and which member (by client id) owns which partitions."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="fault-tests-admin")
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
    finally:
        await admin.close()
    (described,) = response.groups
    _error, _group, state, _protocol_type, _protocol, members, *_ = described
    assignments: dict[str, list[int]] = {}
    for _member_id, client_id, _host, _metadata, raw_assignment in members:
        partitions: list[int] = []
        if raw_assignment:
            decoded = ConsumerProtocolMemberAssignment.decode(raw_assignment)
            partitions = sorted(tp.partition for tp in decoded.partitions() if tp.topic == topic)
        assignments[client_id] = assignments.get(client_id, []) + partitions
    return GroupState(state, assignments)
