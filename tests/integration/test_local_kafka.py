"""The local Kafka broker (newsevents.local_kafka) against real Kafka clients."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from newsevents.local_kafka.broker import BrokerError, LocalKafka

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(
        shutil.which("java") is None or shutil.which("mvn") is None,
        reason="needs java (17+) and mvn to run a local Kafka broker",
    ),
]

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def jars_home() -> Path:
    """Shared across runs: the jars are downloaded once (about 5 s, ~94 jars)."""
    configured = os.environ.get("NEWSEVENTS_LOCAL_KAFKA_HOME")
    return Path(configured) if configured else REPO_ROOT / ".local" / "kafka"


@pytest.fixture
def broker(tmp_path: Path, jars_home: Path) -> Iterator[LocalKafka]:
    kafka = LocalKafka(tmp_path, jars_home=jars_home)
    try:
        yield kafka
    finally:
        kafka.stop()


async def _create_topic(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    finally:
        await admin.close()


async def _produce(bootstrap: str, topic: str, key: bytes, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


async def _consume_first(bootstrap: str, topic: str) -> tuple[bytes | None, bytes | None, int]:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), timeout=30)
    finally:
        await consumer.stop()
    return record.key, record.value, record.offset


async def test_produce_consume_survives_restart(broker: LocalKafka) -> None:
    bootstrap = broker.start()
    assert bootstrap == broker.bootstrap_servers
    assert bootstrap.startswith("127.0.0.1:")
    assert broker.running
    assert broker.log_path.is_file()
    assert "Kafka Server started" in broker.log_path.read_text(errors="replace")

    topic = f"local-kafka-{uuid.uuid4().hex[:8]}"
    key = b"article-42"
    value = "Präsident trifft Kanzlerin in Paris — 2026".encode()
    await _create_topic(bootstrap, topic)
    await _produce(bootstrap, topic, key, value)
    assert await _consume_first(bootstrap, topic) == (key, value, 0)

    pid_before = broker.pid
    assert broker.restart() == bootstrap  # same ports, same data dir, no reformat
    assert broker.pid != pid_before
    assert await _consume_first(bootstrap, topic) == (key, value, 0)

    broker.stop()
    assert not broker.running
    assert broker.pid is None


def test_invalid_property_raises_with_log_tail(tmp_path: Path, jars_home: Path) -> None:
    kafka = LocalKafka(tmp_path, jars_home=jars_home, extra_properties={"num.partitions": "banana"})
    with pytest.raises(BrokerError) as info:
        kafka.start(timeout_s=60)
    message = str(info.value)
    assert "Invalid value banana for configuration num.partitions" in message
    assert "--- last 40 log lines ---" in message
    assert str(kafka.log_path) in message
    assert not kafka.running


def test_port_in_use_raises_with_log_tail(tmp_path: Path, jars_home: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        kafka = LocalKafka(tmp_path, port=port, jars_home=jars_home)
        with pytest.raises(BrokerError) as info:
            kafka.start(timeout_s=60)
    message = str(info.value)
    assert "exited during startup" in message
    assert "Address already in use" in message
    assert not kafka.running
