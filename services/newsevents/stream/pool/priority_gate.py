"""A counting semaphore whose waiters are served by priority, then in arrival order.

The extraction pool admits as many articles as it has workers (``extractor_pool.py``); the rest
wait here. ``asyncio.Semaphore`` serves its waiters first come, first served, so a live article
fetched while a hundred backfill articles wait would wait for all of them. Here a released slot
goes straight to the waiter with the lowest ``priority`` number (``Lane.LIVE`` before
``Lane.BACKFILL``), the oldest of them first: a live article waits for at most the first of the
running extractions to end.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["PriorityGate"]


class PriorityGate:
    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError(f"a gate needs at least one slot, not {slots}")
        self._free = slots
        # (priority, arrival, future): a cancelled waiter stays in the heap until it surfaces,
        # and is skipped then (its future is done).
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._arrivals = itertools.count()

    @asynccontextmanager
    async def slot(self, priority: int) -> AsyncIterator[None]:
        """Hold one slot for the body of the ``async with``."""
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()

    async def acquire(self, priority: int) -> None:
        if self._free > 0:
            self._free -= 1  # no waiter can exist while a slot is free: release hands over
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._arrivals), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed a slot and cancelled before it ran: pass it on
            raise

    def release(self) -> None:
        """Hand the slot to the first waiter by priority, or free it when none waits."""
        while self._waiters:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)
                return
        self._free += 1

    def waiting(self, priority: int | None = None) -> int:
        """Waiters (of ``priority``, or all) not yet handed a slot."""
        return sum(
            1
            for p, _, future in self._waiters
            if not future.done() and (priority is None or p == priority)
        )

    @property
    def free(self) -> int:
        return self._free
