"""Fifty-second round (kenya72, issue 11): people of no known kind fought by the police, the
police named first or second after "between", are a crowd's fight with the police, not a
battle (`refine/fights/fight_sides.crowd_against_police`); a hurt told "by a group of" armed
men or youths is an attack (`data/triggers.tsv`)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import one_event_sides


def test_applicants_and_police_between_are_mob_violence() -> None:
    kind, actor1, actor2 = one_event_sides(
        "On 4 June 2021, a clash broke out between applicants at a cash relief centre and"
        " police in Larkana. Police baton-charged them."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Pakistan)"
    assert actor2 is not None and actor2.startswith("Police Forces of Pakistan")


def test_police_and_claimants_between_are_mob_violence() -> None:
    kind, actor1, _ = one_event_sides(
        "On 12 March 2021, fighting erupted between police and pension claimants in Shikarpur"
        " after an officer slapped a claimant for crowding the gate."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Pakistan)"


def test_police_and_robbers_between_stay_a_battle() -> None:
    kind, actor1, _ = one_event_sides(
        "On 2 May 2021, clashes erupted between the police and a gang of robbers in Kitengela;"
        " two officers were hurt."
    )
    assert kind == "armed_clash"
    assert actor1 is not None and actor1.startswith("Police Forces of Kenya")


def test_poachers_and_police_between_stay_a_battle() -> None:
    kind, _, _ = one_event_sides(
        "On 8 July 2021, a clash erupted between poachers and police in Voi, two officers"
        " were injured."
    )
    assert kind == "armed_clash"


def test_hurt_by_an_unknown_group_of_youths_is_an_attack() -> None:
    kind, actor1, actor2 = one_event_sides(
        "On 3 August 2013, a shop owner was badly injured by an unknown group of youths in Mtwapa."
    )
    assert kind == "attack_on_civilians"
    assert actor1 == "Unidentified Armed Group (Kenya)"
    assert actor2 == "Civilians (Kenya)"
