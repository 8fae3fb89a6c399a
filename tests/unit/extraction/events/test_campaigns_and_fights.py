"""Fights told beside other acts (forty-seventh round, clash67): a campaign launched to take ground
back ("launched an operation to retake the town") is the fight, its aim no ground taken; air
strikes told as coinciding with a ground operation are two acts; an armed side's artillery
positions or launchers told destroyed are what the fight took out, not fire; a fight told by its
own word and a strike beside it keep apart. Every article is of our own writing, and its events
are asserted by type, actor1, actor2 and place (ACLED's location); ``...`` for an actor this
round leaves as it was. ``_FIXED`` read another type, no event or other acts at the round's
start; ``_KEPT`` already worked and must go on working; ``_NEAR`` are the same words telling no
fight or ground actually taken."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.generic_violence import fight_and_fire
from tests.unit.extraction.events.articles import Told, told_on_a_tuesday

# Read as ground retaken (beside the offensive too), no event, one air strike, a shelling, or a
# campaign's aim read as ground taken.
_FIXED: list[tuple[str, Told]] = [
    (
        "Iraqi forces launched an operation on Monday to retake the city of Mosul from "
        "Islamic State militants.",
        [("armed_clash", "Military Forces of Iraq (2022-)", "Islamic State (Iraq)", "Mosul")],
    ),
    (
        "Afghan forces on Monday launched a major operation to retake Sangin district from "
        "the Taliban.",
        [("armed_clash", ..., "Taliban", "Sangin")],
    ),
    (
        "Syrian air strikes on the town of Palmyra on Monday coincided with the launch of a "
        "ground operation by government troops to retake the town.",
        [("airstrike", ..., ..., "Tadmur"), ("armed_clash", ..., ..., "Tadmur")],
    ),
    (
        "A number of artillery positions belonging to the terrorists were also destroyed in "
        "Latakia province on Monday, the ministry said.",
        [("armed_clash", ..., "Opposition Rebels (Syria)", "Latakia")],
    ),
    (
        "Army units destroyed a tank, two rocket launchers and three cannons belonging to the "
        "militants near Harasta on Monday.",
        [("armed_clash", "Military Forces of Syria (2000-2024)", ..., "Harasta")],
    ),
    (
        "Iraqi troops launched an offensive on Monday to recapture Tikrit from Islamic State "
        "militants.",
        [("armed_clash", "Military Forces of Iraq (2022-)", "Islamic State (Iraq)", "Tikrit")],
    ),
    (
        "The company launched a campaign on Monday to regain its share of the market in Nairobi.",
        [],
    ),
]

# Already right at the round's start: ground retaken after an operation; a fight and the sorties
# that supported it, one battle that keeps its type and toll when folded (not the strike's).
_KEPT: list[tuple[str, Told]] = [
    (
        "Afghan forces recaptured Sangin district from the Taliban on Monday after a week-long "
        "operation.",
        [("territory_regained", ..., "Taliban", "Sangin")],
    ),
    (
        "70 Militants Killed in Clashes with Syrian Army in Aleppo. At least 70 militants were "
        "killed in clashes with the army in southern Aleppo on Monday, a military source said. "
        "The Syrian air force carried out 39 sorties over the past 24 hours to support the "
        "ground troops in Aleppo.",
        [("armed_clash", ..., ..., "Aleppo")],
    ),
]

# The same words telling no fight, or ground taken: a campaign's aim that was reached.
_NEAR: list[tuple[str, Told]] = [
    (
        "The army's offensive in Hama province led to the recapture of Souran on Monday.",
        [("armed_clash", ..., ..., "Suran"), ("territory_regained", ..., ..., "Suran")],
    ),
    (
        "Artillery of the army pounded rebel positions in Harasta on Monday.",
        [("shelling", ..., ..., "Harasta")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _FIXED + _KEPT + _NEAR)
def test_campaigns_and_fights(body: str, expected: Told) -> None:
    assert told_on_a_tuesday(body, expected) == expected


def test_a_fight_told_by_its_word_and_fire_from_afar_are_two_acts() -> None:
    assert fight_and_fire("armed_clash", "clashes", "airstrike")
    assert fight_and_fire("armed_clash", "fierce fighting", "shelling")
    # a fight told in generic words may be retold by its means
    assert not fight_and_fire("armed_clash", "killed", "airstrike")
    assert not fight_and_fire("armed_clash", "clashes", "explosive_attack")
