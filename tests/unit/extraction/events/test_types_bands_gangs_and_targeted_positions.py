"""Event types of the twenty-third round (types43): the wordings of a class decide the type
(events/detect/refine/)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    "note",
    [
        "On 3 May 2023, at least 10-12 assailants assaulted and injured a journalist with iron "
        "rods in Magura town (Magura Sadar, Khulna).",
        "On 3 May 2023, members of a fishing community assaulted and injured a council member "
        "in Magura town (Magura Sadar, Khulna), over a land dispute.",
        "On 3 May 2023, several shopkeepers assaulted and injured a student in Khulna city "
        "(Khulna Sadar), "
        "after a quarrel over a price.",
        "On 3 May 2023, assailants, led by a council chairman, stabbed and injured two men in "
        "Magura town (Magura Sadar, Khulna).",
    ],
)
def test_a_band_no_one_arms_beating_someone_is_mob_violence(note: str) -> None:
    event = main_event(note)
    assert event.codes.acled_sub_event_type == "Mob violence"
    assert event.acled.actor1 == "Rioters (Bangladesh)"


@pytest.mark.parametrize(
    "note",
    [
        # a passive with no agent: who did it is unknown
        "On 3 May 2023, a journalist was assaulted and injured in Magura town "
        "(Magura Sadar, Khulna).",
        # gunfire: no mob's weapon
        "On 3 May 2023, at least 10 assailants assaulted a trader and fired shots in Magura "
        "town (Magura Sadar, Khulna).",
        # armed men
        "On 3 May 2023, armed men assaulted and injured a trader in Magura town "
        "(Magura Sadar, Khulna).",
    ],
)
def test_an_attack_stays_an_attack(note: str) -> None:
    assert main_event(note).codes.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    "told",
    [
        "The victim had charges against him for robbery and drug trafficking.",
        "The victim was involved in a gang.",
    ],
)
def test_a_victim_told_as_a_gang_member_makes_a_clash(told: str) -> None:
    note = (
        "On 5 May 2020, in Belem, Para, a man was shot dead in the Jurunas neighborhood "
        f"by two armed men. {told}"
    )
    assert main_event(note).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "told",
    [
        "The victim had a criminal record.",
        "The victim belonged to no gang.",
    ],
)
def test_a_victim_with_a_record_only_is_attacked(told: str) -> None:
    note = (
        "On 5 May 2020, in Belem, Para, a man was shot dead in the Jurunas neighborhood "
        f"by two armed men. {told}"
    )
    assert main_event(note).codes.acled_sub_event_type == "Attack"


def test_a_gathering_of_fighters_targeted_by_the_army_is_shelling() -> None:
    note = (
        "An army unit targeted a gathering of Nusra terrorists on a hill in the northeastern "
        "countryside of Sweida province, a military source said."
    )
    assert main_event(note).codes.acled_sub_event_type == "Shelling/artillery/missile attack"


def test_positions_targeted_both_ways_stay_a_clash() -> None:
    note = (
        "Indian and Pakistani troops on Wednesday targeted each other's posts along the "
        "Line of Control in Poonch district."
    )
    assert main_event(note).codes.acled_sub_event_type == "Armed clash"


def test_positions_targeted_by_jets_are_an_air_strike() -> None:
    note = (
        "Syrian fighter jets targeted hideouts of ISIS terrorists in the town of al-Bab in the "
        "northeastern countryside of Aleppo province."
    )
    assert main_event(note).codes.acled_sub_event_type == "Air/drone strike"
