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


def test_a_firing_post_told_after_the_killing_is_not_the_place() -> None:
    # "killed" opens the sentence, before the post: the post still names where the shells
    # came from, as it does when the verb of fire comes first
    events = events_of(
        "Two people were killed on Monday when militants positioned in Douma fired mortar"
        " shells on Jaramana, a police source said."
    )
    assert [(text, admin1) for text, admin1, _ in _shellings(events)] == [
        ("Jaramana", "Rif Dimashq")
    ]


def test_troops_stationed_in_a_town_that_was_shelled_stay_the_place() -> None:
    # limit: no verb of fire after the town, so it is where the shells fell on the troops
    events = events_of(
        "Two soldiers were killed on Monday when rebel shells fell on troops stationed in"
        " Jaramana, a police source said."
    )
    assert [text for text, _, _ in _shellings(events)] == ["Jaramana"]
