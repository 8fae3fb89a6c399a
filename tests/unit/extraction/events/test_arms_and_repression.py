"""Event types by the arms told and by the story told (eleventh round): small arms beside a
grenade or a mortar make a ground fight, heavy weapons alone make shelling, a clash and an
abduction told in one story stay two, and the deaths of a repressed demonstration's story
are its excessive force. Invented reports."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import EventMessage

from .articles import events_published, main_event

PUBLISHED = dt.datetime(2023, 6, 10, 12, tzinfo=dt.UTC)


def _events(body: str) -> list[EventMessage]:
    return events_published(body, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        # grenades and rifles on a police station: an assault, not a grenade attack
        "Gunmen used hand grenades and automatic weapons on a police station in Kora district overnight, police said.",
        # mortar bombs beside rifles in the same telling of the assault
        "Rebels fired at police officers with assault rifles and blasted them with mortar bombs in Tamba on Sunday.",
        # explosions heard beside rifle fire
        "Police posts were attacked in Tamba on Sunday night, and witnesses said rifle bursts and loud explosions were heard.",
    ],
)
def test_a_heavy_weapon_told_beside_small_arms_is_a_ground_fight(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        "Separatist fighters fired heavy machine guns and grenade launchers on army posts near Lisk on Tuesday.",
        "Monitors recorded 40 bursts of fire involving heavy machine guns near Lisk on Tuesday.",
    ],
)
def test_heavy_weapons_alone_are_shelling(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Shelling/artillery/missile attack"


def test_heavy_fire_both_ways_stays_a_battle() -> None:
    body = "Monitors recorded 25 bursts of fire involving heavy machine guns in both directions of the front line near Lisk on Tuesday."
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


def test_a_grenade_alone_stays_a_grenade() -> None:
    body = "A man threw a grenade at a police station in Kora on Monday."
    assert main_event(body).codes.acled_sub_event_type == "Grenade"


def test_a_clash_takes_no_type_from_a_kidnapping_told_after_it() -> None:
    body = (
        "Five police officers were killed when rebels attacked a police station in Kora town on Sunday, police said.\n\n"
        "Rebels fired at the officers with assault rifles and mortar bombs until dawn.\n\n"
        "About 40 officers fled into the nearby forest and turned up unhurt on Monday.\n\n"
        "The river valley is a key smuggling route for weapons and drugs.\n\n"
        "The rebels fund themselves through the drug trade and kidnapping for ransom.\n\n"
        "Rebels have killed more than 300 members of the security forces this year."
    )
    assert main_event(body).codes.acled_sub_event_type == "Armed clash"


def test_fire_opened_on_protests_is_excessive_force() -> None:
    body = "Security forces opened fire on protests against the junta in Mombasa on Monday, killing at least 12 people."
    assert main_event(body).event_type == "protest_repressed"


def test_the_deaths_of_a_repressed_demonstrations_story_are_its_excessive_force() -> None:
    body = (
        "Police opened fire on protests against the election results in Kenya on Monday, killing at least 12 people. "
        "In Mombasa, witnesses said four people were killed when police opened fire in the evening. "
        "Two people were killed in Kisumu on Monday night, a witness said."
    )
    events = _events(body)
    assert len(events) >= 2
    assert {e.event_type for e in events} == {"protest_repressed"}


def test_a_killing_by_an_armed_group_in_a_protest_story_stays_an_attack() -> None:
    body = (
        "Police opened fire on protests against the election results in Kenya on Monday, killing at least 12 people. "
        "On Sunday, al Shabaab militants shot dead two teachers in Mandera, officials said."
    )
    types = [e.event_type for e in _events(body)]
    assert types.count("attack_on_civilians") == 1


def test_a_killing_on_another_day_in_a_protest_story_stays_an_attack() -> None:
    body = (
        "Police opened fire on protests against the election results in Kenya on Monday, killing at least 12 people. "
        "On Sunday, two teachers were shot dead in Mandera, officials said."
    )
    types = [e.event_type for e in _events(body)]
    assert types.count("attack_on_civilians") == 1
