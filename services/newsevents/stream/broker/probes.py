"""What the readiness probe and the lag gauges ask the Kafka consumer, each bounded in time so
that a probe answers within the kubelet's default one-second timeout."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

BROKER_TIMEOUT_S = 0.8
POSITION_TIMEOUT_S = 0.5


async def broker_reachable(consumer: AIOKafkaConsumer) -> bool:
    """A metadata round trip to a broker of the cluster (the consumer's own connections)."""
    try:
        await asyncio.wait_for(consumer.topics(), BROKER_TIMEOUT_S)
    except (TimeoutError, KafkaError, OSError):
        return False
    return True


async def partition_lag(
    consumer: AIOKafkaConsumer, tp: TopicPartition, in_flight: int, *, stable: bool = False
) -> int | None:
    """Records of ``tp`` not yet committed, as the consumer last saw its highwater: unfetched
    ones plus those in flight; None before the consumer knows its highwater or position.
    ``stable``: up to the last stable offset instead (read_committed), so that the records of
    an upstream transaction still open, which the consumer cannot read yet, are not counted."""
    # Assigned now? A scrape may come between a rebalance's revocation and the gauges' list of
    # partitions, and aiokafka asserts on a partition it does not own (a 500 for /metrics).
    if tp not in consumer.assignment():
        return None
    highwater: int | None = consumer.highwater(tp)
    if highwater is None:
        return None
    if stable:
        last_stable: int | None = consumer.last_stable_offset(tp)
        if last_stable is not None and 0 <= last_stable < highwater:
            highwater = last_stable
    try:
        position: int = await asyncio.wait_for(consumer.position(tp), POSITION_TIMEOUT_S)
    except (TimeoutError, KafkaError, AssertionError):  # revoked while we waited
        return None
    return max(0, highwater - position) + in_flight
