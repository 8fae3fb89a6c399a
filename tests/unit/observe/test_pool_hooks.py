"""The extraction pool tells the metrics of each extraction attempt and each replaced pool."""

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.errors import ExtractionFailed
from newsevents.observe.metrics import ServiceMetrics
from newsevents.stream.pool.extractor_pool import ExtractorPool

EXTRACTOR = "tests.unit.pool_extractors:misbehaving"


def _article(body: str) -> ArticleMessage:
    return ArticleMessage(id="a", body=body, published_at="2024-03-14T08:00:00Z")  # type: ignore[arg-type]


async def test_attempts_are_timed_and_replaced_pools_counted() -> None:
    metrics = ServiceMetrics("exactly-once")
    pool = ExtractorPool(workers=1, extractor_path=EXTRACTOR, deadline_s=5.0)
    pool.observer = metrics
    assert not pool.warm
    await pool.start()
    try:
        assert pool.warm
        assert await pool.extract(_article("Police arrested a journalist in Mosul."))
        registry = metrics.registry
        assert registry.get_sample_value("newsevents_extraction_seconds_count") == 1
        assert registry.get_sample_value("newsevents_worker_pool_restarts_total") == 0
        with pytest.raises(ExtractionFailed, match="died twice"):
            await pool.extract(_article("CRASH"))
        # The article killed its worker twice: two new pools, three attempts in all.
        assert registry.get_sample_value("newsevents_worker_pool_restarts_total") == 2
        assert registry.get_sample_value("newsevents_extraction_seconds_count") == 3
        seconds = registry.get_sample_value("newsevents_extraction_seconds_sum")
        assert seconds is not None and 0 < seconds < 60
    finally:
        pool.close()
