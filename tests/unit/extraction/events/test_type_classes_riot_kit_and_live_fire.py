"""Event types of the fifteenth round: a name's "People's", the force's riot kit, an act told
"earlier", live fire on a demonstration, an arms store struck, ground held for a while, captives
freed, a vehicle waylaid. Invented reports."""

from __future__ import annotations

from newsevents.contracts import EventMessage

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def _only(body: str) -> EventMessage:
    events = events_of(body)
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


def test_a_peoples_army_is_armed_not_a_crowd() -> None:
    body = (
        "Six soldiers were killed in an ambush staged by Northern People's Army rebels near "
        "Dori on Monday, an army spokesman said."
    )
    assert _types(body) == ["armed_clash"]


def test_riot_police_make_no_riot() -> None:
    body = (
        "Riot police fired tear gas to disperse hundreds of students marching in Garissa on Monday."
    )
    assert _types(body) == ["protest_dispersed"]


def test_a_verb_told_earlier_in_the_day_happened() -> None:
    body = "Police earlier fired tear gas at about 200 traders marching in Garissa on Monday."
    assert _types(body) == ["protest_dispersed"]


def test_live_fire_opened_on_a_demonstration_is_excessive_force() -> None:
    body = "Soldiers opened live fire on protesters in Garissa on Monday, a witness said."
    assert _only(body).event_type == "protest_repressed"


def test_an_arms_store_struck_is_the_air_strike() -> None:
    body = (
        "The air force carried out airstrikes on militants near Dori on Monday, destroying "
        "their ammunition depots, a spokesman said."
    )
    assert "airstrike" in _types(body)
    # the mortars a cache holds were not fired
    cache = "Soldiers found an arms cache holding mortars and rockets near Dori on Monday."
    assert "shelling" not in _types(cache)


def test_ground_held_for_a_while_is_the_fight() -> None:
    body = "Gunmen briefly seized control of a police station in Dori on Monday, officials said."
    assert _only(body).event_type == "armed_clash"
    taken = "Rebels seized control of the town of Dori on Monday, officials said."
    assert _only(taken).event_type == "territory_taken"


def test_captives_freed_after_their_kidnapping_are_a_release() -> None:
    body = (
        "Twelve nurses kidnapped from a clinic in Bamenda last week were freed on Monday, "
        "officials said."
    )
    assert _types(body) == ["release"]
    kidnapped = "Gunmen kidnapped twelve nurses from a clinic in Bamenda on Monday."
    assert _types(kidnapped) == ["abduction"]


def test_a_vehicle_intercepted_and_its_people_led_off_is_an_abduction() -> None:
    body = (
        "Armed men intercepted a minibus near Garissa on Monday and took five passengers "
        "into the bush, police said."
    )
    assert _types(body) == ["abduction"]
    rockets = "Air defences intercepted two rockets fired towards Garissa on Monday."
    assert _types(rockets) == ["weapons_disrupted"]
