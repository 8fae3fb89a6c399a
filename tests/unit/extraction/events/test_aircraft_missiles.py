"""The missile an aircraft fired is its air strike (events/merge/incidents/aircraft_missiles.py):
a drone's or a plane's missiles told in the strike's sentence are no second event, a shelling;
missiles fired at an aircraft stay a shelling of their own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities

_RAID = (
    "Three people were killed on Tuesday in an Israeli air raid on the village of Aitaroun,"
    " sources said.\n\n"
)


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_a_drone_s_air_to_ground_missiles_are_the_air_raid() -> None:
    events = events_of(
        f"{_RAID}Sources said an Israeli drone targeted a house in the village of Aitaroun with"
        " two air-to-ground missiles, killing three people."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("airstrike", 3)]
    assert "air-to-ground missiles" in _evidence(events[0])


def test_an_aircraft_firing_a_missile_is_one_air_strike() -> None:
    events = events_of(
        "Witnesses said an Israeli aircraft fired a missile at a group of fighters east of Khan"
        " Younis on Monday, killing two of them."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("airstrike", 2)]


def test_a_missile_fired_at_a_drone_stays_a_shelling() -> None:
    events = events_of(
        "Israeli jets struck a house in the village of Aitaroun on Tuesday, killing three people,"
        " sources said.\n\n"
        "Hezbollah fighters fired a missile at an Israeli drone over the village, the group said."
    )
    assert sorted(e.event_type for e in events) == ["airstrike", "shelling"]


def test_warplanes_bombardments_are_one_air_strike() -> None:
    # twenty-third round: the bombardment of a headline's warplanes is their air strike
    events = events_of(
        "At Least 30 Civilians Killed in Coalition Warplanes Bombardments in Tabqa.\n\n"
        "Coalition aircraft bombed two residential areas of Tabqa on Friday, leaving 30 "
        "civilians dead, a monitor said."
    )
    assert [e.event_type for e in events] == ["airstrike"]
