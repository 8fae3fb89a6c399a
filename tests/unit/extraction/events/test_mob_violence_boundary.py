"""Fifty-first round (riot71, issue 11): the boundary of mob violence with attacks and armed
clashes. A crowd told beside the police as the joined subject of a fight is the crowd's brawl
with the police, not a battle (`refine/fights/fight_sides.crowd_joined_with_police`); harm
told done "by unknown people" is an unidentified armed group's attack, not a mob's
(`refine/fights/unknown_doers.py`)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import one_event_sides


def test_party_members_and_police_forces_clashing_are_mob_violence() -> None:
    kind, actor1, actor2 = one_event_sides(
        "On 14 June 2022, members of the Lotus League and police forces clashed near the bus"
        " stand in Bhairab. Nine people were hurt."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Bangladesh)"
    assert actor2 is not None and actor2.startswith("Police Forces of Bangladesh")


def test_students_and_police_clashing_are_mob_violence() -> None:
    kind, actor1, _ = one_event_sides(
        "Students and police clashed near the university in Dhaka on Sunday; five were injured."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Bangladesh)"


def test_police_named_first_and_cadres_clashing_each_other_are_mob_violence() -> None:
    kind, actor1, actor2 = one_event_sides(
        "On Tuesday party cadres and the local police clashed each other at Janakpur."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Nepal)"
    assert actor2 is not None and actor2.startswith("Police Forces of Nepal")


def test_hawkers_and_officers_in_running_battles_are_mob_violence() -> None:
    kind, _, _ = one_event_sides(
        "Evicted hawkers and security officers engaged in running battles in the town centre"
        " of Nakuru. Injuries were not known."
    )
    assert kind == "mob_violence"


def test_militants_and_police_clashing_stay_a_battle() -> None:
    kind, actor1, _ = one_event_sides(
        "Police and militants clashed in Peshawar on Friday, killing two."
    )
    assert kind == "armed_clash"
    assert actor1 is not None and actor1.startswith("Police Forces of Pakistan")


def test_soldiers_and_police_against_insurgents_stay_a_battle() -> None:
    kind, _, _ = one_event_sides(
        "Police and soldiers clashed with two insurgents on a rubber plantation in Yala. One of"
        " the insurgents died."
    )
    assert kind == "armed_clash"


def test_party_members_assaulted_by_unknown_people_is_an_attack() -> None:
    kind, actor1, actor2 = one_event_sides(
        "On 19 August 2022, members of a party branch were assaulted by unknown people at Mzuzu."
    )
    assert kind == "attack_on_civilians"
    assert actor1 == "Unidentified Armed Group (Malawi)"
    assert actor2 == "Civilians (Malawi)"


def test_a_rampage_by_an_unknown_group_is_an_attack() -> None:
    kind, actor1, _ = one_event_sides(
        "A knife rampage by an unknown group left forty people injured in Eldoret."
    )
    assert kind == "attack_on_civilians"
    assert actor1 == "Unidentified Armed Group (Kenya)"


def test_a_home_petrol_bombed_by_unidentified_attackers_is_an_attack() -> None:
    kind, actor1, _ = one_event_sides(
        "The shop of a ward administrator was petrol bombed overnight by unidentified attackers"
        " in Homa Bay. Nobody was hurt."
    )
    assert kind == "attack_on_civilians"
    assert actor1 == "Unidentified Armed Group (Kenya)"


def test_a_thief_lynched_by_unknown_people_stays_mob_violence() -> None:
    kind, actor1, _ = one_event_sides(
        "A suspected thief was lynched by unknown people at a market in Kisumu on Monday."
    )
    assert kind == "mob_violence"
    assert actor1 == "Rioters (Kenya)"


def test_unidentified_assailants_acting_as_a_band_stay_mob_violence() -> None:
    kind, _, _ = one_event_sides(
        "At least ten unidentified assailants assaulted a journalist in Khulna city on Monday."
    )
    assert kind == "mob_violence"


def test_demonstrators_attacked_by_an_unidentified_group_stay_the_demonstration_s() -> None:
    kind, _, _ = one_event_sides(
        "A group protesting against the closure of a rural clinic in Matale was attacked by an"
        " unidentified group."
    )
    assert kind == "protest_dispersed"


def test_a_crowd_s_own_clause_before_the_police_is_no_side() -> None:
    kind, _, _ = one_event_sides(
        "Hundreds of residents fled and police clashed near the market in Mandera on Sunday,"
        " officials said."
    )
    assert kind == "armed_clash"
