"""``--rate N``: at most N articles a second on average, as a token bucket.

The bucket holds up to ``burst`` tokens (one second's worth by default) and refills at ``rate``
per second; taking a token when none is left means waiting until one has grown. The clock is
injected, so the arithmetic is tested without sleeping; ``wait`` sleeps on the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["TokenBucket"]


class TokenBucket:
    def __init__(self, rate: float, clock: Callable[[], float], burst: float | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = max(1.0, burst if burst is not None else rate)
        self._clock = clock
        self._tokens = self.burst
        self._at = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def delay(self, tokens: float = 1.0) -> float:
        """Seconds to wait before ``tokens`` may be taken (0: now). Takes them: the caller
        waits that long and goes on, and later callers queue behind it."""
        self._refill()
        self._tokens -= tokens
        if self._tokens >= 0:
            return 0.0
        return -self._tokens / self.rate

    async def wait(self, tokens: float = 1.0) -> None:
        pause = self.delay(tokens)
        if pause > 0:
            await asyncio.sleep(pause)
