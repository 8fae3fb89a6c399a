"""A fight told as the police's with people who bear no arms is the crowd's riot or mob
violence, the police named first too (issue 11, twelfth round): "a clash took place between
police and party activists", "police clashed with farmers". Invented reports, invented places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2023, a clash took place between police and party activists in Oakvale.",
        "On 2 June 2023, police clashed with farmers in Oakvale over the closure of a market road.",
        "On 2 June 2023, seven people including three officers were hurt in a clash between police and a big crowd of youths in Oakvale.",
    ],
)
def test_the_police_against_an_unarmed_crowd_is_mob_violence(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "mob_violence"
    assert event.acled.actor1.startswith("Rioters (")


@pytest.mark.parametrize(
    "body",
    [
        # armed men on the other side: a battle
        "On 2 June 2023, police clashed with gunmen in Oakvale.",
        "On 2 June 2023, a clash between police and militants left two dead in Oakvale.",
        "On 2 June 2023, police clashed with armed villagers in Oakvale.",
        "On 2 June 2023, a policeman was killed in a clash between police and a group of armed men in Oakvale.",
    ],
)
def test_the_police_against_armed_men_stays_a_battle(body: str) -> None:
    assert main_event(body).event_type == "armed_clash"
