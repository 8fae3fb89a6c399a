"""Edges of the eleventh round's rules, found in review: a second passive with an auxiliary of
its own names its own agent, and a death a demonstration is about is no death of its dispersal.
Invented reports."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.events.detect.sides.agents import agent_and_hit
from newsevents.extraction.pipeline import extract_events


def _agent(sentence: str, trigger: str) -> str | None:
    start = sentence.index(trigger)
    end = start + len(trigger)
    return agent_and_hit(sentence, start, end, sentence[:start], sentence[end:])[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer was killed in Kora and three suspects were detained by soldiers.",
        "A farmer was killed in Kora and his brother was questioned by police.",
    ],
)
def test_a_second_clause_with_its_own_auxiliary_names_its_own_agent(sentence: str) -> None:
    assert _agent(sentence, "killed") is None


def test_a_second_passive_without_an_auxiliary_shares_the_agent() -> None:
    sentence = "A man was beaten to death in Kora and set on fire by residents."
    assert _agent(sentence, "beaten to death") == "crowd"


def _types(body: str) -> list[str]:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    return [e.event_type for e in extract_events(article)]


@pytest.mark.parametrize(
    "lead",
    [
        "Police fired tear gas to disperse protesters angry over the death of a student in Kora on Monday.",
        "Police dispersed demonstrators demanding justice for a man who died in custody in Kora on Monday.",
    ],
)
def test_a_death_the_demonstration_is_about_makes_no_lethal_repression(lead: str) -> None:
    types = _types(lead + " Two people were killed in Tamba on Monday.")
    assert "attack_on_civilians" in types
    assert "protest_repressed" not in types


def test_deaths_told_with_the_dispersal_still_make_it_lethal() -> None:
    body = (
        "Two people died when police shot, beat and tear-gassed demonstrators in Kora on Monday. "
        "Three people were killed in Tamba on Monday."
    )
    assert "protest_repressed" in _types(body)


def _sub_types(body: str) -> list[str | None]:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    return [e.codes.acled_sub_event_type for e in extract_events(article)]


@pytest.mark.parametrize(
    "body",
    [
        "Militants engaged security forces in running battles near Kora on Monday.",
        "Gunmen fought police in running battles for hours in Kora on Monday, leaving two officers dead.",
    ],
)
def test_an_armed_group_in_running_battles_with_the_force_fights_a_battle(body: str) -> None:
    assert _sub_types(body) == ["Armed clash"]


def test_a_crowd_in_running_battles_with_the_police_riots() -> None:
    body = "Youths fought police in running battles in Kora on Monday."
    assert _sub_types(body) == ["Violent demonstration"]


def test_an_arrest_told_in_another_incident_at_the_same_town_stays_two() -> None:
    body = (
        "Police arrested 12 robbery suspects in Nakuru on Monday. "
        "In another incident, police arrested three men in Nakuru."
    )
    assert _types(body) == ["arrest", "arrest"]


def test_an_arrest_told_again_at_its_town_is_one() -> None:
    body = (
        "Police arrested 12 robbery suspects in Nakuru on Monday. "
        "The arrests drew criticism from rights groups in Nakuru."
    )
    assert _types(body) == ["arrest"]
