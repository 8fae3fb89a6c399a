"""Background told by English time reference and aspect, whatever the outlet (twenty-sixth
round): a weapon named as a thing held or banned, not used; a war's toll told in the simple
past; an act in the present progressive with an adverb of manner. Texts written for these
tests; published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)


def _after_the_lead(sentence: str, *, include_background: bool = False) -> list[str]:
    body = f"{KAFR_NABL_LEAD}\n\n{sentence}"
    return [
        e.event_type
        for e in told_in(events_on_a_tuesday(body, include_background=include_background), sentence)
    ]


@pytest.mark.parametrize(
    "thing",
    [
        "Officials in Saraqib said the militants possess chemical weapons.",
        "The jets bombed a depot where the rebels were building chemical weapons.",
        "The chemical weapons watchdog sent a team to Saraqib.",
        "The OPCW, the body for the Prohibition of Chemical Weapons, sent inspectors to Saraqib.",
    ],
)
def test_a_weapon_named_as_a_thing_is_no_attack(thing: str) -> None:
    assert "chemical_attack" not in _after_the_lead(thing, include_background=True)


def test_a_weapon_used_is_an_attack() -> None:
    used = "On Monday the army used chemical weapons against the village of Saraqib."
    assert "chemical_attack" in _after_the_lead(used)


@pytest.mark.parametrize(
    "toll",
    [
        "The war also displaced nearly two million people.",
        "The conflict killed more than 300,000 people.",
    ],
)
def test_a_war_told_as_the_subject_of_its_toll_is_background(toll: str) -> None:
    assert _after_the_lead(toll) == []
    assert _after_the_lead(toll, include_background=True)  # told, as background


def test_a_progressive_with_an_adverb_of_manner_is_a_campaign() -> None:
    going_on = "Residents said the army is intensively attacking villages near Saraqib."
    assert _after_the_lead(going_on) == []
    assert _after_the_lead(going_on, include_background=True)


@pytest.mark.parametrize(
    "campaign",
    [
        "The minister called for cooperation in the fight against terrorism in Idlib.",
        "Both sides agreed on cooperation in fighting terrorism in Idlib.",
    ],
)
def test_a_fight_against_an_abstract_foe_is_no_battle(campaign: str) -> None:
    assert _after_the_lead(campaign, include_background=True) == []


def test_a_place_that_has_been_the_scene_of_fighting_is_a_standing_state() -> None:
    scene = "Saraqib has been the scene of heavy fighting between the army and the rebels."
    assert _after_the_lead(scene) == []
    assert _after_the_lead(scene, include_background=True) == ["armed_clash"]


def test_a_battle_foretold_is_planned() -> None:
    # the plan's "would" lies too far back to read the battle as planned
    foretold = (
        "The minister said that government forces would soon regain control of all the "
        "districts held by the militants in the province but predicted a tough battle for "
        "Saraqib."
    )
    assert "armed_clash" not in _after_the_lead(foretold)


@pytest.mark.parametrize(
    "hypothesis",
    [
        "Officials said coalition airstrikes would not end the threat to Saraqib.",
        "Residents of Saraqib tried to guess where the missiles might strike next.",
    ],
)
def test_an_act_that_is_the_subject_of_a_modal_is_planned(hypothesis: str) -> None:
    assert _after_the_lead(hypothesis) == []


def test_an_act_heard_or_explained_by_a_modal_is_news() -> None:
    # "could be heard", "may have been": the act happened
    heard = "On Monday an explosion could be heard across Saraqib, residents said."
    assert _after_the_lead(heard)
    unnamed = "On Monday a man who set off a suicide bomb could not be named in Saraqib."
    assert "suicide_bombing" in _after_the_lead(unnamed)


def test_an_act_told_on_with_would_later_be_is_news() -> None:
    # narrative "would later be" is the future of the past, no hypothesis (review46b)
    told = "On Monday a car bomb would later be blamed on the rebels in Saraqib, residents said."
    assert _after_the_lead(told) == ["explosive_attack"]
