"""An act told "also" at a place of its own that the act before it does not hold (twenty-sixth
round, missed46): a toll told at an unnamed other locality ("were also killed in another
town", "in a besieged neighbourhood") or strikes whose "also" follows their noun ("airstrikes
also killed seven civilians in the town of X") are another occurrence, not the elaboration of
the first; "also" at the same place, or with no place of its own, still adds to the first."""

from __future__ import annotations

from .articles import events_of


def _count(body: str) -> int:
    return len(events_of(body))


def test_also_killed_in_another_town_is_another_act() -> None:
    body = (
        "Russian jets struck a fuel market in the town of Saraqeb in Idlib province on Monday, "
        "killing 13 people. Three people were also killed in another town in the Idlib "
        "countryside."
    )
    events = events_of(body)
    assert len(events) == 2
    assert sorted(e.acled.fatalities for e in events if e.acled is not None) == [3, 13]


def test_also_killed_in_an_unnamed_neighbourhood_is_another_act() -> None:
    body = (
        "At least 23 people were killed in an airstrike on the village of Oweijel west of "
        "Aleppo on Monday, the Observatory said. More than a dozen people were also killed in "
        "a besieged eastern neighborhood of the city."
    )
    assert _count(body) == 2


def test_strikes_also_killing_at_a_named_town_of_their_own() -> None:
    body = (
        "Airstrikes by the coalition killed 20 civilians in two parts of the eastern province "
        "of Deir ez-Zor on Monday, a monitor said. Jets struck the town of Albu Kamal near the "
        "Iraqi border, killing 13 civilians. The monitoring group said airstrikes also killed "
        "seven civilians in the town of Husseiniyeh further north along the river."
    )
    told = {(e.acled.location, e.acled.fatalities) for e in events_of(body) if e.acled is not None}
    assert ("Husseiniyeh", 7) in told


def test_also_at_the_same_town_adds_to_the_first_act() -> None:
    body = (
        "Russian jets struck a fuel market in the town of Saraqeb in Idlib province on Monday, "
        "killing 13 people. The bombing also killed two children in a school in the same town."
    )
    assert _count(body) == 1


def test_strikes_also_wounding_with_no_place_of_their_own_add_to_the_first() -> None:
    body = (
        "Syrian government warplanes carried out air strikes on the town of Saraqeb on Tuesday, "
        "killing 12 civilians. The air strikes also wounded 30 people, rescuers said."
    )
    assert _count(body) == 1
