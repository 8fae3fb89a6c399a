"""Twenty-fourth round (missed44): a weapon named as what was destroyed, seized or found is no
firing (gate ``fired_weapon`` on the shelling wordings "shells" and "mortars"), so a list of
villages the fight was told at does not multiply a shelling nobody fired."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refusals.gates.weapons import fired_weapon
from tests.unit.extraction.events.articles import events_of


def test_mortar_shells_destroyed_after_a_repelled_attack_are_no_shelling() -> None:
    events = events_of(
        "Kurdish fighters repelled an attack by Islamic State militants on their positions near"
        " the town of Manbij in Aleppo province on Monday, killing 30 militants and destroying"
        " two of their trucks and mortar shells and launchers."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].locations[0].name == "Manbij"


def test_rockets_seized_are_no_shelling() -> None:
    events = events_of(
        "Syrian troops seized two rockets and a launcher in the town of Manbij in Aleppo province"
        " on Monday, state media said."
    )
    assert "shelling" not in [e.event_type for e in events]


def test_a_village_shelled_after_tanks_destroyed_is_still_shelled() -> None:
    events = events_of(
        "Syrian troops destroyed two tanks and shelled the town of Manbij in Aleppo province on"
        " Monday, state media said."
    )
    assert "shelling" in [e.event_type for e in events]


def test_houses_destroyed_with_mortar_shells_are_a_shelling() -> None:
    events = events_of(
        "Rebels destroyed three houses with mortar shells in the town of Manbij in Aleppo province"
        " on Monday, state media said."
    )
    shellings = [e for e in events if e.event_type == "shelling"]
    assert shellings and shellings[0].locations[0].name == "Manbij"


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # review44: a verb of firing after the capture opens a clause of its own
        ("Rebels captured the hill on Monday and began firing rockets at the town", "rockets"),
        ("Insurgents seized a pickup and rained mortar shells on the town", "mortar"),
    ],
)
def test_a_weapon_fired_after_a_capture_is_fired(sentence: str, weapon: str) -> None:
    start = sentence.index(weapon)
    assert fired_weapon(sentence, start, start + len(weapon), "")


def test_a_weapon_destroyed_is_not_fired() -> None:
    sentence = "killing 30 militants and destroying two of their trucks and mortar shells"
    start = sentence.index("mortar")
    assert not fired_weapon(sentence, start, start + len("mortar"), "")
