"""No input can stall a partition, whatever the size limits (issue 12, item 1).

A message just under the broker's 1 MiB limit is accepted, but its dead letter with headers is
over the producer's limit; a dead-letter topic may also accept far less than the broker
(``max.message.bytes``), before the service starts or lowered while it runs; an event may be
larger than the events topic accepts. Each time the record goes to the DLQ (reduced where it must
be) with its reason, and the next messages of the same partition yield their events. Before the
fix the refused send was retried for ever, the partition never moved and these tests timed out
waiting for the events that follow.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from newsevents.contracts import EventMessage
from newsevents.stream.dlq_admin import republish_dead_letters
from newsevents.stream.publish.dead_letters import PREVIEW_BYTES, header_dict
from tests.integration.kafka_tools import admin_client, collect, fresh_settings, produce
from tests.integration.kafka_tools import running_service as running

pytestmark = pytest.mark.kafka

SHELLING = "Turkish forces shelled the village of Tal Rifaat in Aleppo province on Monday."
PROTEST = "Hundreds of residents protested in Taiz on Friday against rising bread prices."
# One sentence long enough that its event (evidence and all) is ~3 KB; a plain one's is ~1.8 KB.
LONG_SHELLING = (
    "Turkish forces shelled the village of Tal Rifaat in Aleppo province on Monday, "
    + "while residents of the old quarter watched the smoke rise over the hills and the fields "
    * 60
    + "."
)
SMALL_TOPIC_BYTES = 2_500


def _article(article_id: str, body: str) -> dict[str, Any]:
    return {"id": article_id, "body": body, "published_at": "2024-03-14T08:00:00Z"}


def _record(article_id: str, body: str) -> tuple[bytes, bytes]:
    return article_id.encode(), json.dumps(_article(article_id, body)).encode()


def _article_of_size(article_id: str, size: int) -> bytes:
    """A valid article JSON of exactly ``size`` bytes (over NEWSEVENTS_MAX_BODY_BYTES)."""
    empty = json.dumps(_article(article_id, "")).encode()
    value = json.dumps(_article(article_id, "x" * (size - len(empty)))).encode()
    assert len(value) == size
    return value


async def _settings(bootstrap: str, *, dlq_bytes: int | None = None, **overrides: Any) -> Any:
    """Settings with one partition per topic (so every record shares the bad one's partition),
    the DLQ topic created first with ``max.message.bytes`` = ``dlq_bytes``."""
    settings = await fresh_settings(bootstrap, topic_partitions=1, **overrides)
    if dlq_bytes is not None:
        await _set_max_message_bytes(bootstrap, settings.dlq_topic, dlq_bytes)
    return settings


async def _set_max_message_bytes(bootstrap: str, topic: str, limit: int) -> None:
    async with admin_client(bootstrap) as admin:
        await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, {"max.message.bytes": str(limit)})]
        )


async def _events(bootstrap: str, topic: str, expected: int) -> list[tuple[str, str]]:
    records = await collect(bootstrap, topic, lambda r: len(r) >= expected, timeout_s=90)
    return sorted(
        (e.article_id, e.event_type)
        for e in (EventMessage.model_validate_json(r.value) for r in records)
    )


def _check_reduced(record: Any, original: bytes, source: str, error_class: str) -> dict[str, str]:
    headers = header_dict(record.headers)
    assert headers["error.class"] == error_class
    assert headers["error.reason"]
    assert headers["dlq.value"] == "truncated"
    assert record.value == original[:PREVIEW_BYTES]
    assert headers["original.value.bytes"] == str(len(original))
    assert headers["original.value.sha256"] == hashlib.sha256(original).hexdigest()
    assert headers["original.location"] == source
    assert headers["source.offset"] == source.rsplit("/", 1)[1]
    assert "bytes" in headers["dlq.value.why"]
    return headers


@pytest.mark.parametrize("delivery", ["exactly-once", "at-least-once"])
async def test_a_message_just_under_one_mib_is_dead_lettered_and_the_partition_goes_on(
    kafka_bootstrap: str, delivery: str
) -> None:
    """1,048,400 bytes: the broker accepts it; its full dead letter would be over the producer's
    1 MiB, so a truncated copy goes, and the next articles of the partition yield events."""
    settings = await _settings(kafka_bootstrap, delivery=delivery)
    huge = _article_of_size("huge", 1_048_400)
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [_record("before", SHELLING), (b"huge", huge), _record("after", PROTEST)],
    )
    async with running(settings) as service:
        events = await _events(kafka_bootstrap, settings.events_topic, 2)
        (dead,) = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
    assert events == [("after", "protest"), ("before", "shelling")]
    assert dead.key == b"huge"
    headers = _check_reduced(dead, huge, f"{settings.articles_topic}/0/1", "OversizedMessage")
    assert "1048576" in headers["dlq.value.why"], headers["dlq.value.why"]
    assert service.stats.dead_letters == 1


@pytest.mark.parametrize("delivery", ["exactly-once", "at-least-once"])
async def test_a_dead_letter_topic_with_a_small_limit_gets_a_truncated_copy(
    kafka_bootstrap: str, delivery: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The DLQ topic accepts 2,500 bytes: a 20 KB bad message goes as a truncated copy, which
    `newsevents dlq republish` does not send back as if it were the message."""
    settings = await _settings(kafka_bootstrap, dlq_bytes=SMALL_TOPIC_BYTES, delivery=delivery)
    bad = b"{not json " + b"z" * 20_000
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [_record("before", SHELLING), (b"bad", bad), _record("after", PROTEST)],
    )
    async with running(settings):
        events = await _events(kafka_bootstrap, settings.events_topic, 2)
        (dead,) = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
    assert events == [("after", "protest"), ("before", "shelling")]
    headers = _check_reduced(dead, bad, f"{settings.articles_topic}/0/1", "InvalidJson")
    assert str(SMALL_TOPIC_BYTES) in headers["dlq.value.why"]
    await republish_dead_letters(
        kafka_bootstrap, settings.dlq_topic, error_class=None, only=None, dry_run=False
    )
    (line,) = [
        json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")
    ]
    assert line == {
        "skipped": "0:0",
        "reason": "reduced copy",
        "original": f"{settings.articles_topic}/0/1",
    }


@pytest.mark.parametrize("delivery", ["exactly-once", "at-least-once"])
async def test_a_limit_lowered_while_the_service_runs_is_handled_when_the_broker_refuses(
    kafka_bootstrap: str, delivery: str
) -> None:
    """The limits read at start are stale: the broker's refusal (MessageSizeTooLargeError, not
    transient) makes the copy smaller instead of being retried; the partition's producer is
    replaced (its sequence numbers counted the refused batch) in both modes."""
    settings = await _settings(kafka_bootstrap, delivery=delivery)
    bad = b"{not json " + b"z" * 20_000
    async with running(settings):
        # A first dead letter: the broker now knows the producer's sequence on the DLQ
        # partition, so a refused batch leaves the producer's count ahead of the broker's.
        await produce(
            kafka_bootstrap,
            settings.articles_topic,
            [_record("first", SHELLING), (b"early", b"{not json either")],
        )
        assert await _events(kafka_bootstrap, settings.events_topic, 1) == [("first", "shelling")]
        await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
        await _set_max_message_bytes(kafka_bootstrap, settings.dlq_topic, SMALL_TOPIC_BYTES)
        await produce(
            kafka_bootstrap,
            settings.articles_topic,
            [(b"bad", bad), _record("after", PROTEST), (b"bad-2", bad + b"2")],
        )
        events = await _events(kafka_bootstrap, settings.events_topic, 2)
        dead = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 3)
    assert events == [("after", "protest"), ("first", "shelling")]
    assert [r.key for r in dead] == [b"early", b"bad", b"bad-2"]
    assert dead[0].value == b"{not json either"
    headers = _check_reduced(dead[1], bad, f"{settings.articles_topic}/0/2", "InvalidJson")
    assert "MessageSizeTooLargeError" in headers["dlq.value.why"], headers["dlq.value.why"]
    _check_reduced(dead[2], bad + b"2", f"{settings.articles_topic}/0/4", "InvalidJson")


async def test_an_event_too_large_for_the_events_topic_dead_letters_its_article(
    kafka_bootstrap: str,
) -> None:
    """The events topic accepts 2,500 bytes: the article whose event is ~3 KB goes to the DLQ as
    OversizedEvent (unchanged: it fits there), the others' events are published."""
    settings = await fresh_settings(kafka_bootstrap, topic_partitions=1)
    await _set_max_message_bytes(kafka_bootstrap, settings.events_topic, SMALL_TOPIC_BYTES)
    long_key, long_value = _record("long", LONG_SHELLING)
    await produce(
        kafka_bootstrap,
        settings.articles_topic,
        [_record("before", SHELLING), (long_key, long_value), _record("after", PROTEST)],
    )
    async with running(settings):
        events = await _events(kafka_bootstrap, settings.events_topic, 2)
        (dead,) = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
    assert events == [("after", "protest"), ("before", "shelling")]
    headers = header_dict(dead.headers)
    assert (dead.key, dead.value) == (long_key, long_value)
    assert headers["error.class"] == "OversizedEvent"
    assert headers["error.reason"].startswith("events too large"), headers["error.reason"]
    assert "dlq.value" not in headers
