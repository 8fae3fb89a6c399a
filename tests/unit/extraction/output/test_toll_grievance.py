"""The killing a crowd answers is not the crowd's toll (output/tolls/grievance.py, thirty-first
round); the crowd's own dead stay its toll."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


def _crowd_tolls(body: str) -> list[tuple[str, int]]:
    crowd = {"protest", "protest_dispersed", "protest_repressed", "riot", "mob_violence"}
    return [(e.event_type, fatalities(e)) for e in events_of(body) if e.event_type in crowd]


@pytest.mark.parametrize(
    "body",
    [
        # Kenyan daily: a protest after a killing by criminals
        "About 300 residents protested in Kitale on Monday after the killing of three people by"
        " criminals, demanding better security.",
        # wire: a riot after police shot two men dead
        "Protesters set fire to a police post in Mathare on Sunday after officers shot dead two"
        " youths. Police dispersed the crowd with tear gas.",
        # South Asian daily: a human chain over a killing
        "Locals staged a human chain protest in Bauphal upazila on Thursday against the killing of"
        " two school students by a teenage gang.",
    ],
)
def test_the_crowd_does_not_carry_the_dead_it_answers(body: str) -> None:
    tolls = _crowd_tolls(body)
    assert tolls, body
    assert all(dead == 0 for _, dead in tolls), tolls


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the crowd's own dead, told in the same sentence
        (
            "Police shot dead two protesters in Kisumu on Monday as crowds demanding the release"
            " of opposition leaders stoned vehicles.",
            2,
        ),
        # a mob's own victims after the killing it answers: its victims stay, the herder goes
        (
            "Villagers lynched two suspected cattle thieves in Marsabit on Friday after the"
            " killing of a herder.",
            2,
        ),
        # South Asian daily: "following which" tells the crowd's own act, not what it answers
        (
            "Ruling party men fired shots and injured four demonstrators in Madhabdi on Sunday,"
            " following which demonstrators assaulted and killed six members of the ruling"
            " party.",
            6,
        ),
        # Kenyan daily: "against" a decision, then the crowd's own dead ("of them")
        (
            "Police fired on demonstrators protesting against the election rerun in Webuye on"
            " Saturday and killed three of them. The crowd blocked the highway.",
            3,
        ),
        # South Asian daily: "over" a dispute, no killing answered
        (
            "A clash between two families over a boundary dispute in Mirpur on Friday left a"
            " farmer killed and four others injured.",
            1,
        ),
        # the riot's dead, then the grievance: only the riot's
        (
            "Rioters burned shops in Garissa on Friday, killing two people, after a protest"
            " against the death of a trader in police custody.",
            2,
        ),
    ],
)
def test_the_crowds_own_dead_stay(body: str, deaths: int) -> None:
    tolls = _crowd_tolls(body)
    assert tolls, body
    assert max(dead for _, dead in tolls) == deaths, tolls
