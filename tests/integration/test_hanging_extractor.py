"""An extraction that never returns is dead-lettered after the per-article deadline, and the
articles after it in the same partition are still processed."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.stream.publish.dead_letters import header_dict
from tests.integration import hanging_extractor
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import (
    compare,
    event_keys,
    exactly_once_message,
    expected_events,
    wait_for_records,
)
from tests.integration.kafka_tools import read_to_end
from tests.integration.service_process import service_env
from tests.integration.workload import article_record, fresh_topics, make_articles, produce_articles

pytestmark = pytest.mark.kafka

DEADLINE_S = 3
STALL_TIMEOUT_S = 12
WORKERS = 2
# More hanging articles than workers: the pool must get its workers back, not only the stream.
HANGING_AT = (5, 20, 21)
ARTICLES = 40
COMPLETION_DEADLINE_S = 60.0


def _hanging(article: ArticleMessage) -> ArticleMessage:
    body = f"{hanging_extractor.MARKER} {article.body}"
    return article.model_copy(update={"id": f"{article.id}-hang", "body": body})


async def test_hanging_extraction_is_dead_lettered_and_the_partition_goes_on(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    articles = make_articles(ARTICLES, "hang", seed=5)
    for at in HANGING_AT:
        articles[at] = _hanging(articles[at])
    hanging = {a.id for a in articles if hanging_extractor.MARKER in a.body}
    normal = [a for a in articles if a.id not in hanging]
    expected = expected_events(normal)
    assert expected.total() >= 30, "the articles after the hangs must be worth checking"

    topics = await fresh_topics(kafka_bootstrap, "hang", partitions=1)
    await produce_articles(kafka_bootstrap, topics.articles, articles)
    env = service_env(
        kafka_bootstrap,
        **topics.env(),
        workers=WORKERS,
        article_deadline_s=DEADLINE_S,
        # Well above the deadline: the deadline, not the stall watchdog, must handle a hang.
        stall_timeout_s=STALL_TIMEOUT_S,
        extractor=hanging_extractor.EXTRACTOR,
    )
    service = service_process(env, "service")
    await service.start()
    started = time.monotonic()

    await wait_for_records(
        kafka_bootstrap, topics.dlq, len(hanging), COMPLETION_DEADLINE_S, service.ensure_running
    )
    dead_lettered_s = time.monotonic() - started
    await wait_for_records(
        kafka_bootstrap, topics.events, expected.total(), 20.0, service.ensure_running
    )
    completed_s = time.monotonic() - started
    dead = await read_to_end(kafka_bootstrap, topics.dlq)
    found = event_keys(await read_to_end(kafka_bootstrap, topics.events))
    comparison = compare(found, expected)
    figures = {
        "articles": ARTICLES,
        "hanging": len(hanging),
        "dead_letters": len(dead),
        "all_dead_lettered_after_s": round(dead_lettered_s, 2),
        "completed_after_s": round(completed_s, 2),
        **comparison.figures(),
    }
    record_figures("hanging extractor", figures)

    by_key = Counter(record.key.decode() for record in dead)
    assert by_key == Counter(hanging), (
        f"DLQ keys {dict(by_key)} != the hanging articles {sorted(hanging)}\n{service.problems()}"
    )
    originals = {a.id: article_record(a)[1] for a in articles}
    for record in dead:
        headers = header_dict(record.headers)
        assert headers.get("error.class") == "ExtractionTimeout", headers
        assert headers.get("error.reason"), headers
        assert record.value == originals[record.key.decode()], "the original bytes, unchanged"
    assert dead_lettered_s >= DEADLINE_S, "dead-lettered before the deadline ran out"
    assert comparison.exact, exactly_once_message(comparison, service.problems())
    assert service.returncode is None, f"the service died:\n{service.tail()}"
    assert await service.stop(30) == 0, f"no clean stop with hung workers:\n{service.tail()}"
