"""Tolls of the twenty-third round: one dead and a kinsman ("a ranger and his brother"), a
death told as reported ("were said to be killed"), a subject told with the group it is thought
to belong to, "had died", the verbs of mob killings ("lynches", "stone to death", "burnt
alive"), a count of the shot that a subset of the dead follows, and a count of killers before a
verb with an object."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_one_dead_and_a_kinsman_are_two() -> None:
    assert _deaths("A forest guard and his brother were shot dead by gunmen in Tarvo.") == [2.0]
    assert _deaths("On Monday a trader and his 12-year-old son were killed near Lome.") == [2.0]
    assert _deaths("Gunmen killed a farmer and his wife in their home at Kadu.") == [2.0]
    # the kinsman wounded is no one more of the dead
    assert _deaths("Gunmen killed a farmer and his wife was injured.") == [1.0]


def test_a_death_told_as_reported_counts() -> None:
    assert _deaths("Three foreign fighters were said to be killed in the raid.") == [3.0]
    assert _deaths("Four herders are believed to have been killed in the attack.") == [4.0]


def test_a_subject_told_with_the_group_it_is_thought_to_belong_to() -> None:
    text = "Five militants suspected to belong to a separatist group were killed in Kalo."
    assert _deaths(text) == [5.0]
    text = "6 militants, belonging to a separatist group were killed as they opened fire."
    assert _deaths(text) == [6.0]


def test_had_died_is_a_death() -> None:
    text = "Three soldiers from the government side had died in the clashes."
    assert _deaths(text) == [3.0]
    # a subject that "had killed" someone is no toll of its own
    assert _deaths("Three gunmen had killed a guard at the gate.") == [1.0]


def test_the_verbs_of_mob_killings() -> None:
    assert _deaths("A mob lynches four suspected thieves at Kadu market.") == [4.0]
    assert _deaths("Residents stone two suspected robbers to death.") == [2.0]
    assert _deaths("Vigilantes stone to death two drivers at the stage.") == [2.0]
    assert _deaths("Unidentified assailants burnt alive two children in their hut.") == [2.0]
    assert _deaths("The group lines up and executes 15 farmers.") == [15.0]


def test_a_count_of_the_shot_is_no_toll_when_a_subset_died() -> None:
    assert _deaths("Police fired on rioters. 13 were shot, 1 of whom was killed.") == [1.0]
    assert _deaths("Five people, among which a small boy, were killed.") == [5.0]


def test_a_count_of_killers_before_a_verb_with_an_object_is_no_toll() -> None:
    text = "At least eight gunmen shot to death the treasurer of the council."
    assert 8.0 not in _deaths(text)
    # a headline without its auxiliary still reads
    assert _deaths("Seven villagers shot dead in Kadu") == [7.0]


def test_the_one_a_killer_told_in_the_singular_killed_is_one() -> None:
    # the killer's "a" is no count of the dead: the object is
    assert _deaths("A guard fatally shot a man at the gate of the depot.") == [1.0]
    assert _deaths("An armed group fatally shot the leader of the movement.") == [1.0]
    assert _deaths("On Sunday a fighter killed his mother in Herat.") == [1.0]
    assert _deaths("A farmer shot dead his neighbour in Irobo village.") == [1.0]
    assert _deaths("Villagers nearly lynch a pastor before police intervene.") == []


def test_the_present_execute_of_headlines() -> None:
    assert _deaths("Militants Execute 24 Civilians after Seizing Village") == [24.0]
    assert _deaths("The group threatened to execute 5 hostages.") == []


def test_the_crime_a_mob_punished_is_no_toll_of_kin() -> None:
    assert _deaths("A man is lynched for allegedly killing his uncle.") == [1.0]
    assert _deaths("Villagers beat a man accused of killing his father.") == []
    assert _deaths("Residents beat up a man who had just stabbed his father to death.") == []
