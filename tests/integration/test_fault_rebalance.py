"""Two `newsevents run` replicas in one group; one is SIGKILLed mid-run; the other takes over."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.integration import paced_extractor
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import exactly_once_message
from tests.integration.kafka_tools import GroupState, describe_group
from tests.integration.workload import Workload

pytestmark = pytest.mark.kafka

ARTICLES = 1_500
PARTITIONS = 4
KILL_AT = 0.3  # share of the expected events on the topic when one replica is killed
COMPLETION_DEADLINE_S = 90.0


async def test_replica_killed_mid_run_the_other_takes_over_exactly_once(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    workload = await Workload.create(
        kafka_bootstrap, "rebalance", ARTICLES, seed=3, partitions=PARTITIONS
    )
    topics = workload.topics
    total = workload.expected.total()

    def env(client_id: str) -> dict[str, str]:
        return workload.service_env(
            workers=2, client_id=client_id, extractor=paced_extractor.EXTRACTOR
        )

    survivor = service_process(env("replica-a"), "replica-a")
    victim = service_process(env("replica-b"), "replica-b")
    await survivor.start()
    await victim.start()

    # Both replicas own partitions before any article arrives.
    group = GroupState("", {})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        survivor.ensure_running()
        victim.ensure_running()
        group = await describe_group(kafka_bootstrap, topics.group, topics.articles)
        if (
            group.state == "Stable"
            and group.assignments.get("replica-a")
            and group.assignments.get("replica-b")
        ):
            break
        await asyncio.sleep(0.3)
    assert group.assignments.get("replica-a") and group.assignments.get("replica-b"), (
        f"both replicas should own partitions of the {PARTITIONS}: {group}"
    )

    await workload.produce()

    def check() -> None:
        survivor.ensure_running()
        victim.ensure_running()

    at_kill = await workload.wait_for_share(KILL_AT, 60.0, check)
    assert at_kill >= KILL_AT * total, (
        f"the replicas published too little in 60 s:\n{victim.problems()}"
    )
    victim.kill()
    killed = time.monotonic()

    comparison, completed_s = await workload.wait_for_all(
        COMPLETION_DEADLINE_S, survivor.ensure_running
    )
    takeover_s = None if completed_s is None else time.monotonic() - killed - 1.0
    group_after = await describe_group(kafka_bootstrap, topics.group, topics.articles)
    figures = {
        **workload.figures(),
        "events_at_kill": at_kill,
        "assignment_before_kill": group.assignments,
        "assignment_after": group_after.assignments,
        "completion_after_kill_s": None if takeover_s is None else round(takeover_s, 2),
        **comparison.figures(),
    }
    record_figures("rebalance", figures)

    assert comparison.exact, exactly_once_message(
        comparison,
        f"survivor warnings and errors:\n{survivor.problems()}",
        f"victim warnings and errors:\n{victim.problems()}",
    )
    assert survivor.running, f"the surviving replica exited:\n{survivor.tail()}"
    assert group_after.assignments == {"replica-a": list(range(PARTITIONS))}, (
        f"the survivor should own every partition after the takeover: {group_after}"
    )
    assert await survivor.stop(30) == 0, survivor.tail()
