"""Crowds told by words the sides' reading took for the one they name or for a lone civilian
(issue 11, fifty-third round, mob73): a family's or a community's members "of" someone, the
young or the whole body of a place ("the youth of the village", "the population"), a number of
"youth", and the trades that gather as crowds (vendors, sellers, fishers). ACLED's codebook
types violence by an unorganised crowd as mob violence by "Rioters", whatever the region.
Invented reports, generic places."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        # a family's members "of" the one they avenge act as a crowd, not as that person
        "On 9 April 2023, family members of a young woman attacked a shop owner with sticks in Nandigram village (Bogra, Rajshahi).",
        # the young of a place, the population, a number of youth
        "On 9 April 2023, in Banikoara (Alibori), the youth of the village attacked a gendarmerie post and freed a detained trader.",
        "On 9 April 2023, in Tchaourou (Borgou), the population attacked the police station after a moto driver died in custody.",
        "On 9 April 2023, dozens of youth attacked a night guard with clubs and stole his phone in Lira (Northern).",
        # trades that gather as crowds, active and passive (the motorcycle taxis' riders too)
        "On 9 April 2023, in Dassa (Collines), zemidjan drivers attacked a traffic officer after a colleague was fined.",
        "On 9 April 2023, a market inspector was assaulted by angry vendors over stall fees in Kumasi (Ashanti).",
        "On 9 April 2023, fish sellers attacked two market officials in Hatiya (Noakhali, Chittagong).",
        "On 9 April 2023, a forest guard was beaten by fishers at a river bank in Hatiya (Noakhali, Chittagong).",
    ],
)
def test_crowds_named_by_their_people_or_trade_commit_mob_violence(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert event.acled.actor1 is not None and event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # the population hit stays the civilians an armed group attacks
        (
            "On 9 April 2023, gunmen attacked the population of Dagou village, killing six people (Seno, Sahel).",
            "Attack",
        ),
        # the members of an armed group "of" a place stay armed
        (
            "On 9 April 2023, militia members of the Kadi clan attacked a village and killed three herders in Wajir.",
            "Attack",
        ),
        # a lone youth is one person hit, not a crowd
        (
            "On 9 April 2023, unidentified gunmen shot dead a youth of the village near Kisumu.",
            "Attack",
        ),
    ],
)
def test_armed_doers_and_lone_victims_are_not_crowds(body: str, sub_type: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == sub_type
    assert event.acled.actor1 is not None and not event.acled.actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("body", "sub_type", "rioters"),
    [
        # men told by the arms they bear are an armed group attacking
        (
            "On 2 July 2022, in Bembereke (Borgou), a group of young men, armed with cutlasses, attacked a cattle trader and took his money.",
            "Attack",
            False,
        ),
        # the same men with a crowd's sticks stay a crowd
        (
            "On 2 July 2022, a band of about twenty men armed with sticks beat a suspected thief at Bembereke market (Borgou).",
            "Mob violence",
            True,
        ),
    ],
)
def test_men_told_by_their_arms_are_armed(body: str, sub_type: str, rioters: bool) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == sub_type
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Rioters") is rioters


def test_the_youth_told_bare_is_one_young_man_not_a_crowd() -> None:
    """ "The youth" before a lone act is as often one young man: no crowd (review, fifty-third
    round); "the population" told so stays the crowd."""
    event = main_event(
        "On 9 April 2023, in Kandi (Alibori), the youth stabbed his neighbour to death over a debt."
    )
    assert event.event_type == "attack_on_civilians"
    assert event.acled is not None and event.acled.actor1 is not None
    assert not event.acled.actor1.startswith("Rioters")
