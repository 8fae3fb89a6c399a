"""The forty-sixth round's fire told from its firing post onto a place the gazetteer lacks
(``place66``): "militants positioned in X fired mortar shells on Y" landed at Y, kept under its
own name in X's province, not at the firing post. Articles written for these tests."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _shellings(events: list[EventMessage]) -> list[tuple[str, str | None, bool]]:
    """Each shelling's first place: its text, province and whether the gazetteer knows it."""
    return [
        (e.locations[0].text, e.locations[0].admin1, e.locations[0].resolved)
        for e in events
        if e.event_type == "shelling" and e.locations
    ]


def test_mortar_shells_fired_on_an_unknown_camp_land_at_the_camp() -> None:
    events = events_of(
        "Five people were wounded on Tuesday when militants positioned in Douma fired four"
        " mortar shells on al-Hadaba Camp, a police source said."
    )
    assert _shellings(events) == [("al-Hadaba Camp", "Rif Dimashq", False)]


def test_rockets_launched_at_an_unknown_quarter_which_then_fall_land_there() -> None:
    events = events_of(
        "Rebels stationed in the Eastern Ghouta launched rocket shells at Qasr al-Nour which"
        " landed near a school on Monday, injuring two children, state media said."
    )
    assert _shellings(events) == [("Qasr al-Nour", "Rif Dimashq", False)]
