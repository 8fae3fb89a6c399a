"""A state outlet's round-up of a day's army operations (forty-ninth round, clash69): one clash
per place, at its place. Every article is of our own writing; events are asserted by type,
actor1, actor2 and place (ACLED's location), ``...`` for an actor this round leaves as it was.
Each case of ``_AROUND`` failed at the round's start (the clash folded into the sentence
before's, at its village)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import Told, events_on_a_tuesday, told_on_a_tuesday

_ARMY = "Military Forces of Syria (2000-2024)"
_ISIS = "Islamic State (Syria)"
_LEAD = (
    "The army killed scores of ISIS terrorists in Deir Ezzor on Monday, a military source told "
    "SANA. An army unit destroyed ISIS positions and vehicles in al-Jafra village in the "
    "eastern countryside. "
)

# A clash told around a village the gazetteer lacks ("in the surroundings of X"), after a
# sentence about another village: a clash of its own, at that village, with its own dead.
_AROUND: list[tuple[str, Told]] = [
    (
        _LEAD + "Another unit clashed with ISIS terrorists in the surroundings of Hawijat Saqr "
        "killing nine of them.",
        [("armed_clash", _ARMY, _ISIS, "al-Jafra"), ("armed_clash", _ARMY, _ISIS, "Hawijat Saqr")],
    ),
    (
        _LEAD + "Another unit clashed with ISIS terrorists in the vicinity of Hawijat Saqr, "
        "killing nine of them.",
        [("armed_clash", _ARMY, _ISIS, "al-Jafra"), ("armed_clash", _ARMY, _ISIS, "Hawijat Saqr")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _AROUND)
def test_clash_around_a_village(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected


def test_clash_around_a_village_keeps_its_dead() -> None:
    body = _AROUND[0][0]
    dead = {
        e.acled.location: e.acled.fatalities
        for e in events_on_a_tuesday(body)
        if e.event_type == "armed_clash"
    }
    assert dead == {"al-Jafra": 0, "Hawijat Saqr": 9}
