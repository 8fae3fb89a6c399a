"""Aircraft as the doer of a strike (thirty-sixth round, air56): planes and aircraft told by their
model, a doer far before its participle or set off in an apposition, and "air" or "aerial"
before a weapon or an act make an air strike; aircraft hit in the passive, a strike denied
inside its own words and the artillery pieces a strike destroyed do not."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.extraction.events.detect.refine.refinement import refine_type
from newsevents.extraction.events.detect.refusals.gates.weapons import not_goods
from tests.unit.extraction.events.articles import acled_of, events_of

_ON = dt.datetime(2016, 11, 22, tzinfo=dt.UTC)


def _refined(event_type: str, sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return refine_type(event_type, sentence, start, start + len(trigger))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        (
            "Twelve villagers died when Sudanese government planes bombed the village of "
            "Tarbel on Monday.",
            "Military Forces of Sudan",
        ),
        (
            "Iraqi F-16s hit hideouts of the Islamic State near Sarra on Monday.",
            "Military Forces of Iraq",
        ),
        (
            "A Russian Su-24 bombed the town of Sarra in Syria on Monday, killing three people.",
            "Military Forces of Russia",
        ),
    ],
)
def test_planes_and_aircraft_told_by_their_model_strike_for_their_state(
    body: str, owner: str
) -> None:
    assert [e.event_type for e in events_of(body)] == ["airstrike"]
    acled = acled_of(body, "airstrike", _ON)
    assert acled.actor1 is not None and acled.actor1.startswith(owner)


def test_the_civilians_a_foreign_state_s_planes_kill_are_not_its_own() -> None:
    body = (
        "Russian planes bombed the town of Sarra in Syria's Idlib province on Monday, "
        "killing 15 civilians, a monitor said."
    )
    acled = acled_of(body, "airstrike", _ON)
    assert acled.actor1 is not None and acled.actor1.startswith("Military Forces of Russia")
    assert acled.actor2 == "Civilians (Syria)"
    assert acled.fatalities == 15


@pytest.mark.parametrize(
    ("body", "struck"),
    [
        # "air" or "aerial" before a weapon or an act
        ("An aerial bomb hit a house in Sarra on Monday, killing a mother and her child.", True),
        ("An air attack on the market of Sarra killed 12 people on Monday.", True),
        ("An air bombardment of Sarra killed 20 people on Monday.", True),
        ("Bombing runs on Sarra killed 20 people on Monday.", True),
        # aircraft hit, in the passive, and a strike denied inside its own words
        ("Two Ruritanian jets were shot down over Tarbel on Monday.", False),
        ("The ministry said its planes had not carried out any raids near Tarbel.", False),
    ],
)
def test_air_before_a_weapon_strikes_and_aircraft_hit_or_denied_do_not(
    body: str, struck: bool
) -> None:
    types = [e.event_type for e in events_of(body)]
    assert types == ["airstrike"] if struck else "airstrike" not in types


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the doer far before its participle, past a long object and place
        (
            "Rebels said Russian jets in violation of a truce hit an outpost in the hills of the "
            "northern province near the border with Turkey killing one fighter.",
            "killing",
        ),
        # the doer in an apposition after the act's word
        ("The raids, carried out by government jets, killed 20 people in Sarra.", "raids"),
    ],
)
def test_aircraft_told_far_or_in_an_apposition_make_the_act_an_air_strike(
    sentence: str, trigger: str
) -> None:
    assert _refined("attack_on_civilians", sentence, trigger) == "airstrike"


def test_artillery_pieces_a_strike_destroyed_are_no_artillery_fire() -> None:
    destroyed = "The sorties destroyed two vehicles and 8 artillery pieces near Sarra."
    start = destroyed.index("artillery")
    assert not not_goods(destroyed, start, start + len("artillery"), "")
    fired = "Army artillery pounded the town of Sarra."
    start = fired.index("artillery")
    assert not_goods(fired, start, start + len("artillery"), "")
