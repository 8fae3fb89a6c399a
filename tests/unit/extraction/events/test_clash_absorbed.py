"""An attack whose occurrence folded in a fight with armed men is a battle (issue 11, twelfth
round): the raiders the forces then kill, the police post the attack hits, the officers who
die in it. Invented reports, generic places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        # the forces step in and kill the raiders: the raid is a fight with them
        "On 2 June 2023, raiders attacked a village near Lodwar and drove away 200 goats. Police intervened, killing eight of the raiders.",
        # the dead are told first, the attack on a police post after them
        "On 2 June 2023, two people were killed when gunmen attacked a police post near Garissa.",
        # the attack on a town, then the officers it killed
        "On 2 June 2023, militants attacked a market town near Mandera. Three police officers were killed in the attack.",
    ],
)
def test_an_attack_that_folded_in_a_fight_with_armed_men_is_a_clash(body: str) -> None:
    assert main_event(body).event_type == "armed_clash"


@pytest.mark.parametrize(
    "body",
    [
        # nobody armed is hit or fights: the attack stays one on civilians
        "On 2 June 2023, raiders attacked a village near Lodwar and killed two herders. The raiders drove away 200 goats.",
        # the forces only come afterwards, with no fight told
        "On 2 June 2023, gunmen killed two traders near Garissa. Police later arrived at the scene.",
    ],
)
def test_an_attack_on_civilians_alone_stays_an_attack(body: str) -> None:
    assert main_event(body).event_type == "attack_on_civilians"
