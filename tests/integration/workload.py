"""The articles of the fault tests and the topics they go to.

Articles are short and varied (templates x towns x days, seeded), so that thousands of them
yield thousands of events whose loss or duplication the exactly-once check can see.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsevents.contracts import ArticleMessage
from newsevents.stream.broker.topics import ensure_topics, topic_partitions
from tests.integration.exactly_once import (
    Comparison,
    EventKey,
    expected_events,
    wait_for_all_events,
    wait_for_records,
)
from tests.integration.kafka_tools import produce
from tests.integration.service_process import service_env

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
    "Gunmen shot two civilians in {town} on {day}, the Syrian Observatory for Human Rights "
    "reported.",
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


async def produce_articles(bootstrap: str, topic: str, articles: Sequence[ArticleMessage]) -> None:
    """The articles as their service input records, keyed by id."""
    await produce_chunked(bootstrap, topic, [article_record(a) for a in articles])


async def produce_chunked(
    bootstrap: str,
    topic: str,
    records: Sequence[tuple[bytes | None, bytes | None]],
    chunk: int = 500,
) -> None:
    for start in range(0, len(records), chunk):
        await produce(bootstrap, topic, list(records[start : start + chunk]))


@dataclass(frozen=True, slots=True)
class Workload:
    """A fault test's generated articles, their offline events, and topics of its own."""

    bootstrap: str
    topics: Topics
    articles: list[ArticleMessage]
    expected: Counter[EventKey]

    @classmethod
    async def create(
        cls, bootstrap: str, name: str, count: int, *, seed: int, partitions: int
    ) -> Workload:
        """``count`` articles ``<name>-00000``, ... (not produced yet) and fresh topics."""
        articles = make_articles(count, name, seed=seed)
        topics = await fresh_topics(bootstrap, name, partitions)
        return cls(bootstrap, topics, articles, expected_events(articles))

    async def produce(self) -> None:
        await produce_articles(self.bootstrap, self.topics.articles, self.articles)

    async def wait_for_share(
        self, share: float, timeout_s: float, check: Callable[[], None]
    ) -> int:
        """Poll until the events topic holds ``share`` of the expected events (or the deadline
        passes); the number it holds. ``check()`` may raise (e.g. a service died)."""
        at_least = share * self.expected.total()
        return await wait_for_records(
            self.bootstrap, self.topics.events, at_least, timeout_s, check
        )

    async def wait_for_all(
        self, timeout_s: float, check: Callable[[], None]
    ) -> tuple[Comparison, float | None]:
        """``wait_for_all_events`` on this workload's events topic."""
        return await wait_for_all_events(
            self.bootstrap, self.topics.events, self.expected, timeout_s, check
        )

    def figures(self) -> dict[str, int]:
        """What a fault test records of its workload (junit properties, log line)."""
        return {"articles": len(self.articles), "expected_events": self.expected.total()}

    def service_env(self, **settings: object) -> dict[str, str]:
        """The environment of a service on these topics (``settings`` as in ``service_env``)."""
        return service_env(self.bootstrap, **self.topics.env(), **settings)
