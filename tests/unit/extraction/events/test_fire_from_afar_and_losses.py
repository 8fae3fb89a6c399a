"""Review of the thirty-eighth round's rules on wordings our parts do not carry (review59):
fire from afar told without its weapon, losses inflicted or lost, positions hit, and two acts
of one sentence at two places."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday


def _reading(body: str) -> set[tuple[str, tuple[str, ...], int | None]]:
    events: list[EventMessage] = events_on_a_tuesday(body)
    return {
        (
            e.event_type,
            tuple(p.name for p in e.locations),
            e.acled.fatalities if e.acled is not None else None,
        )
        for e in events
    }


def _types(body: str) -> set[str]:
    return {e.event_type for e in events_on_a_tuesday(body)}


def test_a_state_force_targeting_a_town_with_no_weapon_is_still_shelling() -> None:
    assert _reading(
        "Government forces targeted the town of Kafr Zeita on Monday, killing three civilians."
    ) == {("shelling", ("Kafr Zayta",), 3)}


def test_a_town_targeted_by_a_raid_or_a_sweep_is_no_fire_from_afar() -> None:
    for body in (
        "Government forces targeted the town of Kafr Zeita in a raid on Monday, arresting 20 men.",
        "The army targeted the town of Kafr Zeita on Monday, arresting dozens of young men.",
        "The army targeted the village of Tsafe on Monday, rounding up dozens of suspects.",
        "Army troops targeted the village of Tsafe in a ground operation on Monday, killing "
        "three militants.",
        "Government forces targeted the town of Kafr Zeita on Monday, burning houses and "
        "looting shops.",
    ):
        assert "shelling" not in _types(body), body


def test_a_towns_people_targeted_are_no_town_under_fire() -> None:
    for body in (
        "Government forces targeted the town's residents in an arrest campaign on Monday.",
        "A campaign by government forces targeted the town's traders on Monday in Homs.",
    ):
        assert "shelling" not in _types(body), body


def test_members_lost_in_an_election_are_no_fight() -> None:
    assert _types(
        "Regime forces lost 15 of their members in the election in Aleppo on Monday."
    ) == (set())
    assert _reading(
        "The army lost 15 of its soldiers in clashes with rebels near Aleppo on Monday."
    ) == {("armed_clash", ("Aleppo",), 15)}


def test_hit_by_a_sides_thing_is_no_attack() -> None:
    assert (
        _types(
            "Their positions in the market were hit by the rebels' price cuts in Aleppo on Monday."
        )
        == set()
    )
    assert (
        _types(
            "Traders' positions in the market in Aleppo were hit by the forces of supply and "
            "demand on Monday."
        )
        == set()
    )
    assert _types("Rebel positions were hit by army units near Aleppo on Monday.") == {
        "attack_on_civilians"
    }


def test_a_reaction_in_another_town_to_the_killing_is_no_second_act() -> None:
    body = (
        "Gunmen attacked the village of Tsafe in Zamfara state on Monday, killing five farmers, "
        "and in Gusau the governor condemned the killing of the five farmers."
    )
    events = events_on_a_tuesday(body)
    assert [(e.event_type, e.acled.fatalities if e.acled else None) for e in events] == [
        ("attack_on_civilians", 5)
    ]
    assert "Tsafe" in [p.name for p in events[0].locations]


def test_a_definite_noun_with_its_own_place_after_it_is_still_its_own_act() -> None:
    body = (
        "Government forces shelled Kafr Zeita on Monday, killing three civilians, while the "
        "shelling of the northern Hama countryside near Morek killed two children."
    )
    assert _reading(body) == {
        ("shelling", ("Kafr Zayta",), 3),
        ("shelling", ("Murak", "Hama"), 2),
    }
