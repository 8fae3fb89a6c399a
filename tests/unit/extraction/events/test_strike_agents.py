"""Types told by the act's agent and by the toll told before it (issue 11): an air force that
destroys or kills strikes from the air; an attack noun told as the occasion of a toll hits those
killed, so armed dead make it a battle. Invented reports from several regions."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        "The Nigerian Air Force on Tuesday neutralised scores of Boko Haram terrorists at a camp near Bama in Borno State.",
        "The Syrian Air Force destroyed command centres and vehicles of the rebels near Morek in Hama countryside on Monday.",
        "Russian Aerospace Forces destroy oil refining stations of the militants near Deir Ezzor, killing 40 fighters.",
        "The Pakistan Air Force pounded militant hideouts in North Waziristan on Friday, officials said.",
    ],
)
def test_an_air_force_destroying_or_killing_strikes_from_the_air(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Air/drone strike"


def test_an_air_force_officer_killed_is_no_air_strike() -> None:
    event = main_event("An air force officer was killed by gunmen in Kaduna on Sunday.")
    assert event.codes.acled_sub_event_type != "Air/drone strike"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # armed men killed in an ambush: a battle, whoever laid it
        (
            "An army unit killed dozens of rebel fighters during an ambush near Beni in North Kivu on Wednesday.",
            "Armed clash",
        ),
        (
            "Four FARC guerrillas were killed in an ambush in rural Tumaco, Narino, on Monday.",
            "Armed clash",
        ),
        (
            "Three militants were killed in a raid on a hideout in Khyber district on Sunday.",
            "Armed clash",
        ),
        # unarmed people killed in it: an attack on civilians
        (
            "Gunmen killed five farmers in an ambush near Gusau in Zamfara on Monday.",
            "Attack",
        ),
        (
            "Six villagers were killed in an attack on Kiwanja in North Kivu on Monday.",
            "Attack",
        ),
    ],
)
def test_an_attack_told_as_the_occasion_of_a_toll_hits_the_dead(
    body: str, sub_event_type: str
) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the first verb's subject acts on the object the pronoun retells
        (
            "The raiders grabbed four farmers and beheaded them in Munduri village, Borno, on Tuesday.",
            "Attack",
        ),
        (
            "Gunmen abducted the village chief and his wife and killed them near Gao on Monday.",
            "Attack",
        ),
        # a crowd's joined acts stay a crowd's
        (
            "Villagers caught a suspected thief and lynched him in Kano on Monday.",
            "Mob violence",
        ),
    ],
)
def test_a_joined_verb_takes_the_first_verbs_subject_and_object(
    body: str, sub_event_type: str
) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


def test_a_participle_after_the_act_shares_its_subject() -> None:
    """ "grabbed four farmers and beheaded them before setting fire to all the houses": the
    burning is the attackers', not a mob's: one attack."""
    body = "The raiders grabbed four farmers and beheaded them before setting fire to all the houses of Munduri, Borno, on Tuesday."
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    types = [e.event_type for e in extract_events(article)]
    assert "mob_violence" not in types
    assert main_event(body).codes.acled_sub_event_type == "Attack"
