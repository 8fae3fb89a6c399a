"""The means of an act decides its type before its sides: aircraft told as what did it make a
generic violence word an air or drone strike (ACLED types remote violence by its means)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.refinement import refine_type
from tests.unit.extraction.events.articles import events_of


def _refined(event_type: str, sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return refine_type(event_type, sentence, start, start + len(trigger))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event_type", "sentence", "trigger"),
    [
        # aircraft as the doer, the participle sharing its main clause's doer
        (
            "attack_on_civilians",
            "On Friday the coalition jets carried out two raids on a bus station in Marwan "
            "district, killing and wounding six travellers.",
            "killing",
        ),
        (
            "attack_on_civilians",
            "Nine herders died when army jets raided the camp at Lolo.",
            "raided",
        ),
        ("attack_on_civilians", "A helicopter shot at the two hamlets late on Sunday.", "shot"),
        # aircraft in a phrase of agent or cause after the word
        (
            "armed_clash",
            "Two guerrillas were killed late on Friday because of a blast set off by a drone near Tarbel.",
            "killed",
        ),
        (
            "attack_on_civilians",
            "Eleven shepherds were killed by the air force near Dunga.",
            "killed",
        ),
        # the second of two weapons joined to "air"
        (
            "shelling",
            "A fighter was killed in Ruritanian air and artillery attacks on Monday.",
            "artillery",
        ),
        # a munition only aircraft drop
        (
            "explosive_attack",
            "Six people died in a barrel bomb attack on the market.",
            "bomb attack",
        ),
    ],
)
def test_aircraft_as_the_means_make_an_air_strike(
    event_type: str, sentence: str, trigger: str
) -> None:
    assert _refined(event_type, sentence, trigger) == "airstrike"


@pytest.mark.parametrize(
    ("event_type", "sentence", "trigger", "expected"),
    [
        # aircraft as the target or the place
        (
            "attack_on_civilians",
            "Militants attacked the air base, killing two guards.",
            "attacked",
            "armed_clash",
        ),
        (
            "attack_on_civilians",
            "Rebels fired at a drone and killed a farmer.",
            "killed",
            "attack_on_civilians",
        ),
        # aircraft supporting a ground force, or a battle with air support
        (
            "attack_on_civilians",
            "Army units backed by the air force killed 40 rebels near Sarra.",
            "killed",
            "armed_clash",
        ),
        (
            "attack_on_civilians",
            "Forty rebels were killed in clashes with the army and bombings by jets near Sarra.",
            "killed",
            "armed_clash",
        ),
        (
            "armed_clash",
            "Troops backed by helicopters clashed with rebels near Sarra.",
            "clashed",
            "armed_clash",
        ),
        # the occasion of another act, and a suicide bomber is no aircraft
        (
            "attack_on_civilians",
            "After airstrikes hit the town, gunmen killed three farmers.",
            "killed",
            "attack_on_civilians",
        ),
        (
            "attack_on_civilians",
            "A suicide bomber at a wedding in Tarbel killed nine guests.",
            "killed",
            "attack_on_civilians",
        ),
    ],
)
def test_aircraft_that_did_not_do_it_leave_the_sides_to_decide(
    event_type: str, sentence: str, trigger: str, expected: str
) -> None:
    assert _refined(event_type, sentence, trigger) == expected


def test_a_killing_told_with_a_drone_is_one_air_strike_in_the_article() -> None:
    events = events_of(
        "Two fighters of a local militia were killed on Tuesday night by a Ruritanian drone "
        "near the village of Sarra in the Tarbel district."
    )
    assert [e.event_type for e in events] == ["airstrike"]


def test_a_sentence_with_its_own_strike_word_keeps_the_generic_word_as_its_toll() -> None:
    # "air strike" is the sentence's air strike event; "killed" is its toll, left to merging
    sentence = "Nine shepherds were killed in a Ruritanian air strike near Dunga, officials said."
    assert _refined("attack_on_civilians", sentence, "killed") == "attack_on_civilians"
