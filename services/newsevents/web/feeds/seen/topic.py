"""The seen topic: created compacted, checked at start, and the partition of each feed's site.

Every replica must map a site to the same partition, so the count is read from the cluster
(not from ``NEWSEVENTS_TOPIC_PARTITIONS``) and the hash is SHA-256, not Python's salted
``hash``. Adding partitions to the topic later moves sites to partitions that hold none of
their markers: their items in the feed at that moment are published again (README, "Feeds").
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from ....config import Settings
from ....failures import BadConfiguration
from ....stream.broker.clients import connection_kwargs, start_or_close
from ....stream.broker.topics import ensure_topics, topic_partitions

__all__ = ["SeenTopic", "prepare_seen_topic", "site_partition"]


@dataclass(frozen=True, slots=True)
class SeenTopic:
    name: str
    partitions: int
    retention_s: float | None  # markers older than this are deleted by the broker; None: never


def site_partition(site: str, partitions: int) -> int:
    """The seen-topic partition of a site (``host[:port]``)."""
    digest = hashlib.sha256(site.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % partitions


async def prepare_seen_topic(settings: Settings, bootstrap: str) -> SeenTopic:
    """Create the seen topic when missing (``NEWSEVENTS_CREATE_TOPICS``), then check that it is
    compacted; raises ``BadConfiguration`` when it is not (its markers would expire, and the
    poller would publish old items again)."""
    name = settings.feeds_seen_topic
    connection = connection_kwargs(settings)
    if settings.create_topics:
        retention_ms = int(settings.feeds_seen_retention_days * 86_400_000)
        configs = (
            {"cleanup.policy": "compact,delete", "retention.ms": str(retention_ms)}
            if retention_ms
            else {"cleanup.policy": "compact", "retention.ms": "-1"}
        )
        await ensure_topics(
            bootstrap,
            [name],
            settings.topic_partitions,
            settings.topic_replication_factor,
            connection=connection,
            configs=configs,
        )
    policy, retention_ms = await _policy(bootstrap, name, connection)
    if "compact" not in policy:
        raise BadConfiguration(
            f"the seen topic {name} has cleanup.policy={policy or 'unknown'}: it must be "
            "compacted, or the poller forgets what it published",
            f"kafka-configs --alter --entity-type topics --entity-name {name} --add-config "
            "cleanup.policy=compact (or set NEWSEVENTS_FEEDS_SEEN_TOPIC to a new topic)",
        )
    partitions = len(await topic_partitions(bootstrap, name, connection=connection))
    retention_s = retention_ms / 1000 if "delete" in policy and retention_ms > 0 else None
    return SeenTopic(name, partitions, retention_s)


async def _policy(bootstrap: str, topic: str, connection: dict[str, object]) -> tuple[str, int]:
    """The topic's ``cleanup.policy`` and ``retention.ms``, waiting briefly for a topic just
    created (its configuration is not described until the metadata has spread)."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="newsevents-admin", **connection
    )
    await start_or_close(admin)
    try:
        for attempt in range(50):
            values, problem = await _describe(admin, topic)
            if problem is None:
                break
            if attempt == 49:
                raise BadConfiguration(
                    f"cannot read the configuration of the seen topic {topic}: {problem}",
                    "create it compacted, or let the poller create it (NEWSEVENTS_CREATE_TOPICS)",
                )
            await asyncio.sleep(0.2)
    finally:
        await admin.close()
    retention = values.get("retention.ms", "-1")
    return values.get("cleanup.policy", ""), int(retention) if retention.lstrip(
        "-"
    ).isdigit() else -1


async def _describe(admin: AIOKafkaAdminClient, topic: str) -> tuple[dict[str, str], str | None]:
    responses = await admin.describe_configs(
        [
            ConfigResource(
                ConfigResourceType.TOPIC, topic, {"cleanup.policy": None, "retention.ms": None}
            )
        ]
    )
    values: dict[str, str] = {}
    for response in responses:
        for error_code, message, _type, _name, entries, *_ in response.resources:
            if error_code:
                return {}, f"error {error_code} {message or ''}".strip()
            for entry in entries:
                values[str(entry[0])] = str(entry[1])
    return values, None
