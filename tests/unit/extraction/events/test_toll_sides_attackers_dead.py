"""Tolls of the fourteenth round's second tolls branch: armed groups named by their cause
("rebels", "separatists", "secessionists") are the attackers whose dead, told after their
victims', add to the toll; a first toll told of a fight "between" two sides counts both; "a"
heading the object of a first verb ("stormed a village and killed ...") is no one killed."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_separatists_killed_after_the_gendarmes_add_to_the_toll() -> None:
    body = (
        "Armed men attacked a gendarmerie post in the town of Red Ford on Tuesday, killing"
        " three gendarmes, the army said. Seven separatists were killed in the firefight that"
        " followed, it added."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 10


def test_rebels_killed_after_the_soldiers_add_to_the_toll() -> None:
    body = (
        "Gunmen ambushed an army convoy near the town of Stone Bridge on Friday, killing two"
        " soldiers, officials said. Four rebels were killed when troops returned fire, the"
        " officials said."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 6


def test_a_first_toll_of_a_fight_between_two_sides_counts_both() -> None:
    body = (
        "Six were killed on Friday in a gunfight between government troops and members of"
        " the Hill People's Front near the town of Stone Bridge, the army said. The army said"
        " four rebels were killed in the gunfight."
    )
    (event,) = events_of(body)
    assert fatalities(event) == 6


def test_an_object_before_a_second_verb_is_no_one_killed() -> None:
    assert _deaths("The raiders stormed a farm and killed 14 villagers on Sunday.") == [14.0]
    assert _deaths("Gunmen stormed a village and killed dozens of residents.") == []
    # one of the dead told as the subject still counts, in the passive too
    assert _deaths("A farmer was killed and two others wounded.") == [1.0]
    assert _deaths("A herder is attacked and killed by raiders near the well.") == [1.0]
    assert _deaths("The trader was seized by a mob and killed on the road.") == [1.0]
