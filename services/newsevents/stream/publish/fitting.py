"""Records that fit: what a finished article publishes, and smaller forms of it when the
producer or a topic refuses its size.

Two limits bound a record: the producer's ``max_request_size`` (aiokafka's default, 1 MiB,
checked by the client before sending) and the target topic's ``max.message.bytes`` (checked by
the broker; a topic may set it below the broker's default). The limits are read once at start
(``describe_configs``) so that a record that cannot fit is made smaller before it is sent;
a refusal all the same (a limit lowered at runtime, configs not readable) is handled by the
partition worker with ``shrink``. Either way the step taken is the same:

* an article whose event is too large goes to the DLQ as ``OversizedEvent`` (none of its events
  is published: an article's output is all or nothing);
* a dead letter too large goes as a reduced copy (``Copy``), ending with none at all.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

import structlog
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import (
    KafkaError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
)
from aiokafka.record.default_records import DefaultRecordBatchBuilder

from ...config import Settings
from ...errors import OversizedEvent
from ..broker.clients import PLAINTEXT, Connection, start_or_close
from ..processing import Extracted, Finished, Rejected
from .dead_letters import Copy, Headers, dead_letter_record

log = structlog.get_logger(__name__)

# The producers keep aiokafka's default max_request_size; its check counts key, value and headers.
PRODUCER_MAX_BYTES = 1_048_576
# Refusals caused by one record's content, never by the cluster's state: retrying the same
# record can only fail again. (Every other error is retried; aiokafka's ``retriable`` flag
# cannot tell them apart: KafkaTimeoutError is transient and says retriable=False.)
SIZE_ERRORS: tuple[type[KafkaError], ...] = (
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    RecordTooLargeError,
)


class RecordsRejected(Exception):
    """Records of a batch refused for their size. ``reasons`` maps their index in the batch to
    why; ``attributable`` is False when the refused records may have shared a produce batch
    with the guilty one (the broker refuses whole batches), so the index cannot be trusted."""

    def __init__(self, reasons: dict[int, str], attributable: bool) -> None:
        super().__init__("; ".join(f"#{i}: {why}" for i, why in sorted(reasons.items())))
        self.reasons = reasons
        self.attributable = attributable


@dataclass(frozen=True, slots=True)
class OutRecord:
    topic: str
    key: bytes | None
    value: bytes | None
    headers: Headers

    @property
    def size(self) -> int:
        """Bytes as the producer counts them (and the broker, for a batch of one record)."""
        size: int = DefaultRecordBatchBuilder.estimate_size_in_bytes(
            self.key, self.value, self.headers
        )
        return size


def outgoing(settings: Settings, item: Finished) -> list[OutRecord]:
    """The records ``item`` publishes: its events, or its dead letter (none at ``Copy.NONE``)."""
    outcome = item.outcome
    if isinstance(outcome, Rejected):
        letter = dead_letter_record(outcome.error, item.record, item.copy, item.why)
        if letter is None:
            return []
        return [OutRecord(settings.dlq_topic, letter.key, letter.value, letter.headers)]
    key = outcome.article_id.encode("utf-8")
    return [OutRecord(settings.events_topic, key, e.encode("utf-8"), []) for e in outcome.events]


def shrink(item: Finished, why: str) -> Finished:
    """The next smaller form of ``item``, whose record was refused for ``why``."""
    outcome = item.outcome
    if isinstance(outcome, Extracted):
        error = OversizedEvent(f"events too large: {why}")
        return Finished(item.record, Rejected(outcome.article_id, error))
    if item.copy is Copy.NONE:
        return item
    return replace(item, copy=Copy(item.copy + 1), why=why)


def fit(settings: Settings, batch: list[Finished], limits: dict[str, int]) -> list[Finished]:
    """``batch`` with every record within its topic's limit (and the producer's)."""
    fitted: list[Finished] = []
    for item in batch:
        while too_large := _too_large(settings, item, limits):
            item = shrink(item, too_large)
        fitted.append(item)
    return fitted


def _too_large(settings: Settings, item: Finished, limits: dict[str, int]) -> str:
    for record in outgoing(settings, item):
        topic_limit = limits.get(record.topic, PRODUCER_MAX_BYTES)
        if record.size > min(topic_limit, PRODUCER_MAX_BYTES):
            which = (
                f"the producer's max_request_size {PRODUCER_MAX_BYTES}"
                if topic_limit >= PRODUCER_MAX_BYTES
                else f"the topic's max.message.bytes {topic_limit}"
            )
            return f"a record of {record.size} bytes for {record.topic}, over {which}"
    return ""


# --------------------------------------------------------------- the topics' limits, read once

_limits: dict[tuple[str, tuple[str, ...]], dict[str, int]] = {}
_reading: dict[tuple[str, tuple[str, ...]], asyncio.Future[dict[str, int]]] = {}


async def topic_limits(
    bootstrap: str,
    topics: list[str],
    *,
    connection: Connection = PLAINTEXT,
    fresh: bool = False,
) -> dict[str, int]:
    """``max.message.bytes`` of each of ``topics``, read once per process (every partition's
    publisher asks; ``fresh`` after a refusal: the limit may have been lowered since); {} when
    the configs cannot be read (refusals are handled all the same, one failed try each)."""
    cache_key = (bootstrap, tuple(sorted(topics)))
    if fresh or cache_key not in _limits:
        # One read for all the partitions that ask at once (a new assignment of 50 partitions
        # is one admin connection, not 50); a refusal's fresh read joins one in flight.
        reading = _reading.get(cache_key)
        if reading is None or reading.get_loop() is not asyncio.get_running_loop():
            reading = asyncio.ensure_future(_read_limits(bootstrap, topics, connection))
            _reading[cache_key] = reading
            reading.add_done_callback(
                lambda done: (
                    _reading.pop(cache_key, None) if _reading.get(cache_key) is done else None
                )
            )
        limits = await asyncio.shield(reading)
        if not limits:
            return {}
        _limits[cache_key] = limits
    return dict(_limits[cache_key])


async def _read_limits(bootstrap: str, topics: list[str], connection: Connection) -> dict[str, int]:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="newsevents-admin", **connection
    )
    try:
        await start_or_close(admin)
        try:
            responses = await admin.describe_configs(
                [
                    ConfigResource(ConfigResourceType.TOPIC, t, {"max.message.bytes": None})
                    for t in topics
                ]
            )
        finally:
            await admin.close()
    except Exception as error:  # an optimisation only: refusals are handled all the same
        log.warning("topic_limits_unread", topics=topics, error=repr(error))
        return {}
    limits: dict[str, int] = {}
    for response in responses:
        for error_code, _message, _type, name, entries, *_ in response.resources:
            for entry in entries if error_code == 0 else []:
                if entry[0] == "max.message.bytes" and str(entry[1]).isdigit():
                    limits[name] = int(entry[1])
    log.info("topic_limits", limits=limits)
    return limits
