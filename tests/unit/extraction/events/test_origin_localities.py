"""Twenty-sixth round, dups46: the towns people came from ("families from the southern villages
of A and B") are no places of what hit them, whatever word stands before the noun, and the
towns listed after the first are origins too."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_the_home_towns_of_the_killed_are_no_places_of_the_bombing() -> None:
    events = events_of(
        "A car bomb exploded beside a convoy in the Rashidin area west of Aleppo on Saturday, "
        "killing 40 people, a monitor said. Most of the dead were families from the southern "
        "villages of Tell Marzaq and Kafr Wazzun, who died when the car bomb went off beside "
        "their convoy outside the city on Saturday."
    )
    bombings = [e for e in events if e.event_type in {"explosive_attack", "suicide_bombing"}]
    assert len(bombings) == 1
    names = {loc.name for e in bombings for loc in e.locations}
    assert "Tell Marzaq" not in names and "Kafr Wazzun" not in names


def test_towns_an_act_hit_are_still_its_places() -> None:
    events = events_of(
        "Warplanes struck the northern towns of Tell Marzaq and Kafr Wazzun in Aleppo province "
        "on Saturday, killing 12 people, a monitor said."
    )
    assert sorted(e.locations[0].name for e in events if e.event_type == "airstrike") == [
        "Kafr Wazzun",
        "Tell Marzaq",
    ]
