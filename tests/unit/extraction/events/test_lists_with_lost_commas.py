"""The twenty-eighth round's lists (``lists48``): one act told over a list of places is one
event per place, as monitors code it, whether the writer kept the list's commas or a feed lost
them (events/geography/names/localities.py ``_GLUED``, glued.py ``list_names``; provinces:
merge/places/per_place/listed_places.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.events.geography.names.glued import list_names
from newsevents.extraction.events.geography.names.localities import locality_names
from tests.unit.extraction.events.articles import events_of


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in list_names(text)]


def _localities(text: str) -> list[str]:
    return [locality.name for locality in locality_names(text)]


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def test_a_run_the_gazetteer_reads_as_towns_of_one_province_is_cut() -> None:
    assert _names("Saraqeb Binnish Taftanaz") == ["Saraqeb", "Binnish", "Taftanaz"]
    # two cities of two provinces, or words it does not know, stay one name
    assert _names("Aleppo Homs") == ["Aleppo Homs"]
    assert _names("Ruwaiha Sultan") == ["Ruwaiha Sultan"]


def test_an_article_written_apart_opens_a_name() -> None:
    assert _names("Tal Al Wardi Al Qasimiya") == ["Tal Al Wardi", "Al Qasimiya"]


def test_a_list_after_a_plural_noun_that_lost_its_commas_is_one_name_a_place() -> None:
    text = "Shells hit the neighbourhoods of al-Sabeel al-Furqan and al-Midan in Aleppo on Monday."
    assert _localities(text) == ["al-Sabeel", "al-Furqan", "al-Midan"]
    text = "The army retook villages including Tal Hamra Jib al-Safa and Um Dawali on Sunday."
    assert _localities(text) == ["Tal Hamra", "Jib al-Safa", "Um Dawali"]


def test_a_list_that_kept_its_commas_keeps_its_names_whole() -> None:
    text = "Shells hit the neighbourhoods of al-Hajar al-Aswad, Yarmouk and al-Tadamon on Monday."
    assert _localities(text) == ["al-Hajar al-Aswad", "Yarmouk", "al-Tadamon"]


def test_a_long_list_or_a_site_is_not_cut() -> None:
    long = (
        "Jets struck the districts of al-Sabeel al-Furqan al-Midan al-Sukkari al-Mashhad al-Ansari"
        " and al-Kalasa in Aleppo."
    )
    assert "al-Sabeel" not in _localities(long)
    site = "Jets struck the vicinity of Deir Ezzor Military Airport and al-Jafra on Friday."
    assert "Military Airport" not in _localities(site)


def test_an_area_before_a_list_closed_by_and() -> None:
    text = "Warplanes hit militants in the area of Tal Jabin Ratyan and Hardatnin north of Aleppo."
    assert _localities(text)[:3] == ["Tal Jabin", "Ratyan", "Hardatnin"]


def test_a_wire_story_without_commas_gives_one_strike_per_village() -> None:
    events = events_of(
        "Government helicopters dropped barrel bombs on the villages of Kafr Hud Jib al-Safa and"
        " Um Dawali near Hama on Tuesday"
    )
    assert _places(events, "airstrike") == ["Jib al-Safa", "Kafr Hud", "Um Dawali"]


def test_two_provinces_listed_by_their_noun_are_two_events() -> None:
    events = events_of(
        "At least 13 Taliban fighters were killed in clashes with Afghan commandos in Kandahar and"
        " Zabul provinces on Thursday, officials said."
    )
    clashes = [e for e in events if e.event_type == "armed_clash"]
    assert sorted(e.locations[0].name for e in clashes) == ["Kandahar", "Zabul"]
    # a town told there: the provinces only locate it
    events = events_of(
        "Syrian warplanes struck rebel positions in Kafr Nabl in Hama and Idlib provinces on"
        " Monday."
    )
    assert len([e for e in events if e.event_type == "airstrike"]) == 1
