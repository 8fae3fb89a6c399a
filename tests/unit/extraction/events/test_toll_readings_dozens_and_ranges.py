"""Tolls read from wordings the fourteenth round found misread: a second group named by its
force's proper name, a count of dozens, a range of figures (the lowest is the toll), a report
headed by "a" ("in a statement that six ..."), a count after a place of two words, and a toll
told over several acts beside the act's own."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_a_second_group_named_by_its_force_adds_up() -> None:
    text = "Two army soldiers and four Red Hill Front (RHF) fighters were killed in a clash."
    assert _deaths(text) == [6.0]
    assert _deaths("Three guards and two Blue Valley Brigade gunmen were killed.") == [5.0]
    # "a" heading a clause of its own before the force's name is no one of the dead
    text = "A clash broke out and 3 Red Hill Front suspects were killed, police said."
    assert _deaths(text) == [3.0]
    # but "an officer" of a short group is one of the dead
    assert _deaths("An army officer and two Blue Valley gunmen were killed.") == [3.0]


def test_a_count_of_dozens_multiplies_the_dozen() -> None:
    assert _deaths("By Tuesday the death toll had climbed to at least two dozen people.") == [24.0]
    assert _deaths("Three dozen villagers were killed in the raid.") == [36.0]
    # "dozens" alone stays no toll
    assert _deaths("Dozens of villagers were killed in the raid.") == []


def test_a_range_of_tolls_is_its_lowest_figure() -> None:
    text = "Reports say from 30 to more than 45 people were killed when the bomb fell."
    assert _deaths(text) == [30.0]
    assert _deaths("Between 12 and 20 people were killed in the raid.") == [12.0]


def test_a_report_headed_by_a_is_no_count_of_one() -> None:
    text = "The police said in a statement that six civilians were killed in the village."
    assert _deaths(text) == [6.0]
    assert _deaths("A soldier was killed at the checkpoint.") == [1.0]


def test_a_count_after_a_place_of_two_words_adds_no_one_named() -> None:
    text = "There were up to 70 dead in Red Rock and 30 dead in Blue Lake, the mayor said."
    assert _deaths(text) == [70.0, 30.0]
    # one named before the count still adds one
    assert _deaths("Abu Taleb and three others were killed.") == [4.0]


def test_a_toll_over_several_attacks_gives_way_to_the_acts_own() -> None:
    events = events_of(
        "Eleven people were killed in two separate attacks by gunmen on Thursday in the north of"
        " the country, the army said in a statement on Friday.\n\n"
        "A patrol from the detachment of Korva was ambushed Thursday near Korva, and two soldiers"
        " and four auxiliaries were killed."
    )
    # the lead's total of two attacks is not the ambush's: its own sentence tells 6
    assert [fatalities(e) for e in events] == [6]


def test_a_toll_across_the_country_is_not_one_towns() -> None:
    events = events_of(
        "Troops shelled the town of Darvel on Thursday as a total of 27 people were killed"
        " across the country, monitors said.\n\n"
        "The shelling of Darvel killed six people, including a woman and her child."
    )
    assert [fatalities(e) for e in events if e.event_type == "shelling"] == [6]


def test_a_reaction_across_the_country_leaves_the_acts_toll() -> None:
    events = events_of(
        "Seven people were killed on Monday when a bomb went off at a market in Darvel,"
        " sparking nationwide outrage.\n\n"
        "Police said two more people died in hospital on Tuesday."
    )
    # the outrage, not the dead, is country-wide: the lead's seven are the bombing's own (and
    # the two more who died in hospital add to them since the eighteenth round: 9, where a
    # lead dropped as country-wide would leave 2)
    assert [fatalities(e) for e in events if e.event_type == "explosive_attack"] == [9]


def test_a_name_after_a_kin_word_of_is_one_of_the_dead() -> None:
    # "of" before a name tells a place only after a place's noun: the son, not a town
    assert _deaths("The son of Abu Taleb and three others were killed.") == [4.0]
    assert _deaths("Fighting in the town of Red Rock and 30 dead in Blue Lake.") == [30.0]
