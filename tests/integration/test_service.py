"""The service end to end on a real broker: seed in, content-checked events out, commits."""

from __future__ import annotations

import json

import pytest

from newsevents.contracts import EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.inputs import read_articles
from tests.conftest import SEEDS
from tests.integration.kafka_tools import (
    collect,
    committed_offsets,
    fresh_settings,
    produce,
    running_service,
)
from tests.seed_expectations import SEED_ARTICLE_ID, missing_expectations

pytestmark = pytest.mark.kafka


async def test_seed_article_yields_its_events_on_the_events_topic(kafka_bootstrap: str) -> None:
    """The acceptance test of the walking skeleton: the seed's events, by content, via Kafka."""
    settings = await fresh_settings(kafka_bootstrap)
    (article,) = read_articles(str(SEEDS / "irgc-deir-ezzor-almashareq.json"))
    offline = extract_events(article)
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [(article.id.encode(), article.model_dump_json().encode())],
    )
    async with running_service(settings):
        records = await collect(
            kafka_bootstrap, settings.events_topic, lambda r: len(r) >= len(offline)
        )
    events = [EventMessage.model_validate_json(r.value) for r in records]
    assert missing_expectations(events) == []
    assert {r.key for r in records} == {SEED_ARTICLE_ID.encode()}
    # One article's events keep their order (one key, one partition) and match offline extraction.
    assert [e.event_id for e in events] == [e.event_id for e in offline]


async def test_offsets_are_committed_after_publishing_and_not_reprocessed(
    kafka_bootstrap: str,
) -> None:
    """After a clean stop the group's offsets cover every article; a restart reads nothing again."""
    settings = await fresh_settings(kafka_bootstrap)
    bodies = [
        "Syrian troops arrived in Palmyra on Monday, SANA reported.",
        "Israeli warplanes carried out an airstrike near Damascus airport, the Observatory said.",
        "Police arrested a journalist in Sulaymaniyah on Tuesday.",
    ]
    articles = [
        {"id": f"art-{i}", "body": body, "published_at": "2024-03-14T08:00:00Z"}
        for i, body in enumerate(bodies)
    ]
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [(a["id"].encode(), json.dumps(a).encode()) for a in articles],
    )
    async with running_service(settings) as first:
        events = await collect(kafka_bootstrap, settings.events_topic, lambda r: len(r) >= 3)
    assert first.stats.articles == 3
    published = [EventMessage.model_validate_json(r.value) for r in events]
    assert sorted((e.article_id, e.event_type) for e in published) == [
        ("art-0", "deployment"),
        ("art-1", "airstrike"),
        ("art-2", "arrest"),
    ]
    places = {(e.locations[0].text, e.locations[0].name) for e in published}
    assert {("Palmyra", "Tadmur"), ("Sulaymaniyah", "Sulaymaniyah")} <= places

    assert await _committed(kafka_bootstrap, settings.group_id, settings.articles_topic) == 3
    async with running_service(settings) as second:
        await collect(kafka_bootstrap, settings.events_topic, lambda r: len(r) >= 3)
    assert second.stats.articles == 0, "committed articles must not be processed again"


async def _committed(bootstrap: str, group_id: str, topic: str) -> int:
    """Sum of the group's committed offsets over the topic's partitions."""
    offsets = await committed_offsets(bootstrap, group_id)
    return sum(offset for tp, offset in offsets.items() if tp.topic == topic)
