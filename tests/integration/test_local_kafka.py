"""The local Kafka broker (newsevents.local_kafka) against real Kafka clients."""

from __future__ import annotations

import asyncio
import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import NewTopic

from newsevents.local_kafka.broker import BrokerError, LocalKafka
from tests.conftest import JARS_HOME
from tests.integration.kafka_tools import admin_client, produce

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(
        shutil.which("java") is None or shutil.which("mvn") is None,
        reason="needs java (17+) and mvn to run a local Kafka broker",
    ),
]


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[LocalKafka]:
    kafka = LocalKafka(tmp_path, jars_home=JARS_HOME)
    try:
        yield kafka
    finally:
        kafka.stop()


async def _create_topic(bootstrap: str, topic: str) -> None:
    async with admin_client(bootstrap) as admin:
        await admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])


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
    await produce(bootstrap, topic, [(key, value)])
    assert await _consume_first(bootstrap, topic) == (key, value, 0)

    pid_before = broker.pid
    assert broker.restart() == bootstrap  # same ports, same data dir, no reformat
    assert broker.pid != pid_before
    assert await _consume_first(bootstrap, topic) == (key, value, 0)

    broker.stop()
    assert not broker.running
    assert broker.pid is None


def test_invalid_property_raises_with_log_tail(tmp_path: Path) -> None:
    kafka = LocalKafka(tmp_path, jars_home=JARS_HOME, extra_properties={"num.partitions": "banana"})
    with pytest.raises(BrokerError) as info:
        kafka.start(timeout_s=60)
    message = str(info.value)
    assert "Invalid value banana for configuration num.partitions" in message
    assert "--- last 40 log lines ---" in message
    assert str(kafka.log_path) in message
    assert not kafka.running


def test_port_in_use_raises_with_log_tail(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        kafka = LocalKafka(tmp_path, port=port, jars_home=JARS_HOME)
        with pytest.raises(BrokerError) as info:
            kafka.start(timeout_s=60)
    message = str(info.value)
    assert "exited during startup" in message
    assert "Address already in use" in message
    assert not kafka.running
