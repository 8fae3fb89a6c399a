"""Small real-broker helpers for the integration tests: topics, produce, collect, run, and
what the admin client says about a consumer group."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from newsevents.config import Settings
from newsevents.stream.broker.clients import PLAINTEXT, Connection
from newsevents.stream.broker.topics import ensure_service_topics, read_to_end, topic_partitions
from newsevents.stream.service import EventService

__all__ = [
    "GroupState",
    "admin_client",
    "collect",
    "committed_offsets",
    "describe_group",
    "fresh_settings",
    "produce",
    "read_settled",
    "read_to_end",
    "running_service",
]


async def fresh_settings(bootstrap: str, **overrides: Any) -> Settings:
    """Settings with topics and group of their own, so tests never see each other's data."""
    suffix = uuid.uuid4().hex[:8]
    fields: dict[str, Any] = {
        "bootstrap_servers": bootstrap,
        "articles_topic": f"articles-{suffix}",
        "backfill_topic": f"articles-{suffix}.backfill",
        "events_topic": f"events-{suffix}",
        "dlq_topic": f"articles-{suffix}.dlq",
        "group_id": f"newsevents-{suffix}",
        "poll_timeout_ms": 200,
    }
    settings = Settings(**{**fields, **overrides})
    await ensure_service_topics(settings, bootstrap)
    return settings


async def produce(
    bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes | None]]
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        futures = [await producer.send(topic, value=value, key=key) for key, value in records]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def collect(
    bootstrap: str,
    topic: str,
    done: Callable[[list[Any]], bool],
    timeout_s: float = 60.0,
    *,
    connection: Connection = PLAINTEXT,
) -> list[Any]:
    """Records of ``topic`` from the start, read_committed, until ``done(records)`` holds
    (over a secured listener with ``connection``: ``clients.connection_kwargs(settings)``)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        isolation_level="read_committed",
        **connection,
    )
    await consumer.start()
    records: list[Any] = []
    try:
        async with asyncio.timeout(timeout_s):
            while not done(records):
                batch = await consumer.getmany(timeout_ms=200)
                for partition_records in batch.values():
                    records.extend(partition_records)
    except TimeoutError:
        pass  # the caller's assertions say what is missing
    finally:
        await consumer.stop()
    return records


async def read_settled(bootstrap: str, topic: str, timeout_s: float = 120.0) -> list[Any]:
    """Every committed record of ``topic`` once no transaction on it is open.

    A transaction's commit returns, and the group's offsets show it, once the coordinator has
    decided it; the data partitions' markers are written after that (their last stable offset
    trails the log end meanwhile, and a busy machine widens the gap). ``read_to_end`` alone
    reads up to the last stable offset as of now, so right after a commit it can miss the
    committed transaction's records. The deadline outlasts a transaction a stopped producer
    left open (the broker aborts it after the producer's 60 s transaction timeout).
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed")
    everything = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_uncommitted")
    await consumer.start()
    await everything.start()
    try:
        partitions = [TopicPartition(topic, n) for n in await topic_partitions(bootstrap, topic)]
        async with asyncio.timeout(timeout_s):
            while await consumer.end_offsets(partitions) != await everything.end_offsets(
                partitions
            ):
                await asyncio.sleep(0.1)
    finally:
        await consumer.stop()
        await everything.stop()
    return await read_to_end(bootstrap, topic)


@contextlib.asynccontextmanager
async def running_service(settings: Settings) -> AsyncIterator[EventService]:
    assert settings.bootstrap_servers
    service = EventService(settings, settings.bootstrap_servers)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    try:
        # Generous: on a fresh machine the workers build the gazetteer cache first (~10 s).
        async with asyncio.timeout(120):
            while not service.ready.is_set():
                if task.done():
                    task.result()
                await asyncio.sleep(0.05)
        yield service
    finally:
        stop.set()
        await task


@contextlib.asynccontextmanager
async def admin_client(bootstrap: str) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="integration-tests-admin")
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


async def committed_offsets(bootstrap: str, group_id: str) -> dict[TopicPartition, int]:
    """The group's committed offset of each partition it has committed on."""
    async with admin_client(bootstrap) as admin:
        offsets = await admin.list_consumer_group_offsets(group_id)
    return {tp: meta.offset for tp, meta in offsets.items()}


@dataclass(frozen=True, slots=True)
class GroupState:
    state: str
    assignments: dict[str, list[int]]  # client id -> partitions of the articles topic


async def describe_group(bootstrap: str, group: str, topic: str) -> GroupState:
    """The consumer group's state and which member (by client id) owns which partitions."""
    async with admin_client(bootstrap) as admin:
        (response,) = await admin.describe_consumer_groups([group])
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
