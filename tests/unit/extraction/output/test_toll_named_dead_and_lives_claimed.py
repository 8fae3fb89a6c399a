"""Tolls of the nineteenth round: the dead named one by one after the verb that killed them, a
life claimed, fatal injuries received, a kill verb before a toll told place by place, and a
weekday after a locality's name."""

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Gunmen on Thursday assassinated Karim al-Haddad, a retired colonel, near a bakery.", 1),
        ("Gunmen killed Karim al-Haddad in the market on Thursday.", 1),
        ("Raiders attacked herders near Beldara, killing Musa Idris, 57, Omar Saleh, 27, and"
         " Yusuf Adamu, aged 40.", 3),
        ("The gang shot dead Tomas Verel and Ana Kosta outside their shop.", 2),
    ],
)  # fmt: skip
def test_the_dead_named_after_the_verb_count_one_each(text: str, deaths: int) -> None:
    assert _deaths(text) == [deaths]


@pytest.mark.parametrize(
    "text",
    [
        # a group named before its members is no person
        "The army killed Islamic State fighters near the river on Monday.",
        "The raid killed Red Hill Front militants, the army said.",
        # the killing of a named person reports no act
        "Protesters demanded justice for the killing of Karim al-Haddad.",
    ],
)
def test_capitalised_words_that_name_no_person_are_no_toll(text: str) -> None:
    assert _deaths(text) == []


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Rebels fired mortar shells on the old quarter, claiming the life of a woman.", 1),
        ("The shelling on Thursday morning claimed a life, the governor said.", 1),
        ("Due to another shelling, a 66-year-old resident received fatal injuries.", 1),
        ("Two guards were mortally wounded when gunmen stormed the post.", 2),
    ],
)
def test_a_life_claimed_and_fatal_injuries_are_deaths(text: str, deaths: int) -> None:
    assert _deaths(text) == [deaths]


def test_fatal_injuries_are_no_wounded() -> None:
    assert _deaths("Four soldiers received minor injuries in the blast.") == []


def test_a_kill_verb_before_a_toll_told_place_by_place() -> None:
    """ "killed two militants in A on Friday and three others in the town of B on Thursday":
    each place's event takes its own count, and the weekday is no word of B's name."""
    events = events_of(
        "The Lebanese army killed at least two militants in Tripoli Friday and three others in"
        " the northern town of Beldara Thursday, officials said."
    )
    by_place = {
        e.locations[0].name: fatalities(e) for e in events if e.locations and e.locations[0].name
    }
    assert by_place.get("Tripoli") == 2
    assert by_place.get("Beldara") == 3


def test_a_life_claimed_told_again_is_counted_once() -> None:
    """ "A girl was killed ... claiming the life of a girl" tells one death twice."""
    events = events_of(
        "A girl was killed and two more were hurt on Sunday by rocket shells fired at the"
        " Tarvo neighbourhood of Aleppo. A police source said gunmen fired rocket shells at the"
        " Tarvo neighbourhood on Sunday night, claiming the life of a girl and wounding two"
        " people."
    )
    assert events
    assert [fatalities(e) for e in events if e.event_type == "shelling"] == [1]


def test_a_retold_locality_takes_the_toll_of_its_own_sentence() -> None:
    """Villages burned by one militia and, in a later paragraph, another group's attack near a
    village killing three named men: the three are that village's dead, not the first's."""
    events = extract_events(
        ArticleMessage(
            id="a1",
            title="Militias attack civilians in North Darfur",
            body=(
                "On Sunday 6th of April, the militia attacked and destroyed the villages of"
                " Kelmora, Dastani, Wurrak and Hillat Tamo. During the attack Ali Saleh, 35, was"
                " killed and the militia abducted Omar Hassan Ali. The other villagers were"
                " forced to flee to Tawila.\n\n"
                "On Monday 7th of April, the rebels attacked nomads near the village of Beldara"
                " 35km west of El-Fashir killing Musa Idris, 57, Omar Saleh, 27, and Yusuf Adamu,"
                " aged 40."
            ),
            published_at="2014-04-09T00:00:00Z",
        )
    )
    by_place = {e.locations[0].name: fatalities(e) for e in events if e.locations}
    assert by_place.get("Beldara") == 3
    # the three are counted at Beldara only, not added to the first attack's dead
    assert all((t or 0) <= 1 for name, t in by_place.items() if name != "Beldara")
