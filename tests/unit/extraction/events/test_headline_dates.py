"""Eighteenth round, duplicates: the full date a text opens on, printed before its headline
("Thu Jul 30 2015 Commander Killed in Idlib"), is the day the report was filed, not the day of
the act the headline tells (events/link/when.py): the headline's act is the one the body dates
the day before, one event of the body's day."""

from __future__ import annotations

import datetime as dt

from tests.unit.extraction.events.articles import events_published

_FILED = dt.datetime(2015, 7, 30, tzinfo=dt.UTC)


def test_a_dated_headline_and_the_body_dated_the_day_before_are_one_event() -> None:
    events = events_published(
        "Thu Jul 30 2015 Rebel Commander Killed in Idlib in Syria. The Syrian army killed a "
        "rebel commander in heavy clashes in the province of Idlib on Wednesday, state media "
        "reported.",
        _FILED,
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    (event,) = events
    assert event.locations[0].name == "Idlib"
    assert event.acled is not None and event.acled.event_date == dt.date(2015, 7, 29)
    assert len(event.evidence.mentions) == 2


def test_a_day_first_dated_headline_is_its_report_day_too() -> None:
    events = events_published(
        "30 July 2015 Five civilians killed in rocket attacks on Aleppo. Terrorists fired rocket "
        "shells on the al-Midan neighbourhood of Aleppo on Wednesday, killing five civilians.",
        _FILED,
    )
    assert [e.event_type for e in events] == ["shelling"]
    assert [loc.name for loc in events[0].locations][:2] == ["al-Midan", "Aleppo"]
    assert events[0].acled is not None and events[0].acled.event_date == dt.date(2015, 7, 29)


def test_a_sentence_opening_on_its_day_dates_its_act() -> None:
    events = events_published(
        "On Wednesday, the Syrian army killed a rebel commander in heavy clashes in the "
        "province of Idlib, state media reported.",
        _FILED,
    )
    assert events[0].acled is not None and events[0].acled.event_date == dt.date(2015, 7, 29)


# Twenty-fifth round, when45: the page's stamp a wire story opens on ("Published October 4
# 2016 ...") is the page's day; a day the lead gives its act is the act's.
_STAMPED = dt.datetime(2016, 10, 4, tzinfo=dt.UTC)


def test_a_weekday_in_a_stamped_lead_dates_its_act() -> None:
    events = events_published(
        "Published October 4 2016 Nine guests died when a suicide bomber struck a wedding in "
        "the Hasakeh province of Syria on Monday.",
        _STAMPED,
    )
    assert [e.event_type for e in events] == ["suicide_bombing"]
    assert events[0].acled is not None and events[0].acled.event_date == dt.date(2016, 10, 3)


def test_a_full_date_in_a_stamped_lead_dates_its_act() -> None:
    events = events_published(
        "Published October 4 2016 At least 11 civilians were killed in an air raid on a market "
        "in the Syrian city of Aleppo on October 2 2016.",
        _STAMPED,
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].acled is not None and events[0].acled.event_date == dt.date(2016, 10, 2)
