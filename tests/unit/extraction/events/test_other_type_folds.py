"""Thirty-eighth round, fold58: acts of two types told in one paragraph, folded or kept apart by
what the text tells of them. A strike at a place of its own beside a fight is its own act (so at
the start already; the round's rule for fire told as new beside a fight was taken out at the
merge: on the lead's blind wire it added a duplicate and no hit); an air strike named back
after a chemical attack ("the air strikes on the town") is that attack; a bare rocket a witness
tells after air strikes ("one rocket hit the school ... because of the raids") is what the
aircraft fired."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _types(events: list[EventMessage]) -> list[str]:
    return sorted(e.event_type for e in events)


def _of(events: list[EventMessage], event_type: str) -> EventMessage:
    return next(e for e in events if e.event_type == event_type)


# A fight, then fire from afar told beside it.
_FIGHT = (
    "Government forces clashed with rebels in the village of Kafr Nabudah in Hama province on "
    "Monday, killing six fighters, a monitor said. "
)


def test_a_strike_at_a_place_of_its_own_after_a_fight_is_its_own_act() -> None:
    events = events_of(
        _FIGHT + "Government warplanes bombed Khan Shaykhun, according to activists."
    )
    assert _types(events) == ["airstrike", "armed_clash"]
    assert _of(events, "airstrike").locations[0].name == "Khan Shaykhun"
    assert _of(events, "armed_clash").locations[0].name == "Kafr Nabudah"


def test_fire_that_tells_the_fights_own_toll_is_the_fight() -> None:
    # the same six dead: the shelling is how the fight went, not an act of its own
    events = events_of(_FIGHT + "Also, army artillery pounded the village, killing six fighters.")
    assert len(events) == 1
    assert events[0].acled.fatalities == 6


# A chemical attack and the air strike named back.
_GAS = (
    "A suspected chemical attack killed 70 people in the rebel-held town of Khan Sheikhoun in "
    "Idlib province on Tuesday, a monitor said.\n\n"
)


def test_the_air_strike_named_back_after_a_chemical_attack_is_that_attack() -> None:
    for retold in (
        "The strike left dozens of people choking, doctors said. Residents said warplanes "
        "carried out the strike at dawn.",
        "The air strikes on the town also wounded more than 60 people, the monitor said.",
    ):
        events = events_of(_GAS + retold)
        assert _types(events) == ["chemical_attack"]
        assert events[0].acled.fatalities == 70
        assert events[0].locations[0].name == "Khan Shaykhun"


# Air strikes, then the rocket a witness saw fall.
_RAIDS = (
    "Air strikes hit a school in the village of Haas in Idlib province on Wednesday, killing "
    "22 children, UNICEF said.\n\n"
)


def test_a_bare_rocket_told_at_the_strikes_target_is_the_air_strike() -> None:
    events = events_of(
        _RAIDS + "One rocket hit the entrance of the school as students were leaving, an "
        "activist said."
    )
    assert _types(events) == ["airstrike"]
    assert events[0].acled.fatalities == 22


@pytest.mark.parametrize(
    ("body", "kinds", "kind", "dead"),
    [
        # an air strike told "later" at another town, after the chemical attack
        (
            _GAS + "Warplanes later struck a hospital in the town of Maarat al-Numan, killing "
            "four people, the monitor said.",
            ["airstrike", "chemical_attack"],
            "airstrike",
            4,
        ),
        # rockets a side is told firing, after the air strikes
        (
            _RAIDS + "Rebels fired rockets at the school in Haas, killing two soldiers, state "
            "media said.",
            ["airstrike", "shelling"],
            "shelling",
            2,
        ),
    ],
)
def test_an_act_told_apart_stays_its_own(body: str, kinds: list[str], kind: str, dead: int) -> None:
    events = events_of(body)
    assert _types(events) == kinds
    assert _of(events, kind).acled.fatalities == dead
