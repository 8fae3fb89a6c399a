"""An act told "also" at a place of its own that the act before it does not hold (twenty-sixth
round, missed46): a toll told at an unnamed locality told as another ("also killed in another
village", "in a nearby village") or strikes whose "also" follows their noun ("airstrikes also
killed seven people in the town of X") are another occurrence, not the elaboration of the first;
"also" at the same place, or with no place of its own, still adds to the first."""

from __future__ import annotations

from .articles import events_of


def _count(body: str) -> int:
    return len(events_of(body))


def test_also_killed_in_another_village_is_another_act() -> None:
    body = (
        "Warplanes hit a bakery in Saraqeb in Idlib province on Monday, killing 13 people. Two "
        "farmers were also killed in another village north of the city, medics said."
    )
    events = events_of(body)
    assert len(events) == 2
    assert sorted(e.acled.fatalities for e in events if e.acled is not None) == [2, 13]


def test_also_killed_in_a_nearby_village_is_another_act() -> None:
    body = (
        "An air strike on the village of Kafr Hamra killed 23 people on Monday, the monitor "
        "said. Eleven residents were also killed in a nearby village, it added."
    )
    assert _count(body) == 2


def test_airstrikes_also_killing_at_a_named_town_of_their_own() -> None:
    body = (
        "Airstrikes by the coalition killed 20 civilians in two parts of the eastern province of "
        "Deir ez-Zor on Monday, a monitor said. Coalition jets struck the town of Albu Kamal "
        "close to the Iraqi border, killing 13 civilians. According to the monitor, airstrikes "
        "also killed seven people in the town of Husseiniyeh to the north."
    )
    told = {(e.acled.location, e.acled.fatalities) for e in events_of(body) if e.acled is not None}
    assert ("Husseiniyeh", 7) in told


def test_also_at_the_same_town_adds_to_the_first_act() -> None:
    body = (
        "Warplanes hit a bakery in Saraqeb in Idlib province on Monday, killing 13 people. The "
        "strike also killed two children at a school in the same town."
    )
    assert _count(body) == 1


def test_strikes_also_wounding_with_no_place_of_their_own_add_to_the_first() -> None:
    body = (
        "Syrian government warplanes carried out air strikes on the town of Saraqeb on Tuesday, "
        "killing 12 civilians. The air strikes also wounded 30 people, rescuers said."
    )
    assert _count(body) == 1


def test_a_speaker_before_the_strikes_is_no_reference_back() -> None:
    # "The monitor said airstrikes ..." tells no "the ... airstrikes" back: the words between
    # the article and the act's noun are a speaker's, not the act's.
    body = (
        "Coalition jets struck the town of Albu Kamal close to the Iraqi border on Monday, "
        "killing 13 civilians, a monitor said. The monitor said airstrikes also killed seven "
        "people in the town of Husseiniyeh to the north."
    )
    told = {(e.acled.location, e.acled.fatalities) for e in events_of(body) if e.acled is not None}
    assert told == {("Albu Kamal", 13), ("Husseiniyeh", 7)}
