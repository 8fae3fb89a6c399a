"""Shared fixtures. Kafka-facing tests get a real broker: the configured one, or a local
single-node KRaft broker started for the session (jars fetched from Maven Central once)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    configured = os.environ.get("NEWSEVENTS_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    from newsevents.local_kafka.broker import BrokerError, LocalKafka

    home = Path(os.environ.get("NEWSEVENTS_LOCAL_KAFKA_HOME", REPO_ROOT / ".local" / "kafka"))
    broker = LocalKafka(home / "test-runs", jars_home=home)
    try:
        bootstrap = broker.start()
    except BrokerError as error:
        pytest.fail(f"could not start the local Kafka broker:\n{error}", pytrace=False)
    try:
        yield bootstrap
    finally:
        broker.stop()
