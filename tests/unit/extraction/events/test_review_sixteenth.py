"""Review of the sixteenth round: trees uprooted by the weather are no one's act. Invented
reports."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_trees_uprooted_by_the_weather_are_no_event() -> None:
    assert _types("Strong winds uprooted dozens of trees in Dalo on Tuesday.") == []
    assert _types("A storm uprooted trees and crops across the Kismaro valley on Monday.") == []
    # the people's act still is
    body = "Soldiers uprooted about 40 olive saplings near Dalo on Tuesday, residents said."
    assert _types(body) == ["property_destroyed"]
