"""The fifty-second round's air strikes at villages whose names the gazetteer knows only abroad
(``air72``, issue 10): a name told in the side of a home province ("in the western countryside
of Idlib"), glossed by its kind ("Madira, a small town in Eastern Ghouta"), after its kind ("the
district of Al Mashhad in Aleppo"), or listed before the home place that locates them all
("struck A and B in northern Hama") is a village at home, kept under its own name at that
province (places/choosing/enclosing_town.py)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(title: str, body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2016, 5, 3, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _strikes(events: list[EventMessage]) -> dict[str, tuple[str | None, str | None]]:
    return {
        e.locations[0].name: (e.locations[0].admin1, e.locations[0].country_code)
        for e in events
        if e.event_type == "airstrike" and e.locations
    }


def test_a_namesake_glossed_as_a_town_of_a_home_region_is_that_town() -> None:
    events = _events(
        "Raids kill five in Ghouta",
        "Five civilians died on Monday in Syrian government air strikes on Madira, a small town"
        " in Eastern Ghouta, a Britain-based monitor reported.",
    )
    strikes = _strikes(events)
    assert strikes.get("Madira") == ("Rif Dimashq", "SY")
    strike = next(e for e in events if e.event_type == "airstrike")
    assert strike.acled.fatalities == 5
    assert "India" not in (strike.acled.actor1 or "")


def test_a_quarter_after_its_kind_in_a_home_city_is_no_big_city_abroad() -> None:
    events = _events(
        "Barrel bombs on Aleppo quarter",
        "Syrian army helicopters dropped barrel bombs over the quarter of Al Mashhad in Aleppo"
        " on Sunday, killing four people, monitors reported.",
    )
    assert _strikes(events).get("Al Mashhad") == ("Aleppo", "SY")
    # told in its own country, the city stays there
    events = _events(
        "Clash near Iranian city",
        "Iranian police clashed with smugglers near Mashhad in northeastern Iran on Sunday,"
        " killing two, state media said.",
    )
    places = {loc.name: loc.country_code for e in events for loc in e.locations}
    assert places.get("Mashhad") == "IR"


def test_towns_listed_before_a_home_province_are_each_at_home() -> None:
    events = _events(
        "Russian jets strike Hama countryside",
        "Russian bombers hit the towns of Sinah and Kafr Qudsaya in northern Hama on Thursday,"
        " killing seven civilians, Syrian activists said.",
    )
    strikes = _strikes(events)
    assert strikes.get("Sinah") == ("Hama", "SY")
    assert strikes.get("Kafr Qudsaya") == ("Hama", "SY")


def test_a_namesake_in_the_countryside_of_a_home_province() -> None:
    events = _events(
        "Warplanes pound Idlib villages",
        "Syrian warplanes pounded Madira and Tal Zaytouna in the southern countryside of Idlib"
        " on Friday, killing at least eleven people, the Syrian Observatory said.",
    )
    strikes = _strikes(events)
    assert strikes.get("Madira") == ("Idlib", "SY")
    assert strikes.get("Tal Zaytouna") == ("Idlib", "SY")


def test_a_quarter_told_by_its_kind_in_a_raid_is_at_home() -> None:
    events = _events(
        "Helicopters bomb Aleppo",
        "Syrian regime helicopters flew sorties over opposition quarters of Aleppo all through"
        " Wednesday. Monitors said six people died when barrel bombs fell on the district of"
        " Al Mashhad.",
    )
    strikes = _strikes(events)
    assert strikes.get("Al Mashhad") == ("Aleppo", "SY")
    assert not any(code == "IR" for _, code in strikes.values())
    # no raid told: the town abroad keeps its sense
    events = _events(
        "Traders shot in Indian town",
        "Police in Telangana said gunmen shot dead three traders at a market in the town of"
        " Madira on Friday.",
    )
    places = {(loc.name, loc.country_code) for e in events for loc in e.locations}
    assert ("Madhira", "IN") in places
    assert not any(code == "SY" for _, code in places)
