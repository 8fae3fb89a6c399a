"""Air strikes told by nouns, with their attackers and targets (forty-second round, air62): a
state's bombing or bombs ("killed by regime bombing", "Russian bombing of the village", "regime
bombs"), a town's bombing, raids told back after aircraft struck ("the raids killed 20"), the
owner of what was destroyed (never the attacker) and "the coalition said its aircraft ..." (the
coalition). Each article is one to three sentences of our own; its events are asserted by type,
actor1, actor2, place (ACLED's location) and toll. The first list failed at the round's start;
the second is the same words in other senses, which must make no air strike."""

from __future__ import annotations

import re

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday

_RUSSIA = "Military Forces of Russia"
_SYRIA = "Military Forces of Syria"
_COALITION = "International Coalition Forces"
_CIVILIANS = "Civilians (Syria)"
_PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")

Told = list[tuple[str, str | None, str | None, str | None, int]]


def _told(body: str) -> Told:
    """Each event's type, actor1 and actor2 (regime periods left out), location and toll."""
    return sorted(
        (
            (
                e.event_type,
                *(_PERIOD.sub("", a) if a else None for a in (e.acled.actor1, e.acled.actor2)),
                e.acled.location,
                e.acled.fatalities,
            )
            for e in events_on_a_tuesday(body)
        ),
        key=str,
    )


# One sentence of the war's context after each article but the last.
_WAR = " Syria's war has killed hundreds of thousands of people since 2011."
_SARAQIB = "in the town of Saraqib on Monday."

_FIXED: list[tuple[str, Told]] = [
    # the regime's bombing, told as the means of the killing: one air strike, not also an
    # attack on civilians by an unidentified group
    (
        "Five civilians were killed by regime bombing on the town of Saraqib on Monday." + _WAR,
        [("airstrike", _SYRIA, _CIVILIANS, "Saraqib", 5)],
    ),
    # a state's bombing by its adjective: the state's forces are actor1
    (
        f"Seven civilians were killed in Russian bombing of the village of Kafr Nabl.{_WAR}",
        [("airstrike", _RUSSIA, _CIVILIANS, "Kafranbel", 7)],
    ),
    # a state's bombs; a town's bombing, its author unnamed
    (
        f"Regime bombs killed four civilians {_SARAQIB}{_WAR}",
        [("airstrike", _SYRIA, _CIVILIANS, "Saraqib", 4)],
    ),
    (
        f"Six civilians died in bombing on the town of Saraqib.{_WAR}",
        [("airstrike", None, _CIVILIANS, "Saraqib", 6)],
    ),
    # the owner of what was destroyed is hit, and "the coalition" speaks for its aircraft
    (
        "The coalition said its aircraft destroyed an Islamic State oil facility near Raqqa "
        f"on Monday.{_WAR}",
        [("airstrike", _COALITION, "Islamic State (Syria)", "Ar Raqqah", 0)],
    ),
    # a later word of a place the gazetteer lacks ("Tuman" is an Albanian town's other name)
    # tells no country: no "Military Forces of Albania"
    (
        "Government aircraft carried out 30 strikes on Khan Tuman on Monday.",
        [("airstrike", None, None, None, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _FIXED)
def test_bombing_nouns_are_air_strikes_with_their_attackers(body: str, expected: Told) -> None:
    assert _told(body) == sorted(expected, key=str)


def test_raids_told_back_after_aircraft_struck_are_its_strikes() -> None:
    # two sentences after aircraft struck, "the raids" that killed 20 are more of the strikes,
    # not an attack on civilians by an unidentified group
    told = _told(
        "Warplanes pounded the town of Saraqib on Monday. Rescuers searched the rubble for "
        "survivors. The Observatory said the raids killed 20 people in Douma."
    )
    assert ("airstrike", None, _CIVILIANS, "Duma", 20) in told
    assert not any(t[0] == "attack_on_civilians" for t in told)


_OTHER_SENSES: list[tuple[str, str, str | None]] = [
    # a blast's bombing at a building stays a bombing
    (
        "Twin bombings at a bus station in Kabul killed 12 people on Monday.",
        "explosive_attack",
        "Unidentified Armed Group (Afghanistan)",
    ),
    # a suspect of a bombing names no state's forces
    (
        "Police arrested a Pakistani bombing suspect in Karachi on Monday.",
        "arrest",
        "Police Forces of Pakistan",
    ),
    # raids told back by a name, not a definite word alone, are the named side's
    (
        "Afghan jets struck Taliban hideouts in Helmand on Monday. Residents fled the area. The "
        "Taliban raids on two villages in Kunduz killed three farmers, officials said.",
        "attack_on_civilians",
        "Taliban",
    ),
    # raids by men on the ground after a strike are theirs
    (
        "Warplanes pounded the town of Saraqib on Monday. On Tuesday the raids by gunmen on "
        "two villages near Hama killed three farmers.",
        "attack_on_civilians",
        "Unidentified Armed Group (Syria)",
    ),
]


@pytest.mark.parametrize(("body", "kind", "actor1"), _OTHER_SENSES)
def test_other_senses_make_no_air_strike(body: str, kind: str, actor1: str | None) -> None:
    told = _told(body)
    assert (kind, actor1) in [(t[0], t[1]) for t in told]
    assert not any(t[0] == "airstrike" and t[3] not in ("Saraqib", "Helmand") for t in told)
