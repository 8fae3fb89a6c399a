"""One occurrence told at two places (events/merge/places/per_place/nested_places.py): an act told
at a city
and, in the next sentence, at the one quarter inside it is one event at the quarter, with both
sentences as evidence; quarters told as several incidents, another day or a separate attack
stay apart."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities

_LEAD = (
    "Rockets kill five in Aleppo city.\n\n"
    "Terrorists fired rocket shells on residential neighbourhoods of Aleppo city on Monday,"
    " killing five civilians, a police source said."
)


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_a_city_and_the_one_quarter_told_next_are_one_event_at_the_quarter() -> None:
    events = events_of(
        f"{_LEAD} The terrorist groups fired rocket shells on al-Hamdaniyeh neighbourhood,"
        " injuring four others, the source added."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("shelling", "al-Hamdaniyeh", 5)
    ]
    assert "killing five civilians" in _evidence(events[0])
    assert "on al-Hamdaniyeh neighbourhood" in _evidence(events[0])


def test_two_quarters_of_the_city_keep_the_city_event_apart() -> None:
    events = events_of(
        f"{_LEAD} The terrorist groups fired rocket shells on al-Hamdaniyeh neighbourhood,"
        " injuring four others, the source added. The terrorist groups fired rocket shells on"
        " al-Sukkari neighbourhood, injuring two others."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("shelling", "Aleppo"),
        ("shelling", "al-Hamdaniyeh"),
        ("shelling", "al-Sukkari"),
    ]


@pytest.mark.parametrize(
    "opening",
    ["In a separate attack, the terrorist groups", "On Sunday, the terrorist groups"],
    ids=["told-as-separate", "another-day"],
)
def test_a_quarter_told_as_another_incident_stays_apart(opening: str) -> None:
    events = events_of(
        f"{_LEAD} {opening} fired rocket shells on al-Hamdaniyeh neighbourhood, injuring four"
        " others, the source added."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("shelling", "Aleppo"),
        ("shelling", "al-Hamdaniyeh"),
    ]
