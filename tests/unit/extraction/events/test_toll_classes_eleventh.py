"""Tolls of the eleventh round: a superlative measured against a period is the act's own toll;
one named with a count of others; fighters of the other side told after the victims; later
tolls that break the first down do not add to it."""

from __future__ import annotations

from newsevents.extraction.text.deaths import find_deaths
from newsevents.extraction.text.periods import counts_a_period
from tests.unit.extraction.events.articles import events_of, fatalities


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_a_superlative_since_the_start_of_an_offensive_is_the_acts_own_toll() -> None:
    text = (
        "A drone strike killed six farmers near Tarvo on Monday, the deadliest toll from a"
        " single strike since the start of the offensive, medics said."
    )
    assert not counts_a_period(text)
    (event,) = events_of(text)
    assert event.event_type == "airstrike"
    assert fatalities(event) == 6
    # a tally of the period itself still counts the period
    assert counts_a_period("Some 300 people have been killed since the start of the offensive.")


def test_one_named_and_a_count_of_others_is_one_more() -> None:
    text = (
        "The army said it killed Tomas Verel, a commander of the Beta Front, and two other"
        " fighters near the town."
    )
    assert _deaths(text) == [3.0]
    assert _deaths("The strike killed the commander and two others.") == [3.0]


def test_fighters_killed_after_the_police_toll_are_the_other_side() -> None:
    body = (
        "Insurgents stormed a police post in Darel district on Sunday night and killed six"
        " policemen, an official said on Monday. Four rebel fighters were killed in the attack,"
        " he said."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 10


def test_other_dead_that_break_the_first_toll_down_do_not_add() -> None:
    body = (
        "Police killed at least five protesters when they opened fire on a march in Tarvo on"
        " Monday. A witness saw one man shot dead near the bridge. He also saw four others"
        " killed."
    )
    tolls = [fatalities(e) for e in events_of(body)]
    assert 5 in tolls
    assert all(t <= 5 for t in tolls)
