"""Occurrences the fifteenth round found missed: items each counted at a place of their own,
the act's verb told once ("shot down nine drones over X and 13 over the Y region"), are one
event per place, a region's as well as a town's (events/merge/places/per_place/listed_places.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage]) -> list[tuple[str, str]]:
    return [(e.event_type, e.locations[0].name if e.locations else "") for e in events]


def test_interceptions_counted_over_each_region_are_one_event_per_region() -> None:
    events = events_of(
        "The defence ministry said its air defences intercepted 12 drones over the Tula"
        " region, five over Oryol and two over the Smolensk region on Sunday."
    )
    assert _at(events) == [
        ("weapons_disrupted", "Tula"),
        ("weapons_disrupted", "Orel"),
        ("weapons_disrupted", "Smolensk"),
    ]


def test_a_count_over_a_region_named_after_its_country_is_its_own_interception() -> None:
    events = events_of(
        "The defence ministry said air defences shot down seven drones over Tula and four over"
        " Russia's Kaluga region overnight."
    )
    assert _at(events) == [("weapons_disrupted", "Tula"), ("weapons_disrupted", "Kaluga")]


def test_a_killing_counted_in_each_of_two_states_is_two_events_the_toll_on_the_first() -> None:
    events = events_of(
        "Soldiers killed six militants in Borno state and four in Yobe state on Friday, the"
        " army said."
    )
    assert [(t, p) for t, p in _at(events)] == [("armed_clash", "Borno"), ("armed_clash", "Yobe")]
    assert events[0].acled is not None and events[0].acled.fatalities == 6


def test_regions_named_together_under_one_count_or_a_deployment_are_not_split() -> None:
    one_count = events_of(
        "The ministry said air defences intercepted 30 drones over the Tula and Kaluga regions"
        " overnight."
    )
    assert _at(one_count) == [("weapons_disrupted", "Tula")]
    deployed = events_of(
        "Police deployed 300 officers in Kano and 200 in Kaduna ahead of the vote."
    )
    # one deployment at its first town, the other kept as its place, not a second event
    assert _at(deployed) == [("deployment", "Kano")]
    assert [p.name for p in deployed[0].locations] == ["Kano", "Kaduna"]
