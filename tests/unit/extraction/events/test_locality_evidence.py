"""Eighteenth round, duplicates: an act split over unknown localities is told, at each locality,
by the sentence that names it. A retelling merged into the act ("rocket shells fell on X
neighbourhood") is the evidence of the act at X, not the first sentence of the act."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage], name: str) -> EventMessage:
    (event,) = [e for e in events if e.locations and e.locations[0].name == name]
    return event


def test_a_locality_told_in_a_later_sentence_is_told_by_that_sentence() -> None:
    events = events_of(
        "Other rocket shells fired by terrorists on Hay Qarwan neighborhood in Aleppo injured "
        "two civilians on Monday. Local sources said that rocket shells fell on Sahat Nour "
        "neighborhood injuring three civilians."
    )
    assert sorted(e.event_type for e in events) == ["shelling", "shelling"]
    first, second = _at(events, "Hay Qarwan"), _at(events, "Sahat Nour")
    assert first.evidence.text.startswith("Other rocket shells")
    assert second.evidence.text.startswith("Local sources said that rocket shells fell")
    assert second.locations[1].name == "Aleppo"


def test_localities_of_one_sentence_keep_that_sentence() -> None:
    events = events_of(
        "Rebel shells hit the neighbourhoods of Hay Qarwan and Sahat Nour in Aleppo on "
        "Monday, killing five civilians, a monitor said."
    )
    assert sorted(e.locations[0].name for e in events) == ["Hay Qarwan", "Sahat Nour"]
    assert {e.evidence.start for e in events} == {0}
