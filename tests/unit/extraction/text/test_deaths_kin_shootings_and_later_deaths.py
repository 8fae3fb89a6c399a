"""Tolls of the twenty-fourth round: kin counted after "and" ("a man and his two sons"), the
present and participle of a shooting ("shoot dead", "shooting dead 9"), more nouns of one
person, the weapons of a killing "to death", the injured who later died, a tally told with a
long phrase before its verb, and the deaths a suspect is said to be behind."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_kin_counted_after_and_add_their_count() -> None:
    assert _deaths("A farmer and his two sons were killed by raiders in Kadu.") == [3.0]
    assert _deaths("Gunmen killed a trader and her three children at Tarvo.") == [4.0]
    # one kinsman is still one more
    assert _deaths("Gunmen killed a trader and his wife at Tarvo.") == [2.0]
    # the kin told by a possessive and a count, the object of the verb
    assert _deaths("The gang torched the hut, killing his two daughters inside.") == [2.0]


def test_the_present_and_participle_of_a_shooting() -> None:
    assert _deaths("Police shoot dead 15 bandits near Lokori") == [15.0]
    assert _deaths("Youths blocked the road and police intervened, shooting dead 3.") == [3.0]
    assert _deaths("Gunmen shoot and kill two herders at a water point") == [2.0]
    assert _deaths("Police shoot dead leader of the gang in Kadu") == [1.0]
    # a shooting only threatened is none
    assert _deaths("The gang threatened to shoot dead two traders.") == []


def test_more_nouns_of_one_person_killed() -> None:
    assert _deaths("Mob kills suspected cattle rustler in Kadu") == [1.0]
    assert _deaths("Lawyer killed in her office by masked gunmen") == [1.0]
    assert _deaths("Gunmen kill missionary outside a church") == [1.0]
    # a plural is no one
    assert _deaths("Gunmen attacked the missionaries outside a church") == []


def test_the_weapons_of_a_killing_to_death() -> None:
    assert _deaths("One speared to death in a clash between herders.") == [1.0]
    assert _deaths("Four villagers were macheted to death at night.") == [4.0]
    assert _deaths("A councillor was axed to death inside his office.") == [1.0]
    # a sentence is no death
    assert _deaths("Two men were sentenced to death by the court.") == []


def test_the_injured_who_later_died() -> None:
    text = (
        "A trader, who suffered burns when a firebomb hit his shop on Friday, died"
        " on the way to hospital."
    )
    assert _deaths(text) == [1.0]
    assert _deaths("Attackers bombed a truck. The driver later died at the hospital.") == [1.0]
    assert _deaths("A leader of the youth front died and two activists were injured.") == [1.0]
    assert _deaths("Two policemen succumbed to their injuries in hospital.") == [2.0]
    assert _deaths("Police said he was shot. He died on his way to hospital.") == [1.0]
    # a death named in a relative clause reports none
    assert _deaths("The man who died was a trader from Kadu.") == []


def test_a_one_dead_subject_with_a_time_of_day_before_its_verb() -> None:
    assert _deaths("A goat thief was on Friday evening lynched by a mob.") == [1.0]


def test_a_tally_told_with_a_long_phrase_before_its_verb() -> None:
    text = (
        "The death toll of a raid on Friday by bandits from across the river on a small village"
        " in the north of the district in Kadu county has risen to 11."
    )
    assert _deaths(text) == [11.0]


def test_deaths_a_suspect_is_said_to_be_behind_are_no_toll() -> None:
    text = "Villagers lynched a youth suspected to be behind the killing of two herders."
    assert _deaths(text) == [1.0]


def test_groups_of_the_dead_joined_by_and_add_up() -> None:
    text = "Two female vaccination drive workers and a guard were killed by gunmen."
    assert _deaths(text) == [3.0]
    assert _deaths("1 militant, and 2 women were killed when gunmen attacked.") == [3.0]
    text = "An army soldier and a Special Task Unit SPO were killed and three others injured."
    assert _deaths(text) == [2.0]
    # a clause opened by "a" heads no group of the dead
    assert _deaths("A clash broke out and 3 Red Hill Front suspects were killed") == [3.0]


def test_a_second_object_then_the_wounded_in_a_clause_of_their_own() -> None:
    assert _deaths("Raiders killed one guard and one herder and injured several others.") == [2.0]
    # the wounded told as the second object are no dead
    assert _deaths("Gunmen killed 3 and 5 others injured.") == [3.0]


def test_others_killed_along_with_one_told_before() -> None:
    text = "A local commander was killed along with two of his aides in the raid."
    assert sum(_deaths(text)) == 3.0
    assert sum(_deaths("The chief was shot dead along with his driver at Tarvo.")) == 2.0
    # the wounded along with them are none
    assert sum(_deaths("The commander was killed along with 3 others injured.")) == 1.0


def test_one_shot_dead_with_words_between_and_an_attacker_s_own_death() -> None:
    assert _deaths("Unknown gunmen shot a policeman dead outside his house.") == [1.0]
    assert _deaths("Rebels shot Tomas Verel, a contractor, dead in Kadu.") == [1.0]
    assert _deaths("A militant set off a grenade, killing himself and injuring four guards.") == [
        1.0
    ]
    # a shot at someone is no death
    assert _deaths("Gunmen shot at the guard post dead of night.") == []


def test_one_dead_told_with_has_been_and_a_harm_before_the_killing() -> None:
    assert _deaths("A newly elected headman has reportedly been killed by rebels.") == [1.0]
    assert _deaths("Four policemen were allegedly abducted and killed by rebels.") == [4.0]
    assert _deaths("Three herders were beaten and chopped to death in a feud.") == [3.0]


def test_the_injured_who_later_died_told_without_commas() -> None:
    assert _deaths("A civilian was injured and later died during the gunfight.") == [1.0]
    text = "A man who received injuries to the head in the attack died at the hospital."
    assert _deaths(text) == [1.0]


def test_the_crime_a_mob_punished_is_no_toll() -> None:
    assert _deaths("A mob lynched a man for allegedly killing a youth.") == [1.0]


def test_a_suicide_is_no_toll_but_an_act_done_allegedly_is() -> None:
    assert _deaths("The student had failed a course and killed himself.") == []
    assert _deaths("Militia members allegedly kill civilian they suspected of betrayal") == [1.0]
    # a bare "killed" after "of" qualifies a noun
    assert _deaths("They marched with the body of killed student to the square.") == []
