"""The fifty-first round's air strikes told at several places by the dead of each (``air71``,
issue 10): "19 died near the village of A in southern Raqqa and a further three close to
the town of B" is one air strike at A and one at B, each with its own dead
(events/geography/lists/toll_glue.py, events/geography/directed_provinces.py,
merge/places/per_place/listed_places.py, output/tolls/by_place.py)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.geography.lists.toll_glue import (
    kind_then_listed,
    told_with_own_toll,
)
from newsevents.extraction.pipeline import extract_events


def _events(title: str, body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2016, 5, 3, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _strikes(events: list[EventMessage]) -> dict[str, tuple[str | None, int]]:
    return {
        e.locations[0].name: (e.locations[0].admin1, e.acled.fatalities or 0)
        for e in events
        if e.event_type == "airstrike" and e.locations
    }


def test_the_glue_of_a_chain_of_tolls() -> None:
    assert told_with_own_toll(" in southern Raqqa and another eight outside the village of ")
    assert told_with_own_toll(" while six others were killed in ")
    assert told_with_own_toll(", and a further 12 near the village of ")
    assert told_with_own_toll(" the spokesman said adding about 25 gunmen died near ")
    # the wounded, or where they were taken, are no second act
    assert not told_with_own_toll(" and 20 wounded were taken to hospitals in ")
    assert not told_with_own_toll(" and 20 injured in ")
    # no count of its own: a plain coordination, read by the lists' own glue
    assert not told_with_own_toll(" and the town of ")
    assert kind_then_listed(" city and the villages of ")
    assert not kind_then_listed(" city on Monday and the villages of ")


def test_the_dead_of_each_place_after_the_lead_are_two_strikes() -> None:
    events = _events(
        "Coalition jets kill 26 IS gunmen in two towns",
        "Coalition warplanes killed no fewer than 26 IS gunmen in raids on Tuesday night across"
        " the east of Syria, a war monitor reported on Wednesday. It said 19 gunmen were killed"
        " near the small town of Markada in southern Hasakeh and another seven near the frontline"
        " town of Tabqa on the Euphrates in western Raqqa province.",
    )
    strikes = _strikes(events)
    markada = next(v for k, v in strikes.items() if "Markad" in k)
    tabqa = next(v for k, v in strikes.items() if "Tabqa" in k or "Thawrah" in k)
    assert markada == ("Al-Hasakah", 19)
    assert tabqa == ("Raqqa", 7)


def test_the_dead_of_a_second_place_told_by_the_teller_adding() -> None:
    events = _events(
        "Russian jets kill 55 IS fighters in Syria",
        "Some 55 IS fighters were killed in a wave of Russian air strikes in eastern Syria in the"
        " last 24 hours the Russian military in Moscow announced. A command post and up to 30"
        " fighters were wiped out in the area of Hajin the ministry said adding some 25 IS"
        " fighters were killed around the village of al-Ashara.",
    )
    places = {name for name, (admin1, _) in _strikes(events).items() if admin1 == "Deir ez-Zor"}
    assert len(places) == 2
    assert any("Hajin" in p for p in places) and any("Ashara" in p for p in places)


def test_two_places_each_with_its_dead_in_the_sentence_after() -> None:
    events = _events(
        "Regime raids kill 15 in Idlib",
        "Regime warplanes struck towns in Idlib province on Monday killing 15 civilians. Nine"
        " people died in Saraqib while six others were killed in Binnish activists said.",
    )
    assert _strikes(events) == {"Saraqib": ("Idlib", 9), "Binnish": ("Idlib", 6)}
    # where the wounded were taken, and the jets' base, are no places of strikes
    events = _events(
        "Jets bomb Hama town",
        "Russian jets took off from Hmeimim and struck the town of Kafr Zita in Hama province on"
        " Friday killing 12 people, and 20 wounded were taken to hospitals in Hama city,"
        " activists said.",
    )
    strikes = _strikes(events)
    assert len(strikes) == 1
    assert next(iter(strikes.values()))[0] == "Hama"


def test_a_town_told_with_its_kind_opens_the_list_of_villages() -> None:
    events = _events(
        "Air force hits ISIL in Aleppo",
        "Army warplanes flew sorties on Friday targeting ISIL dens in al-Safira city and the"
        " villages of Qabasin and Arima southeast of Aleppo city, a field commander reported.",
    )
    strikes = _strikes(events)
    assert "As Safirah" in strikes and "Kabbasin" in strikes
    assert strikes["As Safirah"][0] == "Aleppo"


def test_a_namesake_abroad_listed_with_a_syrian_town_is_a_syrian_village() -> None:
    events = _events(
        "Bombers hit IS in Syria",
        "Russian bombers conducted strikes in Syria on Thursday east of Palmyra near the towns of"
        " Arak and Sukhna, the ministry said.",
    )
    strikes = {
        e.locations[0].name: (e.locations[0].country_code, e.locations[0].admin1)
        for e in events
        if e.event_type == "airstrike" and e.locations
    }
    assert strikes["Arak"] == ("SY", "Homs")
    # a capital, or a town of a country the article names, stays as read
    events = _events(
        "Israeli jets strike Damascus and Beirut suburbs",
        "Israeli jets struck Damascus and Dahiyeh on Sunday, killing four people, Lebanese and"
        " Syrian officials said.",
    )
    countries = {e.locations[0].country_code for e in events if e.locations}
    assert countries == {"SY", "LB"}
