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


def test_air_strikes_told_after_clashes_are_their_own_event() -> None:
    # the strike names no place of its own: a ground fight is not elaborated from the air
    for wording in (
        "Clashes continued on Monday between regime forces and rebels in Kafr Nabl. Aerial"
        " bombardments were focused on the town's western quarters, according to activists.",
        "Heavy fighting raged between government troops and rebels around Kafr Nabl on Monday."
        " Warplanes also pounded the town, activists said.",
    ):
        events = events_of(wording)
        assert sorted(e.event_type for e in events) == ["airstrike", "armed_clash"], wording
        clash = next(e for e in events if e.event_type == "armed_clash")
        assert clash.acled is not None
        assert clash.acled.actor2 == "Opposition Rebels (Syria)"
        strike = next(e for e in events if e.event_type == "airstrike")
        assert strike.acled is not None
        assert strike.acled.admin1 == "Idlib", wording
        assert strike.acled.actor1 == "Military Forces of Syria (2000-2024)", wording
