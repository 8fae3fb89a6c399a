"""A country named as no place of the act (events/merge/places/per_place/nested_places.py): "near
the
border with X", "the Armed Forces of X" tell a neighbour or a side, so the mention is the act of
its type told at a finer place next to it, even outside that country; a country told with a
locative word ("in X") stays an act of its own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_an_ambush_near_the_border_with_a_neighbour_is_the_ambush_told_next() -> None:
    events = events_of(
        "Unknown gunmen killed six soldiers near the border with Mali on Thursday, two"
        " officials said.\n\n"
        '"We have found the bodies of six soldiers," said an official of the Tillaberi region.'
    )
    assert [(e.event_type, e.locations[0].country_code) for e in events] == [("armed_clash", "NE")]
    assert "near the border with Mali" in _evidence(events[0])
    assert "the bodies of six soldiers" in _evidence(events[0])


def test_the_shelling_by_a_country_s_forces_is_the_shelling_of_the_town() -> None:
    events = events_of(
        "The governor of Kursk region reported the shelling of the town of Sudzha on Friday"
        " night, saying two people were wounded.\n\n"
        "The shelling by the Armed Forces of Ukraine lasted for two hours."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("shelling", "Sudzha")]
    assert "lasted for two hours" in _evidence(events[0])


def test_an_act_told_in_another_country_stays_apart() -> None:
    events = events_of(
        "Gunmen killed six soldiers in Mali on Thursday, officials said.\n\n"
        '"We have found the bodies of six soldiers," said an official of the Tillaberi region.'
    )
    assert sorted(e.locations[0].country_code for e in events) == ["ML", "NE"]
