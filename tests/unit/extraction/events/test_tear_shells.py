"""Eighteenth round, duplicates: "tear shells" (tear gas shells, as South Asian reports write
them) are crowd control, a dispersal, never a shelling beside the protest they met."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_tear_shells_at_a_march_are_its_dispersal_not_a_shelling() -> None:
    events = events_of(
        "When the students marched towards the university gate in Dhaka on Tuesday, police "
        "lobbed tear shells and fired rubber bullets on them."
    )
    assert [e.event_type for e in events] == ["protest_dispersed"]
    assert events[0].locations[0].name == "Dhaka"


def test_tear_shells_alone_tell_a_dispersal() -> None:
    events = events_of("Police fired tear shells at opposition activists in Dhaka on Tuesday.")
    assert [e.event_type for e in events] == ["protest_dispersed"]


def test_rocket_shells_stay_a_shelling() -> None:
    events = events_of("Rebels fired rocket shells on the town of Kafr Nubl on Tuesday.")
    assert [e.event_type for e in events] == ["shelling"]
