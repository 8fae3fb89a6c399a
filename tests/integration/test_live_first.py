"""Live first on the real broker: a live article produced while a backlog of replayed articles
waits is extracted and committed before most of the backlog, and every article of both topics
ends on the events topic exactly once, the replayed ones with their run's backfill block.

No clock in the assertions: the test counts how many backlog articles had their events
committed when the live article was produced and when its event became visible. With the
backfill served first come, first served, the live article would wait behind the backfill
articles already fetched (``backfill_max_in_flight=100`` here: some 100 x 0.2 s / 2 workers);
live first lets it take the next free worker.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from newsevents.contracts import ArticleMessage, Backfill, EventMessage
from newsevents.stream.broker.topics import ensure_topics, read_to_end, topic_partitions
from newsevents.stream.publish.dead_letters import header_dict
from newsevents.stream.replayed import replay_headers
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import (
    CommittedTail,
    compare,
    event_keys,
    exactly_once_message,
    expected_events,
    wait_for_all_events,
)
from tests.integration.paced_extractor import SLOW_EXTRACTOR
from tests.integration.service_process import service_env
from tests.integration.workload import article_record, make_articles

pytestmark = pytest.mark.kafka

BACKLOG = 300
IN_FLIGHT = 100  # backfill articles fetched ahead: what a live article would queue behind
STARTED = 5  # backlog articles with committed events before the live article is produced
BAD_AT = 150  # a malformed replayed record in the middle of the backlog


async def _produce(
    bootstrap: str, topic: str, records: Sequence[tuple[bytes, bytes]], headers: list[Any]
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        sent = [
            await producer.send(topic, key=key, value=value, headers=headers)
            for key, value in records
        ]
        for future in sent:
            await future
    finally:
        await producer.stop()


def _articles_seen(records: list[Any], prefix: str) -> set[str]:
    return {
        json.loads(r.value)["article_id"]
        for r in records
        if json.loads(r.value)["article_id"].startswith(prefix)
    }


async def test_a_live_article_goes_before_the_waiting_backfill(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    suffix = f"livefirst-{uuid.uuid4().hex[:8]}"
    topics = {
        "articles_topic": f"articles-{suffix}",
        "backfill_topic": f"articles-{suffix}.backfill",
        "events_topic": f"events-{suffix}",
        "dlq_topic": f"articles-{suffix}.dlq",
    }
    await ensure_topics(kafka_bootstrap, list(topics.values()), 1)
    for topic in topics.values():
        await topic_partitions(kafka_bootstrap, topic)

    run = Backfill(run_id=f"run-{suffix}", mode="pipeline")
    backlog = make_articles(BACKLOG, "archive", seed=13)
    live = ArticleMessage(
        id="live-0",
        body="Turkish forces shelled villages near Tal Rifaat on Monday, wounding 3 civilians.",
        published_at="2024-03-14T08:00:00Z",  # type: ignore[arg-type]
    )
    expected = expected_events([*backlog, live])
    assert any(article == "live-0" for article, _ in expected), "the live article has an event"
    with_events = {article for article, _ in expected if article.startswith("archive-")}
    assert len(with_events) > BACKLOG // 2, "most backlog articles yield events"

    records = [article_record(a) for a in backlog]
    records.insert(BAD_AT, (b"archive-bad", b'{"id": "archive-bad", "body": '))
    await _produce(kafka_bootstrap, topics["backfill_topic"], records, replay_headers(run))

    env = service_env(
        kafka_bootstrap,
        group_id=f"newsevents-{suffix}",
        workers=2,
        extractor=SLOW_EXTRACTOR,
        backfill_max_in_flight=IN_FLIGHT,
        **topics,
    )
    service = service_process(env)
    await service.start()

    async with CommittedTail(kafka_bootstrap, topics["events_topic"]) as tail:
        started = await tail.wait_for(
            lambda r: len(_articles_seen(r, "archive-")) >= STARTED, 180, service.ensure_running
        )
        assert started, f"the backlog did not start:\n{service.problems()}"
        await _produce(kafka_bootstrap, topics["articles_topic"], [article_record(live)], [])
        # Done before the live article could be read: everything committed once it is produced
        # (the tail's records alone may be a poll or more behind the topic).
        await tail.catch_up()
        before = len(_articles_seen(tail.records, "archive-"))
        seen_live = await tail.wait_for(
            lambda r: "live-0" in _articles_seen(r, "live-"), 120, service.ensure_running
        )
        assert seen_live, f"the live article's events never came:\n{service.problems()}"
        at_live = len(_articles_seen(tail.records, "archive-"))

    record_figures(
        "live first",
        {"backlog_with_events": len(with_events), "done_before": before, "done_at_live": at_live},
    )
    # The live article overtook the backlog: most of it was still to do, and it did not wait
    # for the backfill articles fetched ahead of it (IN_FLIGHT of them: first come first
    # served, all of them would have been done before it).
    assert at_live < len(with_events) // 2, (before, at_live)
    assert at_live - before < IN_FLIGHT, (before, at_live)

    comparison, _ = await wait_for_all_events(
        kafka_bootstrap, topics["events_topic"], expected, 300, service.ensure_running
    )
    assert comparison.exact, exactly_once_message(comparison, service.problems())

    final = await read_to_end(kafka_bootstrap, topics["events_topic"])
    assert compare(event_keys(final), expected).exact
    events = [EventMessage.model_validate_json(r.value) for r in final]
    assert {e.backfill for e in events if e.article_id.startswith("archive-")} == {run}
    assert [e.backfill for e in events if e.article_id == "live-0"] == [None]

    # The malformed replayed record: a dead letter that still names its replay and its source.
    (letter,) = await read_to_end(kafka_bootstrap, topics["dlq_topic"])
    headers = header_dict(letter.headers)
    assert letter.key == b"archive-bad"
    assert headers["error.class"] == "InvalidJson"
    assert headers["newsevents-replay-run"] == run.run_id
    assert headers["newsevents-replay-mode"] == "pipeline"
    assert (headers["source.topic"], headers["source.offset"]) == (
        topics["backfill_topic"],
        str(BAD_AT),
    )
    assert await service.stop() == 0
