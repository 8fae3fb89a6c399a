"""The broker restarts under a running `newsevents run`: it rides it out, exactly once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.local_kafka.broker import LocalKafka
from tests.conftest import local_broker
from tests.integration import paced_extractor
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import exactly_once_message
from tests.integration.kafka_tools import read_to_end
from tests.integration.workload import Workload

pytestmark = pytest.mark.kafka

ARTICLES = 1_000
RESTART_AT = 0.2  # share of the expected events on the topic when the broker restarts
COMPLETION_DEADLINE_S = 90.0


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[LocalKafka]:
    """A broker of this test's own (the session one must not restart under other tests)."""
    with local_broker(tmp_path / "kafka") as kafka:
        yield kafka


async def test_broker_restart_mid_stream_keeps_the_service_up_and_exactly_once(
    broker: LocalKafka, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    bootstrap = broker.bootstrap_servers
    workload = await Workload.create(bootstrap, "broker", ARTICLES, seed=2, partitions=3)
    total = workload.expected.total()
    await workload.produce()

    env = workload.service_env(workers=2, extractor=paced_extractor.EXTRACTOR)
    service = service_process(env, "service")
    await service.start()
    before_restart = await workload.wait_for_share(RESTART_AT, 60.0, service.ensure_running)
    assert before_restart >= RESTART_AT * total, (
        f"the service published too little in 60 s:\n{service.problems()}"
    )

    started = time.monotonic()
    # Blocking on purpose: the broker must be started from the main thread (see LocalKafka).
    assert broker.restart() == bootstrap
    restart_s = time.monotonic() - started
    assert service.running, f"the service died with the broker:\n{service.tail()}"
    right_after = len(await read_to_end(bootstrap, workload.topics.events))
    assert right_after < total, "the restart came after the end: the test proves nothing"

    comparison, completed_s = await workload.wait_for_all(
        COMPLETION_DEADLINE_S, service.ensure_running
    )
    record_figures(
        "broker restart",
        {
            **workload.figures(),
            "events_before_restart": before_restart,
            "events_right_after_restart": right_after,
            "broker_restart_s": round(restart_s, 2),
            "completion_after_restart_s": None if completed_s is None else round(completed_s, 2),
            **comparison.figures(),
            # The Kafka client's own lines (warnings of the restart), each a JSON line too.
            "client_log_lines": sum(
                str(line.get("logger", "")).startswith("aiokafka") for line in service.lines()
            ),
        },
    )

    assert service.returncode is None, f"the service exited:\n{service.tail()}"
    assert comparison.exact, exactly_once_message(
        comparison, f"service warnings and errors:\n{service.problems()}"
    )
    assert await service.stop(30) == 0, service.tail()
    # Issue 12, item 3: the restart makes the Kafka client log; a JSON-per-line log pipeline
    # must get nothing but JSON objects (plain-text client lines came through before).
    assert service.not_json() == [], service.not_json()[:10]
