"""When a feed is polled next: its interval after a success, a capped exponential backoff with
jitter after failures (per feed), never sooner than the server's ``Retry-After``.

After the n-th failure in a row the delay is drawn from ``[d/2, d]`` with
``d = min(max_backoff, base * 2**(n-1))``: half of it fixed, so that a failing server is not
retried at once by an unlucky draw, half random, so that feeds that failed together (one host
down) do not come back together. A success resets the count; the next poll then comes after
the feed's interval, spread by +-10 % so that feeds loaded together drift apart.

The random source and the clock are parameters, so tests fix them.
"""

from __future__ import annotations

import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Backoff", "Schedule"]

Uniform = Callable[[float, float], float]


@dataclass(frozen=True, slots=True)
class Backoff:
    base_s: float
    max_s: float

    def delay(self, failures: int, uniform: Uniform) -> float:
        """The delay after ``failures`` (>= 1) failures in a row."""
        ceiling = min(self.max_s, self.base_s * 2 ** min(failures - 1, 62))
        return uniform(ceiling / 2, ceiling)


@dataclass(slots=True)
class Schedule:
    """One feed's next poll time (``due``, on ``clock``) and its failures in a row."""

    interval_s: float
    backoff: Backoff
    uniform: Uniform = field(default=_random.uniform)
    clock: Callable[[], float] = field(default=time.monotonic)
    failures: int = 0
    due: float = 0.0

    def succeeded(self) -> float:
        """Record a success; returns the delay until the next poll."""
        self.failures = 0
        return self._after(self.uniform(0.9 * self.interval_s, 1.1 * self.interval_s))

    def failed(self, retry_after_s: float | None = None) -> float:
        """Record a failure; returns the delay until the next poll (at least ``retry_after_s``,
        capped at the backoff's maximum)."""
        self.failures += 1
        delay = self.backoff.delay(self.failures, self.uniform)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.backoff.max_s))
        return self._after(delay)

    def _after(self, delay: float) -> float:
        self.due = self.clock() + delay
        return delay
