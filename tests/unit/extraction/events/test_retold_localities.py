"""Sixteenth round, duplicates: an act at unknown localities is one event per locality, but a
locality told as holding the one before it ("the X area of Y district", "the town of X in the Y
area") is where that one lies, no second place of the act."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _names(events: list[EventMessage]) -> list[str]:
    return [e.locations[0].name for e in events if e.locations]


def test_a_locality_holding_the_one_before_it_is_no_second_event() -> None:
    events = events_of(
        "Coalition warplanes launched four air strikes on Saada province on Monday, a "
        "military official said.\n\nThe air strikes hit the Qarwan area of Bitar district, "
        "damaging homes."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert _names(events) == ["Qarwan"]


def test_a_town_told_in_the_area_holding_it_is_one_event() -> None:
    events = events_of(
        "Armed men killed nine villagers in the town of Kolbari in the Dessa area of Niger on "
        "Sunday, officials said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert _names(events) == ["Kolbari"]


def test_localities_listed_in_one_sentence_stay_one_event_each() -> None:
    events = events_of(
        "Rebel shells hit the neighbourhoods of Hay Qarwan and Sahat Nour in Aleppo on "
        "Monday, killing five civilians, a monitor said."
    )
    assert sorted(_names(events)) == ["Hay Qarwan", "Sahat Nour"]
