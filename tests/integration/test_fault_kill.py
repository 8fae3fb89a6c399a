"""SIGKILL of `newsevents run` mid-stream, then a restart: every article's events exactly once."""

from __future__ import annotations

import logging
import time

import pytest

from newsevents.extraction.pipeline import extract_events
from tests.integration.conftest import ServiceFactory
from tests.integration.kafka_tools import read_to_end
from tests.integration.service_process import service_env
from tests.integration.workload import (
    NO_EVENT_TEMPLATES,
    TEMPLATES,
    CommittedTail,
    article_record,
    compare,
    event_keys,
    exactly_once_message,
    expected_events,
    fresh_topics,
    make_articles,
    produce_chunked,
    wait_for_all_events,
)

pytestmark = pytest.mark.kafka

log = logging.getLogger(__name__)

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
    kafka_bootstrap: str, service_process: ServiceFactory, record_property
) -> None:
    topics = await fresh_topics(kafka_bootstrap, "kill", partitions=3)
    articles = make_articles(ARTICLES, "kill", seed=1)
    expected = expected_events(articles)
    total = expected.total()
    await produce_chunked(kafka_bootstrap, topics.articles, [article_record(a) for a in articles])
    env = service_env(kafka_bootstrap, **topics.env(), workers=2)

    first = service_process(env, "first")
    await first.start()
    async with CommittedTail(kafka_bootstrap, topics.events) as tail:
        reached = await tail.wait_for(
            lambda records: len(records) >= KILL_AT * total, 60.0, first.ensure_running
        )
    assert reached, f"the first service published too little in 60 s:\n{first.problems()}"
    first.kill()
    at_kill = compare(event_keys(await read_to_end(kafka_bootstrap, topics.events)), expected)
    log.info("killed the first service at: %s", at_kill)
    assert at_kill.lost_events > 0, "the kill came after the end: the test proves nothing"

    second = service_process(env, "second")
    restarted = time.monotonic()
    startup_s = await second.start()
    found, completed_s = await wait_for_all_events(
        kafka_bootstrap, topics.events, expected, RECOVERY_DEADLINE_S, second.ensure_running
    )
    recovery_s = None if completed_s is None else time.monotonic() - restarted - 1.0
    comparison = compare(found, expected)
    figures = {
        "articles": ARTICLES,
        "expected_events": total,
        "events_at_kill": at_kill.found_events,
        "startup_s": round(startup_s, 2),
        "recovery_s": None if recovery_s is None else round(recovery_s, 2),
        "articles_lost": comparison.articles_lost,
        "events_lost": comparison.lost_events,
        "events_duplicated": comparison.duplicated_events,
    }
    for name, value in figures.items():
        record_property(name, value)
    log.info("kill/restart figures: %s", figures)

    assert comparison.exact, exactly_once_message(
        comparison,
        f"recovery: {figures['recovery_s']} s after the restart (deadline {RECOVERY_DEADLINE_S} s)",
        f"second service warnings:\n{second.problems()}",
    )
    assert second.running, f"the restarted service exited:\n{second.tail()}"
    second.terminate()
    assert await second.wait(30) == 0, second.tail()
