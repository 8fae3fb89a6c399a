"""Two `newsevents run` replicas in one group; one is SIGKILLed mid-run; the other takes over."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from tests.integration import paced_extractor
from tests.integration.conftest import ServiceFactory
from tests.integration.service_process import service_env
from tests.integration.workload import (
    CommittedTail,
    GroupState,
    article_record,
    compare,
    describe_group,
    exactly_once_message,
    expected_events,
    fresh_topics,
    make_articles,
    produce_chunked,
    wait_for_all_events,
)

pytestmark = pytest.mark.kafka

log = logging.getLogger(__name__)

ARTICLES = 1_500
PARTITIONS = 4
KILL_AT = 0.3  # share of the expected events on the topic when one replica is killed
COMPLETION_DEADLINE_S = 90.0


async def test_replica_killed_mid_run_the_other_takes_over_exactly_once(
    kafka_bootstrap: str, service_process: ServiceFactory, record_property
) -> None:
    topics = await fresh_topics(kafka_bootstrap, "rebalance", partitions=PARTITIONS)
    articles = make_articles(ARTICLES, "rebalance", seed=3)
    expected = expected_events(articles)
    total = expected.total()

    def env(client_id: str) -> dict[str, str]:
        return service_env(
            kafka_bootstrap,
            **topics.env(),
            workers=2,
            client_id=client_id,
            extractor=paced_extractor.EXTRACTOR,
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
    record_property("assignment_before_kill", str(group.assignments))

    await produce_chunked(kafka_bootstrap, topics.articles, [article_record(a) for a in articles])
    async with CommittedTail(kafka_bootstrap, topics.events) as tail:

        def check() -> None:
            survivor.ensure_running()
            victim.ensure_running()

        reached = await tail.wait_for(lambda r: len(r) >= KILL_AT * total, 60.0, check)
        at_kill = len(tail.records)
    assert reached, f"the replicas published too little in 60 s:\n{victim.problems()}"
    victim.kill()
    killed = time.monotonic()

    found, completed_s = await wait_for_all_events(
        kafka_bootstrap, topics.events, expected, COMPLETION_DEADLINE_S, survivor.ensure_running
    )
    takeover_s = None if completed_s is None else time.monotonic() - killed - 1.0
    group_after = await describe_group(kafka_bootstrap, topics.group, topics.articles)
    comparison = compare(found, expected)
    figures = {
        "articles": ARTICLES,
        "expected_events": total,
        "events_at_kill": at_kill,
        "assignment_before_kill": group.assignments,
        "assignment_after": group_after.assignments,
        "completion_after_kill_s": None if takeover_s is None else round(takeover_s, 2),
        "articles_lost": comparison.articles_lost,
        "events_lost": comparison.lost_events,
        "events_duplicated": comparison.duplicated_events,
    }
    for name, value in figures.items():
        record_property(name, str(value))
    log.info("rebalance figures: %s", figures)

    assert comparison.exact, exactly_once_message(
        comparison,
        f"survivor warnings and errors:\n{survivor.problems()}",
        f"victim warnings and errors:\n{victim.problems()}",
    )
    assert survivor.running, f"the surviving replica exited:\n{survivor.tail()}"
    assert group_after.assignments == {"replica-a": list(range(PARTITIONS))}, (
        f"the survivor should own every partition after the takeover: {group_after}"
    )
    survivor.terminate()
    assert await survivor.wait(30) == 0, survivor.tail()
