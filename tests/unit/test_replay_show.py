"""`replay --show` waits longer for the first event than between events, and fails without one
(issue 15: docker compose's seeds-replay exited 0 before the service had published anything)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from newsevents.cli.demo import ShowUntil, show_replayed_events
from newsevents.failures import EXIT_NO_EVENTS, NoEvents


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class _Viewer:
    """Stands in for the events consumer: each poll takes one second of the fake clock and
    returns the events scheduled for that second."""

    def __init__(self, clock: _Clock, events_at: dict[int, bytes]) -> None:
        self._clock = clock
        self._events_at = events_at

    async def getmany(self, timeout_ms: int) -> dict[str, list[Any]]:
        self._clock.now += 1.0
        value = self._events_at.get(round(self._clock.now))
        return {"tp": [_Record(value)]} if value else {}


class _Record:
    def __init__(self, value: bytes) -> None:
        self.value = value


def test_before_the_first_event_the_longer_limit_applies() -> None:
    clock = _Clock()
    until = ShowUntil(idle_s=15, first_wait_s=120, clock=clock)
    clock.now = 100
    assert not until(0)
    clock.now = 121
    assert until(0)


def test_after_an_event_the_idle_limit_applies() -> None:
    clock = _Clock()
    until = ShowUntil(idle_s=15, first_wait_s=120, clock=clock)
    clock.now = 30
    assert not until(1)
    clock.now = 44
    assert not until(1)
    clock.now = 46
    assert until(1)


async def test_no_event_at_all_fails_with_its_exit_code() -> None:
    clock = _Clock()
    with pytest.raises(NoEvents, match="no event arrived within 60 s") as raised:
        await show_replayed_events(
            _Viewer(clock, {}), asyncio.Event(), idle_s=15, first_wait_s=60, clock=clock
        )
    assert raised.value.exit_code == EXIT_NO_EVENTS
    assert 60 < clock.now < 63


async def test_a_late_first_event_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    event = _event_json()
    clock = _Clock()
    shown = await show_replayed_events(
        _Viewer(clock, {40: event}), asyncio.Event(), idle_s=15, first_wait_s=120, clock=clock
    )
    assert shown == 1
    assert "● " in capsys.readouterr().out
    assert 55 < clock.now < 58  # stopped 15 s after the event, not 120 s after the start


async def test_a_stop_signal_before_any_event_is_not_a_failure() -> None:
    clock = _Clock()
    stop = asyncio.Event()
    stop.set()
    shown = await show_replayed_events(
        _Viewer(clock, {}), stop, idle_s=15, first_wait_s=60, clock=clock
    )
    assert shown == 0


def _event_json() -> bytes:
    import datetime as dt

    from newsevents.contracts import ArticleMessage
    from newsevents.extraction.pipeline import extract_events

    article = ArticleMessage(
        id="late",
        body="Rebels attacked an army checkpoint in Aleppo on March 10, killing two soldiers.",
        published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC),
    )
    return extract_events(article)[0].model_dump_json().encode()
