"""A stretch told by its two ends (fifteenth round, dups): "on the road between A and B
village" is one act on the stretch, not one at each end."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities


def test_the_far_end_of_a_road_is_no_second_event() -> None:
    events = events_of(
        "Two soldiers were killed on Monday when a roadside bomb hit their patrol on the road"
        " between Tal Hawash and Kafr Dael village in Aleppo province, a military source said."
    )
    assert len(events) == 1
    (bombing,) = events
    assert bombing.event_type == "explosive_attack"
    assert bombing.locations[0].name == "Tal Hawash"
    assert fatalities(bombing) == 2


def test_villages_listed_as_targets_are_still_one_event_each() -> None:
    events = events_of(
        "Gunmen attacked Kafr Dael village and Tal Hawash village in Aleppo province on Monday,"
        " killing six farmers, a local official said."
    )
    assert {e.locations[0].name for e in events} >= {"Kafr Dael", "Tal Hawash"}
