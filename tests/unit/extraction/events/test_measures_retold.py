"""An arrest or a curfew told again at the same place is one event: "Police arrested 14 men
in X on Monday. ... The arrests came after ...". Arrests at two towns stay two events."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _arrests(body: str) -> list[tuple[str, str]]:
    return [
        (e.event_type, e.locations[0].name if e.locations else "")
        for e in events_of(body)
        if e.event_type == "arrest"
    ]


def test_arrests_told_twice_at_one_town_are_one_arrest() -> None:
    body = (
        "Police arrested 14 men in the town of Kasur on Monday, a police spokesman said.\n\n"
        "The spokesman said the men were detained in Kasur during a search of a market."
    )
    assert _arrests(body) == [("arrest", "Kasur")]


def test_arrests_at_two_towns_stay_two_arrests() -> None:
    body = (
        "Police arrested 14 men in the town of Kasur on Monday, a police spokesman said.\n\n"
        "In Okara, police detained six more people on Monday."
    )
    assert sorted(_arrests(body)) == [("arrest", "Kasur"), ("arrest", "Okara")]
