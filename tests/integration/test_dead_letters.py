"""Bad messages go to the dead-letter topic with their reason; the stream goes on."""

from __future__ import annotations

import json

import pytest

from newsevents.contracts import EventMessage
from newsevents.stream.publish.dead_letters import header_dict
from tests.integration.kafka_tools import collect, fresh_settings, produce, running_service

pytestmark = pytest.mark.kafka

GOOD = {
    "id": "good-1",
    "body": "Turkish forces shelled the village of Tal Rifaat in Aleppo province on Monday.",
    "published_at": "2024-03-14T08:00:00Z",
    "source": "Test Wire",
}


async def test_bad_messages_are_dead_lettered_and_good_ones_processed(kafka_bootstrap: str) -> None:
    """Each bad message lands in the DLQ unchanged, with class, reason and source offset."""
    settings = await fresh_settings(kafka_bootstrap, max_body_bytes=5_000)
    bad: list[tuple[bytes | None, bytes | None, str]] = [
        (b"k-json", b"{broken", "InvalidJson"),
        (b"k-utf8", b"\xff\xfe\x00garbage", "InvalidUtf8"),
        (b"k-schema", json.dumps({"id": "x", "body": "no date"}).encode(), "SchemaViolation"),
        (
            b"k-big",
            json.dumps({**GOOD, "id": "big", "body": "x" * 6_000}).encode(),
            "OversizedMessage",
        ),
        (b"k-empty", None, "EmptyMessage"),
    ]
    records = [(key, value) for key, value, _ in bad]
    records.insert(2, (b"good-1", json.dumps(GOOD).encode()))
    await produce(kafka_bootstrap, settings.articles_topic, records)

    async with running_service(settings) as service:
        dead = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= len(bad))
        events = await collect(kafka_bootstrap, settings.events_topic, lambda r: len(r) >= 1)
    assert service.stats.dead_letters == len(bad)

    by_key = {record.key: record for record in dead}
    assert set(by_key) == {key for key, _, _ in bad}
    for key, value, error_class in bad:
        record = by_key[key]
        headers = header_dict(record.headers)
        assert record.value == value, "the original bytes are kept unchanged"
        assert headers["error.class"] == error_class
        assert headers["error.reason"]
        assert headers["source.topic"] == settings.articles_topic
        assert headers["source.partition"].isdigit() and headers["source.offset"].isdigit()
        assert headers["service.version"]
    assert "limit is 5000" in header_dict(by_key[b"k-big"].headers)["error.reason"]

    shelling = [EventMessage.model_validate_json(r.value) for r in events]
    assert [(e.article_id, e.event_type) for e in shelling] == [("good-1", "shelling")]
    assert shelling[0].actors[0].name == "Military Forces of Turkey"
    assert events[0].key == b"good-1"


async def test_dead_letters_can_be_listed_and_republished(kafka_bootstrap: str) -> None:
    """`newsevents dlq`: list shows the reason; republish sends the original bytes back."""
    from newsevents.stream.dlq_admin import read_dead_letters, republish_dead_letters

    settings = await fresh_settings(kafka_bootstrap)
    await produce(kafka_bootstrap, settings.articles_topic, [(b"k-1", b"{not json")])
    async with running_service(settings):
        await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
        (entry,) = await read_dead_letters(kafka_bootstrap, settings.dlq_topic)
        assert entry.summary()["error_class"] == "InvalidJson"
        assert entry.summary()["key"] == "k-1"
        await republish_dead_letters(
            kafka_bootstrap,
            settings.dlq_topic,
            error_class="InvalidJson",
            only={entry.coordinates},
            dry_run=False,
        )
        again = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 2)
    assert [(r.key, r.value) for r in again] == [(b"k-1", b"{not json")] * 2
    second = header_dict(again[1].headers)
    assert second["source.offset"] == "1", "the republished copy is a new input record"
