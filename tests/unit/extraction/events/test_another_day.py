"""An act whose sentence opens on a day other than the act told before it (twenty-seventh
round, missed47): "On Tuesday 40 people were killed by warplanes" after Wednesday's raids is
Tuesday's act, not Wednesday's told again; a sentence opening on the same day, or a report's
day ("On Tuesday a monitor said ..."), still tells the first act."""

from __future__ import annotations

from .articles import events_of

_LEAD = (
    "Twenty-five civilians were killed and 70 injured on Wednesday by regime and Russian "
    "airstrikes on residential areas of Aleppo, a civil defense official said. The warplanes "
    "targeted the old city. "
)


def test_a_sentence_opening_on_another_day_tells_that_day_s_act() -> None:
    body = _LEAD + "On Tuesday 40 people died when regime and Russian warplanes struck."
    events = events_of(body)
    tolls = sorted(e.acled.fatalities for e in events if e.acled is not None)
    assert tolls == [25, 40]


def test_a_sentence_opening_on_the_same_day_tells_the_act_again() -> None:
    body = _LEAD + "On Wednesday evening rescuers said the warplanes had returned."
    events = events_of(body)
    assert [(e.event_type, e.acled.fatalities if e.acled else None) for e in events] == [
        ("airstrike", 25)
    ]


def test_the_day_a_report_opens_on_is_the_telling_s() -> None:
    body = _LEAD + "On Tuesday a monitor said the airstrikes on Aleppo had killed 25 people."
    events = events_of(body)
    assert [(e.event_type, e.acled.fatalities if e.acled else None) for e in events] == [
        ("airstrike", 25)
    ]
