"""The day an event takes from its siblings (output/siblings.py): an event dated only by the
report takes the day its siblings at the same place tell; two days told, or a day told at
another place, leave it."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from newsevents.extraction.output.siblings import share_fields
from tests.unit.extraction.events.articles import events_of

_BODY = "Gunmen killed four farmers in the village of Kafr Nabl in Idlib province on Monday."


def _event() -> EventMessage:
    (event,) = events_of(_BODY)
    assert event.acled is not None
    return event


def _variant(
    event: EventMessage, *, toll: int, day: dt.date, precision: str, start: int, end: int
) -> EventMessage:
    assert event.acled is not None
    acled = event.acled.model_copy(update={"fatalities": toll, "event_date": day})
    time = event.time.model_copy(update={"date": day, "precision": precision})
    evidence = event.evidence.model_copy(update={"start": start, "end": end, "mentions": []})
    return event.model_copy(update={"acled": acled, "time": time, "evidence": evidence})


def test_an_event_dated_by_the_report_takes_the_day_its_sibling_tells() -> None:
    vague = _variant(_event(), toll=4, day=dt.date(2024, 3, 14), precision="vague", start=0, end=80)
    dated = _variant(
        _event(), toll=4, day=dt.date(2024, 3, 13), precision="day", start=400, end=480
    )
    first, second = share_fields([vague, dated])
    assert (first.time.date, first.time.precision) == (dt.date(2024, 3, 13), "day")
    assert first.acled is not None and first.acled.event_date == dt.date(2024, 3, 13)
    assert first.acled.time_precision == 1
    assert second.time.date == dt.date(2024, 3, 13)


def test_two_days_told_beside_it_leave_the_report_s_day() -> None:
    report = dt.date(2024, 3, 14)
    vague = _variant(_event(), toll=4, day=report, precision="vague", start=0, end=80)
    one = _variant(_event(), toll=0, day=dt.date(2024, 3, 13), precision="day", start=90, end=160)
    two = _variant(_event(), toll=0, day=dt.date(2024, 3, 12), precision="day", start=170, end=240)
    first = share_fields([vague, one, two])[0]
    assert (first.time.date, first.time.precision) == (report, "vague")


def test_the_toll_stays_on_the_event_that_read_it() -> None:
    day = dt.date(2024, 3, 13)
    lead = _variant(_event(), toll=0, day=day, precision="vague", start=0, end=80)
    body = _variant(_event(), toll=4, day=day, precision="day", start=81, end=160)
    shared = share_fields([lead, body])
    assert [e.acled.fatalities for e in shared if e.acled is not None] == [0, 4]
