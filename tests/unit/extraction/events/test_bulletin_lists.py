"""The fifty-first round's bulletin lists (list71): a day's army operations told place by place,
the commas lost, the villages mostly absent from the gazetteer. Each name is where the act
happened, one event each (events/geography/names/glued.py, names/localities.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.events.geography.names.glued import split_names
from tests.unit.extraction.events.articles import events_of


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in split_names(text)]


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def _admin1(events: list[EventMessage], kind: str) -> set[str | None]:
    return {e.locations[0].admin1 for e in events if e.event_type == kind and e.locations}


def test_an_english_bearing_ends_the_name_before_it() -> None:
    # (a bearing alone is no locality's name: names_a_place drops "Western")
    assert _names("Kharbat Nuwaz Western Umm Tuwaynah") == [
        "Kharbat Nuwaz",
        "Western",
        "Umm Tuwaynah",
    ]
    assert _names("Eastern Ghouta") == ["Eastern Ghouta"]


def test_shelling_near_unknown_villages_in_a_side_of_a_province_is_one_at_each() -> None:
    events = events_of(
        "Backed by artillery, army units pounded ISIS posts near al-Rawadif Kharbat Nuwaz"
        " Western Umm Tuwaynah and Tell Sawwan dam in Eastern Homs on Saturday."
    )
    assert _places(events, "shelling") == sorted(
        ["al-Rawadif", "Kharbat Nuwaz", "Umm Tuwaynah", "Tell Sawwan"]
    )
    assert _admin1(events, "shelling") == {"Homs"}


def test_a_list_closed_by_a_dam_in_a_province_countryside_keeps_its_names() -> None:
    events = events_of(
        "Army units shelled with artillery the terrorists posts in al-Qatrawiyeh Kharbat Nuwaz"
        " and Tell Sawwan dam in Deir Ezzor countryside."
    )
    assert _places(events, "shelling") == sorted(["al-Qatrawiyeh", "Kharbat Nuwaz", "Tell Sawwan"])
    assert _admin1(events, "shelling") == {"Deir ez-Zor"}


def test_a_long_list_of_villages_after_its_noun_is_one_clash_at_each() -> None:
    events = events_of(
        "Army units fought ISIS terrorists in the eastern Homs countryside on Friday. Army troops"
        " raided ISIS posts in the villages of Umm Sharshuh al-Janubi Umm Sharshuh al-Shamali"
        " Tell Hadid Khirbet Ghazal Abu Jiyar Ard al-Nimr Umm Qubeibat Bir Sawan and Qarmaniyeh"
        " on Saturday and killed scores of the terrorists."
    )
    assert {"Umm Qubeibat", "Bir Sawan", "Qarmaniyeh", "Umm Sharshuh al-Janubi"} <= set(
        _places(events, "armed_clash")
    )
    assert _admin1(events, "armed_clash") == {"Homs"}


def test_a_quarter_glossed_in_brackets_is_a_quarter_of_the_city_not_a_namesake_abroad() -> None:
    # "Izeh" is a town of Iran the gazetteer knows under the quarter's name
    events = events_of(
        "Rocket shells fired by terrorists hit several neighborhoods of Aleppo city on Saturday."
        " Police said a first shell fell in al-Jamiliyeh neighborhood wounding two. Six"
        " civilians were wounded by shells that landed on al-Izaa (broadcasting) neighborhood."
        " Later two shells launched from al-Ashrafiyeh neighborhood struck the neighborhoods of"
        " al-Shahbaa al-Sabil and al-Mogambo killing one."
    )
    places = _places(events, "shelling")
    assert {"al-Jamiliyeh", "al-Izaa", "al-Sabil", "al-Shahbaa", "al-Mogambo"} <= set(places)
    assert "Izeh" not in places
    assert _admin1(events, "shelling") == {"Aleppo"}
