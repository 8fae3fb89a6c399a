"""Shared fixtures. Kafka-facing tests get a real broker: the configured one, or a local
single-node KRaft broker started for the session (jars fetched from Maven Central once)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.local_kafka.broker import BrokerError, LocalKafka

# Every service a test starts (in this process, or a process inheriting this environment) serves
# /metrics on a free local port: services and test runs side by side must not fight over 9464.
os.environ.setdefault("NEWSEVENTS_METRICS_PORT", "0")
os.environ.setdefault("NEWSEVENTS_METRICS_HOST", "127.0.0.1")

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "seeds"


JARS_HOME = Path(os.environ.get("NEWSEVENTS_LOCAL_KAFKA_HOME", REPO_ROOT / ".local" / "kafka"))


@contextlib.contextmanager
def local_broker(data_home: Path) -> Iterator[LocalKafka]:
    """A started local broker with its data under ``data_home``; a start failure fails the test
    with the broker log's tail."""
    broker = LocalKafka(data_home, jars_home=JARS_HOME)
    try:
        broker.start()
    except BrokerError as error:
        pytest.fail(f"could not start the local Kafka broker:\n{error}", pytrace=False)
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    configured = os.environ.get("NEWSEVENTS_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    with local_broker(JARS_HOME / "test-runs") as broker:
        yield broker.bootstrap_servers
