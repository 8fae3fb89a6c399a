"""The fifty-second round's listed fire (type72): the places a list gives after a fire word of
another act in the list's own clause ("the skirmish gave way to mortar fire on their
supply lines in A, B and C") are that act's, one shelling or air strike per place, the
draft's clash staying at its first place (merge/places/per_place/fired_at_list.py). A fire
word told elsewhere, or before the draft's own word, leaves the list the draft's. Names
invented."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def events_of(body: str, title: str = "") -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def test_villages_after_mortar_fire_that_followed_the_fighting_are_shelled() -> None:
    events = events_of(
        "Army units fought terrorist groups near the old quarry in Deir Ezzor countryside"
        " overnight. The skirmish gave way to mortar fire on the gunmen's supply lines"
        " in Tal Dhaneen, Jurf Anbar and Sheikh Qaddur, according to a field source, who said"
        " the fighting left a number of terrorists dead.",
        title="Army kills terrorists in Deir Ezzor",
    )
    assert _places(events, "shelling") == ["Jurf Anbar", "Sheikh Qaddur"]
    assert _places(events, "armed_clash") == ["Tal Dhaneen"]
    shelled = [e for e in events if e.event_type == "shelling"]
    assert all(e.codes.acled_sub_event_type.startswith("Shelling") for e in shelled)


def test_villages_targeted_with_shells_before_the_fighting_word_are_no_clashes() -> None:
    events = events_of(
        "Army units targeted with shells the terrorists' hideouts in Tal Dhaneen, Jurf Anbar and"
        " Sheikh Qaddur in Deir Ezzor countryside on Monday after fighting near the old quarry,"
        " killing 6 of them."
    )
    assert _places(events, "shelling") == ["Jurf Anbar", "Sheikh Qaddur", "Tal Dhaneen"]
    assert "Jurf Anbar" not in _places(events, "armed_clash")
    assert "Sheikh Qaddur" not in _places(events, "armed_clash")


def test_a_list_after_the_clash_word_stays_clashes_whatever_fire_was_told_before() -> None:
    events = events_of(
        "After artillery fire on the hills, army units clashed with terrorists in Tal Dhaneen,"
        " Jurf Anbar and Sheikh Qaddur in Deir Ezzor countryside on Monday, killing 6 of them."
    )
    assert _places(events, "armed_clash") == ["Jurf Anbar", "Sheikh Qaddur", "Tal Dhaneen"]


def test_fire_told_after_the_list_leaves_the_list_clashes() -> None:
    events = events_of(
        "Army units clashed with terrorists in Tal Dhaneen, Jurf Anbar and Sheikh Qaddur in Deir"
        " Ezzor countryside on Monday, while artillery fire hit their supply lines near the old"
        " quarry."
    )
    assert _places(events, "armed_clash") == ["Jurf Anbar", "Sheikh Qaddur", "Tal Dhaneen"]


def test_fire_in_a_clause_set_off_by_commas_leaves_the_list_clashes() -> None:
    events = events_of(
        "Army units fought terrorist groups near the old quarry in Hama countryside overnight."
        " The fighting, which followed artillery fire at the hills, went on in Kafr Nabudah,"
        " Khan Shaykhun and Morek, according to a field source.",
        title="Army kills terrorists in Hama",
    )
    assert _places(events, "armed_clash") == ["Kafr Nabudah", "Khan Shaykhun", "Murak"]
    assert _places(events, "shelling") == []
