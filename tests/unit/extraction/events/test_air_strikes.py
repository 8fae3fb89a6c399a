"""The forty-seventh round's missed air strikes (``air67``): towns told as the area around them
("in the vicinity of X and Y") are places of a list, one air strike each; an air strike told after
a ground fight in one paragraph is an act of its own, not the fight's elaboration. Articles
written for these tests (Syria)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, placed_by_text


def test_towns_told_as_their_vicinity_are_one_air_strike_each() -> None:
    for wording in (
        "The Syrian army's air force destroyed militant hideouts in the vicinity of Mahin and"
        " al-Qaryatain in the countryside of Homs province on Monday.",
        "Army warplanes struck militant positions in the vicinity of Mahin and al-Sukhnah on"
        " Monday, killing six fighters.",
    ):
        events = events_of(wording)
        placed = placed_by_text(events, "airstrike")
        assert len(placed) == 2, wording
        assert "Mahin" in placed, wording
        assert {e.locations[0].admin1 for e in events if e.event_type == "airstrike"} == {"Homs"}, (
            wording
        )
        assert {actor for actor, _ in placed.values()} == {"Military Forces of Syria (2000-2024)"}
    # "the outskirts of Hama" may be the province: the strike stays one event, at Morek
    events = events_of(
        "Army warplanes struck militant positions on the outskirts of Hama and Morek on Monday."
    )
    assert [e.event_type for e in events] == ["airstrike"]
