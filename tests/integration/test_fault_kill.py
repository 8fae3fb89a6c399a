"""SIGKILL of `newsevents run` mid-stream, then a restart: every article's events exactly once."""

from __future__ import annotations

import time

import pytest

from newsevents.extraction.pipeline import extract_events
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import (
    compare,
    event_keys,
    exactly_once_message,
)
from tests.integration.kafka_tools import read_to_end
from tests.integration.workload import NO_EVENT_TEMPLATES, TEMPLATES, Workload, make_articles

pytestmark = pytest.mark.kafka

ARTICLES = 2_000
KILL_AT = 0.2  # share of the expected events on the topic when the service is killed
RECOVERY_DEADLINE_S = 90.0


def test_workload_templates_yield_events() -> None:
    """The generated articles are worth checking: all but the no-event templates yield events."""
    (sample,) = make_articles(1, "tpl")
    counts = [
        len(extract_events(sample.model_copy(update={"body": t.format(town=town, day=day, n=7)})))
        for t in TEMPLATES
        for town, day in (("Raqqa", "Monday"), ("Mosul", "March 3"), ("Taiz", "last week"))
    ]
    with_events = sum(1 for n in counts if n >= 1)
    assert with_events >= 3 * (len(TEMPLATES) - NO_EVENT_TEMPLATES), counts
    assert len({a.id for a in make_articles(ARTICLES, "x")}) == ARTICLES


async def test_sigkill_mid_stream_then_restart_publishes_every_event_exactly_once(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    workload = await Workload.create(kafka_bootstrap, "kill", ARTICLES, seed=1, partitions=3)
    total = workload.expected.total()
    await workload.produce()
    env = workload.service_env(workers=2)

    first = service_process(env, "first")
    await first.start()
    published = await workload.wait_for_share(KILL_AT, 60.0, first.ensure_running)
    assert published >= KILL_AT * total, (
        f"the first service published too little in 60 s:\n{first.problems()}"
    )
    first.kill()
    published_at_kill = await read_to_end(kafka_bootstrap, workload.topics.events)
    at_kill = compare(event_keys(published_at_kill), workload.expected)
    assert at_kill.lost_events > 0, "the kill came after the end: the test proves nothing"

    second = service_process(env, "second")
    restarted = time.monotonic()
    startup_s = await second.start()
    comparison, completed_s = await workload.wait_for_all(
        RECOVERY_DEADLINE_S, second.ensure_running
    )
    recovery_s = None if completed_s is None else time.monotonic() - restarted - 1.0
    figures = {
        **workload.figures(),
        "events_at_kill": at_kill.found_events,
        "startup_s": round(startup_s, 2),
        "recovery_s": None if recovery_s is None else round(recovery_s, 2),
        **comparison.figures(),
    }
    record_figures("kill/restart", figures)

    assert comparison.exact, exactly_once_message(
        comparison,
        f"recovery: {figures['recovery_s']} s after the restart (deadline {RECOVERY_DEADLINE_S} s)",
        f"second service warnings:\n{second.problems()}",
    )
    assert second.running, f"the restarted service exited:\n{second.tail()}"
    assert await second.stop(30) == 0, second.tail()
