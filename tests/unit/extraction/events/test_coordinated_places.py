"""One sentence, two acts: two places coordinated each with its own descriptor, or the act told
again at another place with its own count, are two events (events/merge/places/
listed_places.py); a place the attackers went to, or two places that bound one spot, are not."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _at(events: list[EventMessage]) -> list[tuple[str, str]]:
    return [(e.event_type, e.locations[0].name if e.locations else "") for e in events]


def test_two_places_each_with_its_own_descriptor_are_two_strikes() -> None:
    events = events_of(
        "Drones struck Kidal and the northern town of Tessalit on Monday, killing three fighters."
    )
    assert _at(events) == [("airstrike", "Kidal"), ("airstrike", "Tessalit")]
    # The toll is not split: a sentence rarely says which place the dead were in.
    assert [fatalities(e) for e in events] == [3, 0]


def test_a_town_and_the_nearby_town_of_another_are_two_attacks_in_the_sahel() -> None:
    events = events_of(
        "Suspected jihadists attacked Djibo and the nearby town of Arbinda on Sunday, killing"
        " 12 soldiers."
    )
    assert _at(events) == [("armed_clash", "Djibo"), ("armed_clash", "Aribinda")]


def test_the_act_told_again_at_another_place_with_its_own_count_is_two_events() -> None:
    events = events_of(
        "Soldiers killed two gunmen in Kano on Friday and four others in the town of Bauchi on"
        " Sunday, the army said."
    )
    assert _at(events) == [("armed_clash", "Kano"), ("armed_clash", "Bauchi")]


def test_arrests_told_with_their_own_count_at_another_place_are_two_arrests() -> None:
    events = events_of(
        "Police arrested 14 Islamic State members in Deir ez-Zor on Tuesday and a leader in"
        " Hasaka on Sunday."
    )
    assert _at(events) == [("arrest", "Deir ez-Zor"), ("arrest", "Al Hasakah")]
    # Only a second count makes two arrests: one count over two places stays one arrest.
    (one,) = events_of("Police arrested 14 Islamic State members in Deir ez-Zor and Hasaka.")
    assert one.event_type == "arrest"


def test_where_the_attackers_fled_or_two_bounds_of_one_road_are_no_second_place() -> None:
    fled = events_of(
        "Gunmen attacked a police post in Maiduguri on Friday and fled to the town of Bama,"
        " the army said."
    )
    assert _at(fled) == [("armed_clash", "Maiduguri")]
    road = events_of(
        "Gunmen ambushed a convoy on the road between Maiduguri and the town of Bama on Friday,"
        " killing four soldiers."
    )
    assert len(road) == 1 and fatalities(road[0]) == 4


def test_the_two_sides_of_one_fight_named_as_places_are_one_event() -> None:
    # "between the rival villages of X and Y": the fight's two sides, not a list of targets.
    fight = events_of(
        "Fighting between the neighbouring villages of Konduga and Bama left five people dead on"
        " Monday, police said."
    )
    assert [e.event_type for e in fight] == ["armed_clash"]
    assert fatalities(fight[0]) == 5
    listed = events_of("Rockets fell on the towns of Maiduguri and Bama on Monday, police said.")
    assert sorted(e.locations[0].name for e in listed) == ["Bama", "Maiduguri"]
