"""Extraction in worker processes: results, deadline, killed workers, crashes, errors."""

from __future__ import annotations

import time

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.errors import ExtractionFailed, ExtractionTimeout
from newsevents.stream.extractor_pool import ExtractorPool

EXTRACTOR = "tests.unit.pool_extractors:misbehaving"


def _article(body: str) -> ArticleMessage:
    return ArticleMessage(id="a", body=body, published_at="2024-03-14T08:00:00Z")  # type: ignore[arg-type]


@pytest.fixture
async def pool():  # type: ignore[no-untyped-def]
    extractor_pool = ExtractorPool(workers=2, extractor_path=EXTRACTOR, deadline_s=1.0)
    await extractor_pool.start()
    yield extractor_pool
    extractor_pool.close()


async def test_events_come_back_serialised(pool: ExtractorPool) -> None:
    """The worker returns the events as JSON, the same as in-process extraction."""
    (event,) = await pool.extract(_article("Turkish forces shelled Tal Rifaat on Monday."))
    assert EventMessage.model_validate_json(event).event_type == "shelling"


async def test_deadline_interrupts_the_extractor(pool: ExtractorPool) -> None:
    """A slow extraction ends as ExtractionTimeout after the deadline, and the pool goes on."""
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="deadline"):
        await pool.extract(_article("SLEEP"))
    assert time.monotonic() - started < 4
    assert await pool.extract(_article("Police arrested a journalist in Mosul."))


async def test_a_worker_deaf_to_its_timer_is_killed(pool: ExtractorPool) -> None:
    """Stuck where the timer cannot reach: the pool is replaced after deadline + grace."""
    with pytest.raises(ExtractionTimeout, match="killed"):
        await pool.extract(_article("DEAF"))
    assert await pool.extract(_article("Police arrested a journalist in Mosul."))


async def test_a_crashing_article_is_failed_after_two_dead_workers(pool: ExtractorPool) -> None:
    """The process dies on this article twice: ExtractionFailed, not a dead service."""
    with pytest.raises(ExtractionFailed, match="died twice"):
        await pool.extract(_article("CRASH"))
    assert await pool.extract(_article("Police arrested a journalist in Mosul."))


async def test_extractor_exceptions_become_extraction_failed(pool: ExtractorPool) -> None:
    """The reason names the exception."""
    with pytest.raises(ExtractionFailed, match="ValueError: no good"):
        await pool.extract(_article("RAISE"))
