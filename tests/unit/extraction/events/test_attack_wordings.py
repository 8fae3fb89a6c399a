"""Classes of attack wording (issue 11): an attack its targets fight back against is a battle;
a state's strike with no weapon named is an air strike; a harm verb with no object is a
passive (its noun phrase is hit)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # the one shot at returns fire
        (
            "On 2 June 2023, a constable was shot by a man wanted over a burglary in Arima. The constable returned fire, killing him.",
            "armed_clash",
        ),
        # the forces who come to help exchange fire with the raiders
        (
            "On 2 June 2023, bandits raided a village in Turkana East and killed two herders. Police reservists responded and exchanged fire with the bandits.",
            "armed_clash",
        ),
        # nobody resists: an attack
        (
            "On 2 June 2023, bandits raided a village in Turkana East and killed two herders. The bandits drove away 300 goats.",
            "attack_on_civilians",
        ),
    ],
)
def test_an_attack_fought_back_is_a_clash(body: str, event_type: str) -> None:
    assert main_event(body).event_type == event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a state's strike with a determiner: an air strike
        (
            "An Israeli strike on the village of Aitaroun in southern Lebanon on Tuesday killed two men.",
            "Air/drone strike",
        ),
        (
            "Three civilians were killed in a US strike near Jilib on Monday.",
            "Air/drone strike",
        ),
    ],
)
def test_a_states_strike_is_an_air_strike(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


def test_one_alternative_of_a_guess_is_no_air_strike() -> None:
    """ "killed either in an Israeli strike or in clashes": the source does not know; the
    clash it names is the event."""
    article = ArticleMessage(
        id="t",
        body=(
            "Two men were killed either in an Israeli strike or in clashes with troops near"
            " Jenin on Monday, medics said."
        ),
        published_at="2023-06-10T12:00:00Z",
    )
    assert [e.event_type for e in extract_events(article)] == ["armed_clash"]


def test_a_labour_strike_is_no_air_strike() -> None:
    article = ArticleMessage(
        id="t",
        body="A French strike over pensions closed schools in Lyon on Monday, unions said.",
        published_at="2023-06-10T12:00:00Z",
    )
    assert all(e.event_type != "airstrike" for e in extract_events(article))


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a harm verb with no object is a passive: the residents are hit, the raiders act
        (
            "Two residents killed in Garbatulla town in attacks by armed raiders on Monday.",
            "Attack",
        ),
        # with an object it is active: the residents act
        (
            "On 2 June 2023, residents killed a suspected thief in Garbatulla town.",
            "Mob violence",
        ),
    ],
)
def test_a_harm_verb_without_object_is_a_passive(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


def test_a_demonstration_attacked_by_a_party_is_their_riot_on_protesters() -> None:
    """No state force: the party's members are rioters on the protesters (actor1), the
    demonstrators actor2, the party an associate."""
    event = main_event(
        "On 4 June 2023, members of Jubo League assaulted and injured members of the Left Alliance in Rangpur town, during their demonstration against fuel prices."
    )
    assert event.codes.acled_sub_event_type == "Protest with intervention"
    assert event.acled is not None
    assert (event.acled.actor1, event.acled.actor2) == (
        "Rioters (Bangladesh)",
        "Protesters (Bangladesh)",
    )
