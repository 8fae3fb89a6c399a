"""Who acts in short conflict notes (issue 11, fourteenth round): a crowd told as hit by a
passive ("youths were attacked by the police") is no mob's agent, and a group of armed men is
armed, not a crowd. Invented reports, generic places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "Four youths were attacked and injured by the police in the market town on Monday.",
        "Villagers were reportedly attacked by soldiers who entered the village at night and opened fire.",
        "Residents were assaulted by police officers during a security operation in the estate on Friday.",
    ],
)
def test_a_crowd_told_as_hit_is_attacked_by_the_agent_of_its_passive(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Violence against civilians"
    assert event.codes.acled_sub_event_type == "Attack"
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith(("Police Forces", "Military Forces"))


def test_a_crowd_acting_stays_mob_violence() -> None:
    event = main_event("Angry villagers attacked a suspected thief at the market on Monday.")
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    "body",
    [
        "A group of armed men killed two people in the hills and stole cattle on Sunday.",
        "Groups of armed men with machetes attacked residents of the estate and injured ten on Monday.",
    ],
)
def test_a_group_of_armed_men_is_an_armed_group(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Attack"
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Unidentified Armed Group")


def test_a_group_of_young_men_is_still_a_crowd() -> None:
    event = main_event("A group of young men attacked a trader at the market on Monday.")
    assert event.codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed a shopkeeper and kidnapped his wife during a raid on a village on Monday.",
        "Two aid workers kidnapped and their driver killed in an attack by gunmen on the main road on Monday.",
        "A trader was kidnapped in the town on Monday. He was tortured to death later.",
        "A councillor was abducted by unidentified attackers on Monday. His body was found five days later.",
    ],
)
def test_an_abduction_told_with_a_killing_is_an_attack(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Violence against civilians"
    assert event.codes.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen abducted two teachers from a school in the hills on Monday.",
        "Gunmen abducted two teachers and injured a guard at a school on Monday.",
        "A trader was kidnapped in the town on Monday. Police said they were searching for the kidnappers.",
    ],
)
def test_an_abduction_with_no_killing_stays_an_abduction(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "body",
    [
        "A bandit was shot dead by police after a raid on a village in the hills on Monday.",
        "Police reservists killed a cattle raider near the river on Monday.",
        "Three pirates were shot dead by security forces near the island on Monday.",
    ],
)
def test_one_bandit_or_raider_killed_by_the_forces_is_a_battle(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Armed clash"
    assert event.acled.actor2 is not None
    # ("Unidentified Communal Militia" for a note of 2016 on: regimes.militia_word_of_the_day)
    assert event.acled.actor2.startswith(
        ("Unidentified Armed Group", "Unidentified Ethnic", "Unidentified Communal")
    )
