"""Short conflict notes of the twenty-third round (issue 11, ACLED Kenya): an abduction that
counts dead or folds in a killing is the killing's event, an armed clash when the killing was a
fight with armed men. Invented reports, generic places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "Raiders attacked a police post in the hills, killing one officer and abducting two more on Monday.",
        "At least 12 soldiers were killed and 8 were taken as hostages following an attack by rebels on a checkpoint on Monday.",
    ],
)
def test_an_abduction_in_a_deadly_fight_with_armed_men_is_an_armed_clash(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Battles"
    assert event.codes.acled_sub_event_type == "Armed clash"
    assert event.acled.fatalities > 0


def test_a_captive_found_dead_makes_the_abduction_an_attack() -> None:
    event = main_event(
        "On Monday, six armed men broke into a house in the village and kidnapped a farmer. "
        "The next day his corpse was found with signs of torture. 1 fatality."
    )
    assert event.codes.acled_sub_event_type == "Attack"
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Unidentified Armed Group")


def test_followers_of_a_party_tell_no_country_abroad() -> None:
    """ "Jubilee" is a party here, no hamlet in Canada: the unnamed crowd is not Canada's."""
    event = main_event("Jubilee supporters rioted when the primaries winner was announced.")
    assert event.acled.actor1 is not None
    assert "Canada" not in event.acled.actor1


def test_a_crowd_scattered_by_the_police_is_a_protest_with_intervention() -> None:
    event = main_event(
        "On Monday, officers shot their guns into the air to scatter a group of marchers."
    )
    assert event.codes.acled_sub_event_type == "Protest with intervention"
