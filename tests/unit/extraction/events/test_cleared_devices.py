"""Twenty-fourth round, duplicates: devices removed or dismantled went off nowhere (disrupted
weapons use, or nothing beside a capture), control seized over a town is a capture, not a
seizure of property, and a ministry named by its portfolio is no place."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _types(events: list[EventMessage]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_devices_removed_after_a_capture_are_no_bombing() -> None:
    events = events_of(
        "Army units took control of the village of Tal Hamid in Homs province on Sunday, which "
        "is now secured after dozens of explosive devices and mines were removed."
    )
    assert "explosive_attack" not in _types(events)
    assert "territory_regained" in _types(events)


def test_an_ied_dismantled_by_police_is_disrupted_weapons_use() -> None:
    events = events_of(
        "Police on patrol near Mandera spotted two IEDs on the road and dismantled them on "
        "Monday, an officer said."
    )
    assert "explosive_attack" not in _types(events)
    events = events_of("Police find and remove an IED on a road in Wajir County on Monday.")
    assert _types(events) == ["weapons_disrupted"]


def test_a_roadside_bomb_that_went_off_stays_a_bombing() -> None:
    events = events_of("A roadside bomb exploded near a bus in Mandera on Monday, killing two.")
    assert _types(events) == ["explosive_attack"]


def test_seizing_control_over_a_town_is_its_capture() -> None:
    events = events_of(
        "Islamic State fighters were seizing control of the town of Palmyra in Homs province on "
        "Wednesday, residents said."
    )
    assert _types(events) == ["territory_taken"]


def test_a_ministry_named_by_its_portfolio_is_no_place() -> None:
    # "Industry" (a town in California, in a story that names the United States) named a
    # ministry: the retold bombing stays one event
    events = events_of(
        "Car bomb kills five in Damascus. A car bomb exploded in the Sumaria area of the Syrian "
        "capital on Thursday, a police source said. Four people were killed and six wounded in "
        "the attack, which happened near a research centre affiliated to the Syrian Ministry of "
        "Industry. Residents of the capital were bracing for American missile strikes as the "
        "United States weighed action over a chemical attack in Ghouta."
    )
    assert _types(events) == ["explosive_attack"]
    assert "Industry" not in [p.name for e in events for p in e.locations]


def test_an_ied_disarmed_in_the_present_is_disrupted_weapons_use() -> None:
    # review44: "disarm" read in its own forms ("disarme" was no word)
    events = events_of("Sappers disarm an IED on a road in Wajir County on Monday.")
    assert _types(events) == ["weapons_disrupted"]
