"""Occurrences the twelfth round found missed: the towns of a list that lost its commas (one
event per town, events/merge/places/per_place/listed_places.py over places/reading/runs.py), what
forces did
to a demonstration in another town (events/merge/crowds/demonstrations.py), marches "held" in
the passive (data/triggers.tsv)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage]) -> list[tuple[str, str]]:
    return [(e.event_type, e.locations[0].name if e.locations else "") for e in events]


def test_a_shelling_of_towns_listed_without_commas_is_one_shelling_per_town() -> None:
    events = events_of(
        "Army artillery shelled the towns of Saraqeb Binnish Taftanaz in Idlib countryside on"
        " Monday, a military source said."
    )
    assert _at(events) == [
        ("shelling", "Saraqib"),
        ("shelling", "Binnish"),
        ("shelling", "Taftanaz"),
    ]


def test_strikes_in_towns_listed_without_commas_but_a_last_and_are_one_per_town() -> None:
    events = events_of(
        "Warplanes struck rebel positions in Saraqeb Binnish and Taftanaz on Monday, a military"
        " source said."
    )
    assert _at(events) == [
        ("airstrike", "Saraqib"),
        ("airstrike", "Binnish"),
        ("airstrike", "Taftanaz"),
    ]


def test_tear_gas_in_another_town_is_that_towns_demonstration() -> None:
    events = events_of(
        "Opposition supporters marched through Nakuru on Monday to demand electoral reforms."
        " Police also fired tear gas in Eldoret."
    )
    assert _at(events) == [("protest", "Nakuru"), ("protest_dispersed", "Eldoret")]


def test_tear_gas_in_the_demonstrations_own_town_is_its_dispersal() -> None:
    (event,) = events_of(
        "Opposition supporters marched through Nakuru on Monday to demand electoral reforms."
        " Police fired tear gas in Nakuru."
    )
    assert _at([event]) == [("protest_dispersed", "Nakuru")]


def test_marches_held_in_the_passive_are_a_protest() -> None:
    events = events_of(
        "Thousands marched in Khartoum on Saturday against the military. Marches were also"
        " held in Kassala."
    )
    assert _at(events) == [("protest", "Khartoum"), ("protest", "Kassala")]
