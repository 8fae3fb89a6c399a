"""The pool's gate: slots go to waiters by priority, then arrival; cancellations leak nothing."""

from __future__ import annotations

import asyncio

import pytest

from newsevents.stream.flow.live_first import Lane
from newsevents.stream.pool.priority_gate import PriorityGate


async def _settle() -> None:
    """Let every ready task run (no clock: a few turns of the loop)."""
    for _ in range(5):
        await asyncio.sleep(0)


async def _served_order(gate: PriorityGate, arrivals: list[tuple[str, Lane]]) -> list[str]:
    """Hold the only slot, queue ``arrivals`` in order, then release: who got the slot when."""
    served: list[str] = []

    async def take(name: str, lane: Lane) -> None:
        async with gate.slot(lane):
            served.append(name)
            await _settle()  # hold it a moment: the next one waits for this release

    await gate.acquire(Lane.BACKFILL)
    tasks = []
    for name, lane in arrivals:
        tasks.append(asyncio.create_task(take(name, lane)))
        await _settle()  # arrival order is creation order
    assert gate.waiting() == len(arrivals)
    gate.release()
    await asyncio.gather(*tasks)
    return served


async def test_live_waiters_go_before_earlier_backfill_ones() -> None:
    gate = PriorityGate(1)
    order = await _served_order(
        gate,
        [
            ("b1", Lane.BACKFILL),
            ("b2", Lane.BACKFILL),
            ("l1", Lane.LIVE),
            ("b3", Lane.BACKFILL),
            ("l2", Lane.LIVE),
        ],
    )
    assert order == ["l1", "l2", "b1", "b2", "b3"]
    assert gate.free == 1 and gate.waiting() == 0


async def test_one_lane_is_served_in_arrival_order() -> None:
    """Live first off: every record waits in the live lane, first come, first served."""
    order = await _served_order(PriorityGate(1), [(n, Lane.LIVE) for n in ("a", "b", "c")])
    assert order == ["a", "b", "c"]


async def test_free_slots_are_taken_without_waiting() -> None:
    gate = PriorityGate(2)
    await gate.acquire(Lane.BACKFILL)
    await gate.acquire(Lane.BACKFILL)
    assert gate.free == 0
    waiter = asyncio.create_task(gate.acquire(Lane.LIVE))
    await _settle()
    assert gate.waiting(Lane.LIVE) == 1 and not waiter.done()
    gate.release()
    await _settle()
    assert waiter.done() and gate.free == 0


async def test_a_cancelled_waiter_is_skipped() -> None:
    gate = PriorityGate(1)
    await gate.acquire(Lane.LIVE)
    cancelled = asyncio.create_task(gate.acquire(Lane.LIVE))
    later = asyncio.create_task(gate.acquire(Lane.BACKFILL))
    await _settle()
    cancelled.cancel()
    await _settle()
    assert gate.waiting() == 1
    gate.release()
    await _settle()
    assert later.done() and gate.free == 0


async def test_a_slot_handed_to_a_cancelled_waiter_is_passed_on() -> None:
    """Granted, then cancelled before it ran: the slot goes to the next waiter, not lost."""
    gate = PriorityGate(1)
    await gate.acquire(Lane.LIVE)
    first = asyncio.create_task(gate.acquire(Lane.LIVE))
    second = asyncio.create_task(gate.acquire(Lane.BACKFILL))
    await _settle()
    gate.release()  # hands the slot to `first`, which has not run since
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await _settle()
    assert second.done()
    gate.release()
    assert gate.free == 1


def test_a_gate_needs_a_slot() -> None:
    with pytest.raises(ValueError, match="at least one slot"):
        PriorityGate(0)
