"""Death tolls of the fortieth round, read from the text: the dead of an earlier incident told
after the act in a clause of its own ("…, two days after they killed five in Bakassi") are that
incident's, not the act's."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import events_of


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        (
            "Gunmen killed 12 villagers in Ombo on Monday, two days after they killed five in Oru.",
            12,
        ),
        (
            "Militants killed seven soldiers on Tuesday, a week after they had killed four police.",
            7,
        ),
        ("The toll rose to 20 on Tuesday, a day after the blast killed 12 in the market.", 20),
        ("Three protesters were shot dead on Friday, hours after police killed two in Kisumu.", 3),
    ],
)
def test_the_dead_of_an_earlier_incident_told_after_are_not_the_acts(
    body: str, deaths: int
) -> None:
    assert _deaths(body) == [float(deaths)]
    assert [e.acled.fatalities for e in events_of(body)][:1] == [deaths]


def test_a_clause_after_with_no_toll_and_a_toll_before_it_stay() -> None:
    # the clause after tells no dead: the act's toll is read as before
    assert _deaths("Three people were killed on Monday, days after the ceasefire began.") == [3.0]
    # a later clause that is no time told back keeps its dead ("and killed five")
    body = "Gunmen stormed the village on Monday and killed five, residents said."
    assert _deaths(body) == [5.0]
