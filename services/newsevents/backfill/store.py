"""Where checkpoints live: a compacted topic (``NEWSEVENTS_REPLAY_CHECKPOINT_TOPIC``), one key
per run, read back ``read_committed`` so that a checkpoint of an aborted transaction (a killed
replay's last, unfinished one) is never seen.

In Kafka rather than a local file so that any machine with the run id can resume it or ask its
status, and so that the checkpoint can share a transaction with the records it covers.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from ..config import Settings
from ..stream.clients import connection_kwargs, start_or_close
from ..stream.topics import topic_partitions
from .checkpoint import Checkpoint

__all__ = ["ensure_checkpoint_topic", "read_checkpoint"]

log = structlog.get_logger(__name__)

_TOPIC_ALREADY_EXISTS = 36
# Compaction keeps each run's last checkpoint; closed segments are compacted after an hour,
# so a resume reads a few records per run, not one per transaction since the beginning.
CHECKPOINT_TOPIC_CONFIG = {"cleanup.policy": "compact", "segment.ms": "3600000"}


async def ensure_checkpoint_topic(settings: Settings, bootstrap: str) -> None:
    """The checkpoint topic, created compacted with one partition when missing."""
    topic = settings.replay_checkpoint_topic
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="newsevents-admin", **connection_kwargs(settings)
    )
    await start_or_close(admin)
    try:
        if topic in set(await admin.list_topics()):
            return
        new = NewTopic(
            name=topic,
            num_partitions=1,
            replication_factor=settings.topic_replication_factor,
            topic_configs=CHECKPOINT_TOPIC_CONFIG,
        )
        response = await admin.create_topics([new])
        for name, code, *rest in response.topic_errors:
            if code not in (0, _TOPIC_ALREADY_EXISTS):
                raise RuntimeError(f"cannot create topic {name}: error {code} {rest}")
        log.info("topics_created", topics=[topic], partitions=1, config=CHECKPOINT_TOPIC_CONFIG)
    finally:
        await admin.close()


async def read_checkpoint(
    settings: Settings, bootstrap: str, run_id: str, timeout_s: float = 60.0
) -> Checkpoint | None:
    """The last committed checkpoint of ``run_id``, or None if it has none."""
    topic = settings.replay_checkpoint_topic
    connection = connection_kwargs(settings)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        isolation_level="read_committed",
        **connection,
    )
    await start_or_close(consumer)
    key = run_id.encode()
    last: bytes | None = None
    try:
        numbers = await topic_partitions(bootstrap, topic, connection=connection)
        partitions = [TopicPartition(topic, n) for n in numbers]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        # read_committed: the end is the last stable offset, behind any open transaction.
        end = await consumer.end_offsets(partitions)
        async with asyncio.timeout(timeout_s):
            while [tp for tp in partitions if await consumer.position(tp) < end[tp]]:
                batch: dict[Any, list[Any]] = await consumer.getmany(timeout_ms=200)
                for records in batch.values():
                    for record in records:
                        if record.key == key:
                            last = record.value
    finally:
        await consumer.stop()
    return Checkpoint.decode(last) if last else None
