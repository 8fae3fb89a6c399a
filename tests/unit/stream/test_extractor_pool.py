"""Extraction in worker processes: results, deadline, killed workers, crashes, errors."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.errors import ExtractionFailed, ExtractionTimeout
from newsevents.stream.flow.live_first import Lane
from newsevents.stream.pool.extractor_pool import ExtractorPool

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


# The deadline covers the article's own extraction: never a load, a process start or a queue.
LOADING = "tests.unit.loading_extractors:extract"


async def test_a_warm_up_that_failed_at_start_is_retried_before_the_timer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The load (1.5 s) is longer than the deadline (1 s): if the first article paid it, every
    article would time out, since a load the timer cuts is not kept."""
    monkeypatch.setenv("LOADING_WARM_UP", "fail-once")
    pool = ExtractorPool(workers=1, extractor_path=LOADING, deadline_s=1.0)
    try:
        await pool.start()
        assert await pool.extract(_article("Police arrested a journalist in Mosul.")) == []
        assert await pool.extract(_article("Police arrested two journalists in Mosul.")) == []
    finally:
        pool.close()


async def test_the_pool_is_ready_only_when_every_worker_has_loaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """One worker loads at once, the other takes 1.5 s. An article sent while the quick one
    is stuck must go to the other, loaded, worker at once, not wait for its load under the
    outer timer (deadline 0.5 s + grace 0.5 s) until the pool is killed."""
    monkeypatch.setenv("LOADING_WARM_UP", "one-slow")
    monkeypatch.setenv("LOADING_TOKEN", str(tmp_path / "first"))
    pool = ExtractorPool(workers=2, extractor_path=LOADING, deadline_s=0.5, hard_grace_s=0.5)
    try:
        await pool.start()
        stuck = asyncio.ensure_future(pool.extract(_article("DEAF")))
        await asyncio.sleep(0.1)
        assert await pool.extract(_article("Police arrested a journalist in Mosul.")) == []
        assert not stuck.done(), "the article waited until the stuck worker was killed"
        with pytest.raises(ExtractionTimeout, match="killed"):
            await stuck
    finally:
        pool.close()


async def test_an_article_waiting_for_a_slot_waits_for_the_new_pool_to_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The deaf article gets the pool replaced; the article queued behind it must not start
    its outer timer (0.5 s + 0.5 s) while the new worker loads (1.5 s)."""
    monkeypatch.setenv("LOADING_WARM_UP", "slow")
    pool = ExtractorPool(workers=1, extractor_path=LOADING, deadline_s=0.5, hard_grace_s=0.5)
    try:
        await pool.start()
        stuck = asyncio.ensure_future(pool.extract(_article("DEAF")))
        queued = asyncio.ensure_future(pool.extract(_article("Police arrested a journalist.")))
        with pytest.raises(ExtractionTimeout, match="killed"):
            await stuck
        assert await queued == []
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("backfill_lane", "expected"),
    [
        (Lane.BACKFILL, ["busy", "live", "backfill-0", "backfill-1", "backfill-2"]),
        # The same lane for all (NEWSEVENTS_LIVE_FIRST=false): arrival order.
        (Lane.LIVE, ["busy", "backfill-0", "backfill-1", "backfill-2", "live"]),
    ],
)
async def test_a_live_article_takes_the_next_free_worker_before_queued_backfill(
    tmp_path: Path, backfill_lane: Lane, expected: list[str]
) -> None:
    """One worker, busy; three backfill articles queue, then a live one: when the worker is
    free the live article goes next, however many backfill articles came before it."""
    pool = ExtractorPool(
        workers=1, extractor_path="tests.unit.pool_extractors:gated", deadline_s=60
    )
    await pool.start()
    finished: list[str] = []

    async def extract(name: str, body: str, lane: Lane) -> None:
        article = ArticleMessage(id=name, body=body, published_at="2024-03-14T08:00:00Z")  # type: ignore[arg-type]
        await pool.extract(article, lane)
        finished.append(name)

    go = tmp_path / "go"
    try:
        tasks = [asyncio.create_task(extract("busy", f"WAIT:{go}", Lane.BACKFILL))]
        while pool._slots.free:  # the worker is taken (no clock: a condition)
            await asyncio.sleep(0.01)
        for i in range(3):
            tasks.append(asyncio.create_task(extract(f"backfill-{i}", "text", backfill_lane)))
            await asyncio.sleep(0)
        tasks.append(asyncio.create_task(extract("live", "text", Lane.LIVE)))
        while pool._slots.waiting() < 4:
            await asyncio.sleep(0.01)
        go.touch()
        await asyncio.wait_for(asyncio.gather(*tasks), 120)
    finally:
        pool.close()
    assert finished == expected


@pytest.mark.parametrize("niceness", [0, 10])
async def test_workers_run_niceness_steps_below_the_parent(niceness: int, tmp_path: Path) -> None:
    """Bulk replay's pool (niceness 10) yields the cores to a service's workers; a pool without
    niceness runs its workers at the parent's priority."""
    parent = os.nice(0)
    pool = ExtractorPool(
        workers=2,
        extractor_path="tests.unit.pool_extractors:niceness",
        deadline_s=60,
        niceness=niceness,
    )
    try:
        await pool.start()
        files = [tmp_path / f"worker-{i}" for i in range(2)]
        await asyncio.gather(*(pool.extract(_article(f"NICE:{path}")) for path in files))
    finally:
        pool.close()
    assert [int(path.read_text()) for path in files] == [min(19, parent + niceness)] * 2
