"""A retelling of an incident in a sentence about a state's reaction: the state answers the
act, it does not place it (twenty-fifth round, dups45)."""

from __future__ import annotations

from .articles import events_of


def _violent(body: str) -> list[str]:
    return [
        e.event_type
        for e in events_of(body)
        if e.event_type in {"chemical_attack", "attack_on_civilians", "airstrike", "armed_clash"}
    ]


def test_a_state_calling_for_a_meeting_about_the_attack_does_not_place_a_second_one() -> None:
    body = (
        "The Syrian army used chemical weapons on the town of Saraqeb in Idlib province on "
        "Tuesday, killing 40 civilians, rescue workers said. The victims suffered from choking. "
        "Britain also called for a U.N. team to inspect the scene of the attack."
    )
    assert _violent(body) == ["chemical_attack"]


def test_a_weekday_possessive_without_its_apostrophe_still_refers_back() -> None:
    body = (
        "The Syrian army used chemical weapons on the town of Saraqeb in Idlib province on "
        "Tuesday, killing 40 civilians, rescue workers said. The victims suffered from choking. "
        "France called for a closed session of the U.N. Security Council on Tuesdays attack."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["chemical_attack"]
    assert any(
        a.role == "actor1" and a.name == "Military Forces of Syria" for a in events[0].actors
    )


def test_an_attack_told_in_another_country_stays_apart() -> None:
    body = (
        "A car bomb killed 12 people in the Syrian town of Azaz on Monday, a monitor said. "
        "In Iraq, gunmen attacked a checkpoint and killed four soldiers on Monday."
    )
    assert len(events_of(body)) == 2
