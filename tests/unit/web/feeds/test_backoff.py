"""Backoff per feed: capped, exponential, jittered; with injected random and clock."""

from __future__ import annotations

import pytest

from newsevents.web.feeds.backoff import Backoff, Schedule
from newsevents.web.guard.headers import retry_after_s


def lowest(a: float, b: float) -> float:
    return a


def highest(a: float, b: float) -> float:
    return b


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("failures", "low", "high"),
    [(1, 15.0, 30.0), (2, 30.0, 60.0), (3, 60.0, 120.0), (4, 90.0, 180.0), (50, 90.0, 180.0)],
)
def test_the_delay_doubles_up_to_the_cap_and_is_drawn_from_its_upper_half(
    failures: int, low: float, high: float
) -> None:
    backoff = Backoff(base_s=30.0, max_s=180.0)
    assert backoff.delay(failures, lowest) == low
    assert backoff.delay(failures, highest) == high


def test_a_huge_failure_count_does_not_overflow() -> None:
    assert Backoff(base_s=30.0, max_s=3600.0).delay(10_000, highest) == 3600.0


def test_schedule_backs_off_then_resets_after_a_success() -> None:
    clock = Clock()
    draws: list[tuple[float, float]] = []

    def uniform(a: float, b: float) -> float:
        draws.append((a, b))
        return (a + b) / 2

    schedule = Schedule(600.0, Backoff(30.0, 3600.0), uniform=uniform, clock=clock)
    assert [schedule.failed(), schedule.failed(), schedule.failed()] == [22.5, 45.0, 90.0]
    assert schedule.failures == 3
    assert schedule.due == clock.now + 90.0
    assert schedule.succeeded() == 600.0  # the interval, spread by +-10 %
    assert draws[-1] == (540.0, 660.0)
    assert schedule.failures == 0
    assert schedule.failed() == 22.5  # the count starts again


def test_retry_after_is_honoured_within_the_cap() -> None:
    schedule = Schedule(600.0, Backoff(30.0, 300.0), uniform=lowest, clock=Clock())
    assert schedule.failed(retry_after_s=120.0) == 120.0
    assert schedule.failed(retry_after_s=5.0) == 30.0  # the backoff is longer
    assert schedule.failed(retry_after_s=86_400.0) == 300.0  # never past the cap


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("Thu, 14 Mar 2024 10:01:00 GMT", 60.0),
        ("Thu, 14 Mar 2024 09:00:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_header(header: str | None, seconds: float | None) -> None:
    now = 1710410400.0  # 2024-03-14 10:00:00 UTC
    assert retry_after_s(header, now=now) == seconds
