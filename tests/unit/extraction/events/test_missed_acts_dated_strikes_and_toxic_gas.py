"""Occurrences the twenty-fifth round found missed on wire-style articles: strikes carried out
with their day told before their target, and a toxic gas whose use is told as a noun
(data/triggers.tsv)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _of(events: list[EventMessage], kind: str) -> list[EventMessage]:
    return [e for e in events if e.event_type == kind]


def _place(event: EventMessage) -> str | None:
    return event.locations[0].name if event.locations else None


def test_strikes_carried_out_on_a_day_then_a_target_are_an_air_strike() -> None:
    events = events_of(
        "The defence ministry said four long-range bombers carried out strikes Sunday on"
        " militant positions near Raqqa."
    )
    strikes = _of(events, "airstrike")
    assert len(strikes) == 1
    assert _place(strikes[0]) == "Ar Raqqah"


def test_a_labour_strike_carried_out_on_a_day_is_still_no_air_strike() -> None:
    events = events_of("Dock workers carried out strikes on Monday in Mombasa over unpaid wages.")
    assert _of(events, "airstrike") == []


def test_the_use_of_toxic_gas_is_a_chemical_attack() -> None:
    events = events_of(
        "Activists reported dozens of casualties from the use of toxic gas by government"
        " forces in Douma on Wednesday."
    )
    attacks = _of(events, "chemical_attack")
    assert len(attacks) == 1
    assert _place(attacks[0]) == "Duma"
