"""Create the service's topics when they are missing (local runs, tests, first deployments).

``connection``: ``clients.connection_kwargs(settings)`` (security); PLAINTEXT by default, for
the local broker."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from structlog import get_logger

from ...config import Settings
from .clients import PLAINTEXT, Connection, connection_kwargs, start_or_close

log = get_logger(__name__)

_TOPIC_ALREADY_EXISTS = 36


async def ensure_topics(
    bootstrap_servers: str,
    topics: list[str],
    partitions: int,
    replication_factor: int = 1,
    *,
    connection: Connection = PLAINTEXT,
    configs: Mapping[str, str] | None = None,
) -> None:
    """Create the missing ones of ``topics`` (with the topic ``configs``, e.g. a compacted
    ``cleanup.policy``); existing topics are left as they are."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap_servers, client_id="newsevents-admin", **connection
    )
    await start_or_close(admin)
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in dict.fromkeys(topics) if t not in existing]
        if not missing:
            return
        response = await admin.create_topics(
            [
                NewTopic(
                    name=t,
                    num_partitions=partitions,
                    replication_factor=replication_factor,
                    topic_configs=dict(configs or {}),
                )
                for t in missing
            ]
        )
        for topic, code, *rest in response.topic_errors:
            if code not in (0, _TOPIC_ALREADY_EXISTS):
                raise RuntimeError(f"cannot create topic {topic}: error {code} {rest}")
        extra = {"config": dict(configs)} if configs else {}
        log.info("topics_created", topics=missing, partitions=partitions, **extra)
    finally:
        await admin.close()


async def ensure_service_topics(settings: Settings, bootstrap_servers: str) -> None:
    """The articles, backfill, events and dead-letter topics, created with the settings'
    sizes."""
    await ensure_topics(
        bootstrap_servers,
        [
            settings.articles_topic,
            settings.backfill_topic,
            settings.events_topic,
            settings.dlq_topic,
        ],
        settings.topic_partitions,
        settings.topic_replication_factor,
        connection=connection_kwargs(settings),
    )


async def topic_partitions(
    bootstrap_servers: str, topic: str, *, connection: Connection = PLAINTEXT
) -> list[int]:
    """The partition numbers of ``topic``, waiting briefly for a just-created topic."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap_servers, client_id="newsevents-admin", **connection
    )
    await start_or_close(admin)
    try:
        for _ in range(50):
            (description,) = await admin.describe_topics([topic])
            numbers = sorted(p["partition"] for p in description.get("partitions", []))
            if description.get("error_code", 0) == 0 and numbers:
                return numbers
            await asyncio.sleep(0.2)
    finally:
        await admin.close()
    raise RuntimeError(f"topic {topic!r} has no partitions in the cluster metadata")


async def read_to_end(
    bootstrap_servers: str,
    topic: str,
    timeout_s: float = 30.0,
    *,
    connection: Connection = PLAINTEXT,
) -> list[Any]:
    """Every committed record of ``topic`` as of now, all partitions (read_committed)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers,
        enable_auto_commit=False,
        isolation_level="read_committed",
        **connection,
    )
    await start_or_close(consumer)
    try:
        numbers = await topic_partitions(bootstrap_servers, topic, connection=connection)
        partitions = [TopicPartition(topic, n) for n in numbers]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        end = await consumer.end_offsets(partitions)
        records: list[Any] = []
        async with asyncio.timeout(timeout_s):
            while [tp for tp in partitions if await consumer.position(tp) < end[tp]]:
                for partition_records in (await consumer.getmany(timeout_ms=200)).values():
                    records.extend(partition_records)
        return records
    finally:
        await consumer.stop()
