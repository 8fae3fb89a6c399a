"""--rate: the token bucket's arithmetic, on an injected clock (nothing sleeps)."""

from __future__ import annotations

import pytest

from newsevents.backfill.rate import TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_full_bucket_lets_one_seconds_worth_through_then_spaces_the_rest() -> None:
    clock = Clock()
    bucket = TokenBucket(10, clock)
    assert [bucket.delay() for _ in range(10)] == [0.0] * 10
    # Empty: each next article waits a tenth of a second more than the one before it.
    assert [round(bucket.delay(), 6) for _ in range(3)] == [0.1, 0.2, 0.3]


def test_time_refills_the_bucket_up_to_its_burst() -> None:
    clock = Clock()
    bucket = TokenBucket(4, clock, burst=2)
    assert [bucket.delay() for _ in range(2)] == [0.0, 0.0]
    assert bucket.delay() == pytest.approx(0.25)
    clock.now += 0.25 + 0.5  # the waited token, then two more: but the bucket holds two
    clock.now += 10.0
    assert [bucket.delay() for _ in range(2)] == [0.0, 0.0]
    assert bucket.delay() == pytest.approx(0.25)


def test_over_a_long_run_the_average_is_the_rate() -> None:
    """Taking tokens and waiting as told: 1,000 articles at 50/s take 20 s less the burst."""
    clock = Clock()
    bucket = TokenBucket(50, clock)
    start = clock.now
    for _ in range(1000):
        clock.now += bucket.delay()
    assert clock.now - start == pytest.approx((1000 - 50) / 50)


def test_a_slow_sender_never_waits() -> None:
    clock = Clock()
    bucket = TokenBucket(5, clock)
    for _ in range(20):
        clock.now += 0.5
        assert bucket.delay() == 0.0


def test_rates_below_one_a_second_still_allow_one_article() -> None:
    clock = Clock()
    bucket = TokenBucket(0.5, clock)
    assert bucket.delay() == 0.0
    assert bucket.delay() == pytest.approx(2.0)


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        TokenBucket(0, Clock())
