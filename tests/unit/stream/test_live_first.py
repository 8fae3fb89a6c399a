"""The live-first decisions as plain values: when the backfill is held, which partitions pause."""

from __future__ import annotations

import pytest
from aiokafka import TopicPartition

from newsevents.stream.flow.live_first import Lane, LiveFirst, pauses

LIVE = TopicPartition("articles", 0)
BACKFILL = TopicPartition("articles.backfill", 0)
LANES = {LIVE: Lane.LIVE, BACKFILL: Lane.BACKFILL}
CAPS = {Lane.LIVE: 32, Lane.BACKFILL: 8}


@pytest.mark.parametrize(
    ("threshold", "pending", "held"),
    [
        # threshold 0: any live article holds the backfill, none releases it
        (0, [0, 1, 0], [False, True, False]),
        # threshold 2: held above 2; 1 left keeps it held (hysteresis); released at 0
        (2, [2, 3, 1, 2, 0, 1], [False, True, True, True, False, False]),
        # a live backlog that never drains keeps it held
        (0, [5, 4, 4, 4], [True, True, True, True]),
    ],
)
def test_held_above_the_threshold_released_when_live_is_idle(
    threshold: int, pending: list[int], held: list[bool]
) -> None:
    policy = LiveFirst(threshold)
    assert [policy.update(p) for p in pending] == held


def test_disabled_never_holds() -> None:
    policy = LiveFirst(0, enabled=False)
    assert [policy.update(p) for p in (0, 9, 100)] == [False, False, False]


def test_pauses_merge_backpressure_and_live_first() -> None:
    plan = pauses({LIVE: 32, BACKFILL: 2}, LANES, CAPS, (), backfill_paused=True)
    assert plan.full == {LIVE} and plan.live_first == {BACKFILL}
    assert plan.all == {LIVE, BACKFILL}


@pytest.mark.parametrize(
    ("in_flight", "was_full", "full"),
    [
        (8, False, True),  # at its cap
        (7, False, False),
        (5, True, True),  # above half of 8: stays paused
        (4, True, False),  # half drained: resumed
    ],
)
def test_backfill_backpressure_uses_its_own_cap(in_flight: int, was_full: bool, full: bool) -> None:
    plan = pauses(
        {BACKFILL: in_flight}, LANES, CAPS, {BACKFILL} if was_full else (), backfill_paused=False
    )
    assert (BACKFILL in plan.full) is full
    assert plan.live_first == frozenset()


def test_live_partitions_are_never_held() -> None:
    plan = pauses({LIVE: 0, BACKFILL: 0}, LANES, CAPS, (), backfill_paused=True)
    assert plan.live_first == {BACKFILL}
