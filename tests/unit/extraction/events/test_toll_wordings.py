"""Tolls told in the wordings of statements and wire copy: the dead as what grew ("the death
from the raid has risen to 9"), a killing of a count, the words of military statements
("neutralized", "eliminated", "embraced martyrdom"), a second group told with its force, a
later total that counts the first told among its dead, and a tally counted since a day."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_the_dead_as_what_grew_are_the_toll() -> None:
    assert _deaths("The death from a drone strike on a farm near Dorvan has risen to 9.") == [9.0]
    assert _deaths("Deaths from the shelling of the camp went up to 14 on Friday.") == [14.0]
    # one person's death is no tally that grew
    assert _deaths("The death of a guard rose to the top of the news.") == [1.0]


def test_a_killing_of_a_count_is_a_toll_but_not_the_killing_of_one_named() -> None:
    assert _deaths("Jets struck a market, resulting in the killing of four traders.") == [4.0]
    assert _deaths("They condemned the killing of a journalist in the city.") == []


def test_neutralized_and_eliminated_count_people_not_things() -> None:
    assert _deaths("The troops eliminated at least 17 terrorists near Garou.") == [17.0]
    assert _deaths("In the raid a militant was neutralized, the army said.") == [1.0]
    assert _deaths('Nine separatists were also "neutralized" by the gendarmes.') == [9.0]
    assert _deaths("Engineers neutralized two explosive devices on the road.") == []


def test_martyrdom_embraced_by_soldiers_named_between_dashes() -> None:
    text = "Two soldiers – Sepoy Arlan Mehr and Sepoy Tavin Rosh – embraced martyrdom."
    assert _deaths(text) == [2.0]


def test_a_second_group_told_with_the_force_it_belongs_to_adds_up() -> None:
    text = "Eleven soldiers and twenty-four volunteers of the civil defence of Kaya were killed."
    assert _deaths(text) == [35.0]


def test_a_later_total_that_counts_the_first_dead_is_the_toll() -> None:
    body = (
        "Five villagers have been killed on Thursday in a suicide bombing in Mora, in the far"
        " north of Cameroon, police said. There were 7 deaths, including five villagers and two"
        " bombers, a security source said."
    )
    (event,) = events_of(body)
    assert event.event_type == "suicide_bombing"
    assert fatalities(event) == 7


def test_a_tally_counted_since_a_day_is_not_the_act_toll() -> None:
    body = (
        "Two demonstrators were killed and fifty were hurt by security forces in Port Belem on"
        " Saturday during rallies against the junta, a union of doctors said.\n\nOpponents of the"
        " junta are demonstrating against the general despite four days of deadly repression."
        " The latest deaths bring to eleven the number of demonstrators killed since the"
        " general dissolved the cabinet on Monday."
    )
    tolls = [fatalities(e) for e in events_of(body)]
    assert 2 in tolls
    assert 11 not in tolls
