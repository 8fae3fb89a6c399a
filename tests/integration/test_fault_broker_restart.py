"""The broker restarts under a running `newsevents run`: it rides it out, exactly once."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.local_kafka.broker import LocalKafka
from tests.conftest import local_broker
from tests.integration import paced_extractor
from tests.integration.conftest import ServiceFactory
from tests.integration.kafka_tools import read_to_end
from tests.integration.service_process import service_env
from tests.integration.workload import (
    CommittedTail,
    article_record,
    compare,
    exactly_once_message,
    expected_events,
    fresh_topics,
    make_articles,
    produce_chunked,
    wait_for_all_events,
)

pytestmark = pytest.mark.kafka

log = logging.getLogger(__name__)

ARTICLES = 1_000
RESTART_AT = 0.2  # share of the expected events on the topic when the broker restarts
COMPLETION_DEADLINE_S = 90.0


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[LocalKafka]:
    """A broker of this test's own (the session one must not restart under other tests)."""
    with local_broker(tmp_path / "kafka") as kafka:
        yield kafka


async def test_broker_restart_mid_stream_keeps_the_service_up_and_exactly_once(
    broker: LocalKafka, service_process: ServiceFactory, record_property
) -> None:
    bootstrap = broker.bootstrap_servers
    topics = await fresh_topics(bootstrap, "broker", partitions=3)
    articles = make_articles(ARTICLES, "broker", seed=2)
    expected = expected_events(articles)
    total = expected.total()
    await produce_chunked(bootstrap, topics.articles, [article_record(a) for a in articles])

    env = service_env(bootstrap, **topics.env(), workers=2, extractor=paced_extractor.EXTRACTOR)
    service = service_process(env, "service")
    await service.start()
    async with CommittedTail(bootstrap, topics.events) as tail:
        reached = await tail.wait_for(
            lambda records: len(records) >= RESTART_AT * total, 60.0, service.ensure_running
        )
        before_restart = len(tail.records)
    assert reached, f"the service published too little in 60 s:\n{service.problems()}"

    started = time.monotonic()
    # Blocking on purpose: the broker must be started from the main thread (see LocalKafka).
    assert broker.restart() == bootstrap
    restart_s = time.monotonic() - started
    assert service.running, f"the service died with the broker:\n{service.tail()}"
    right_after = len(await read_to_end(bootstrap, topics.events))
    assert right_after < total, "the restart came after the end: the test proves nothing"

    found, completed_s = await wait_for_all_events(
        bootstrap, topics.events, expected, COMPLETION_DEADLINE_S, service.ensure_running
    )
    comparison = compare(found, expected)
    figures = {
        "articles": ARTICLES,
        "expected_events": total,
        "events_before_restart": before_restart,
        "events_right_after_restart": right_after,
        "broker_restart_s": round(restart_s, 2),
        "completion_after_restart_s": None if completed_s is None else round(completed_s, 2),
        "articles_lost": comparison.articles_lost,
        "events_lost": comparison.lost_events,
        "events_duplicated": comparison.duplicated_events,
    }
    for name, value in figures.items():
        record_property(name, value)
    log.info("broker restart figures: %s", figures)

    assert service.returncode is None, f"the service exited:\n{service.tail()}"
    assert comparison.exact, exactly_once_message(
        comparison, f"service warnings and errors:\n{service.problems()}"
    )
    service.terminate()
    assert await service.wait(30) == 0, service.tail()
