"""Days the act is told by beside other days: the day before the last one told, a toll raised
on a later day, a photograph's date (forty-sixth round, date66; texts written for these tests,
published Tuesday 1 December 2026)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline

_MONDAY = dt.date(2026, 11, 30)


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    )
    return Pipeline().extract(article)


def test_the_previous_day_is_the_day_before_the_last_day_told() -> None:
    """Friday's rockets, then five dead "the previous day": Thursday's dead, their own event."""
    body = (
        "Rebels fired rockets on the capital on Friday, killing two civilians, the agency said. "
        "Five people had been killed in the city the previous day, including a football coach "
        "who was hit by shrapnel near his club, the agency said."
    )
    dated = {(e.time.date, e.acled.fatalities) for e in _events(body)}
    assert dated == {(dt.date(2026, 11, 27), 2), (dt.date(2026, 11, 26), 5)}


def test_a_toll_raised_on_a_day_dates_the_report_not_the_strikes() -> None:
    """ "on Tuesday raised the death toll from air strikes ... the previous day": Monday's
    strikes, not Tuesday's."""
    body = (
        "A monitoring group on Tuesday raised the death toll from air strikes on a market in the "
        "town of Atarib the previous day to 45, as rescuers searched the rubble."
    )
    events = _events(body)
    assert [(e.event_type, e.time.date) for e in events] == [("airstrike", _MONDAY)]
    assert events[0].locations[0].name == "Al Atarib"


def test_a_photographs_date_does_not_date_the_act_beside_its_own_day() -> None:
    """A caption run into the lead: its date is the picture's; the act is Monday's."""
    body = (
        "A woman walks past a burning car in Idlib, Syria, November 28, 2026 (Reuters Photo) "
        "Nine civilians were killed on Monday when warplanes struck the town of Saraqib in Idlib "
        "province, rescuers said."
    )
    events = _events(body)
    assert [(e.event_type, e.time.date, e.acled.fatalities) for e in events] == [
        ("airstrike", _MONDAY, 9)
    ]


def test_the_previous_day_of_a_cause_does_not_date_the_act() -> None:
    """The shooting "the previous day" is why the crowd rioted on Saturday, not the riot's
    day; the arrests told "the previous day" on their own are Friday's, an act apart."""
    body = (
        "Protesters lit fires in the town of Eldoret on Saturday after a man was shot by police "
        "the previous day. Police had arrested four youths in the town the previous day, "
        "witnesses said."
    )
    dated = {(e.event_type, e.time.date) for e in _events(body)}
    assert dated == {("riot", dt.date(2026, 11, 28)), ("arrest", dt.date(2026, 11, 27))}
