"""Wire wordings the lead probed in the forty-sixth round: a force's post named by its people
("an Israeli base", "government positions"), drones fired at a target, a bombing of a building
told by its day or as "the bombing of", a toll that "now stands at" after a long subject, and a
village told as an area of a Pakistani tribal agency."""

from __future__ import annotations

import pytest

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.pipeline import extract_events


def _messages(text: str) -> list[EventMessage]:
    return extract_events(
        Article.model_validate(
            {"id": "t", "title": "", "body": text, "published_at": "2025-03-12T10:00:00Z"}
        )
    )


def _events(text: str) -> list[tuple[str, str | None, str | None, int, str | None]]:
    return [
        (
            e.event_type,
            e.acled.actor1,
            e.acled.actor2,
            e.acled.fatalities,
            e.locations[0].country_code if e.locations else None,
        )
        for e in _messages(text)
    ]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Hezbollah fired rockets at Israeli positions in the Shebaa Farms on Friday.",
            "Military Forces of Israel",
        ),
        (
            "Militants fired mortar shells at a Turkish base in northern Iraq on Monday.",
            "Military Forces of Turkey",
        ),
        (
            "Government positions in Daraa came under heavy shelling by rebel fighters on Monday.",
            "Military Forces of Syria",
        ),
    ],
)
def test_a_post_named_by_its_people_is_that_states_force(text: str, hit: str) -> None:
    events = _events(text)
    assert [e[0] for e in events] == ["shelling"]
    assert events[0][2] is not None and events[0][2].startswith(hit), events


def test_a_post_fired_from_is_not_the_side_hit() -> None:
    """ "from a Turkish base" is where the fire came from."""
    events = _events(
        "Turkish artillery fired from a Turkish base at villages near Afrin on Monday, "
        "killing two civilians."
    )
    assert events and events[0][0] == "shelling"
    assert events[0][1] is not None and events[0][1].startswith("Military Forces of Turkey")
    assert events[0][2] is not None and events[0][2].startswith("Civilians ("), events


@pytest.mark.parametrize(
    ("text", "actor1", "country"),
    [
        (
            "Houthi rebels fired a drone at a Saudi military base in Jizan on Saturday.",
            "Houthis",
            "SA",
        ),
        (
            "Russia launched 90 drones at Ukraine overnight, hitting energy facilities in the "
            "Kharkiv region.",
            "Military Forces of Russia",
            "UA",
        ),
    ],
)
def test_drones_fired_at_a_target_are_a_drone_strike(text: str, actor1: str, country: str) -> None:
    events = _events(text)
    assert [e[0] for e in events] == ["airstrike"]
    assert events[0][1] is not None and events[0][1].startswith(actor1)
    assert events[0][4] == country


def test_drones_launched_on_a_day_are_no_strike() -> None:
    assert _events("The company launched two delivery drones on Monday in Nairobi.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Monday's car bombing of a market in the northern Syrian town of "
        "Azaz has risen to 15, a war monitor said.",
        "The death toll from Monday's bombing of a market in the northern Syrian town of Azaz "
        "now stands at 15, a war monitor said.",
        "The death toll from the bombing of a market in Azaz rose to 15 on Wednesday.",
    ],
)
def test_a_bombing_of_a_market_is_a_blast_with_its_toll(text: str) -> None:
    events = _events(text)
    assert [(e[0], e[3], e[4]) for e in events] == [("explosive_attack", 15, "SY")]


def test_the_bombing_of_a_city_stays_an_air_strike() -> None:
    events = _events("The bombing of Aleppo killed 30 people on Monday.")
    assert [(e[0], e[3]) for e in events] == [("airstrike", 30)]


def test_an_area_of_a_tribal_agency_is_in_pakistan() -> None:
    events = _messages(
        "Security forces killed five militants in the Bara area of Khyber Agency on Saturday, "
        "officials said."
    )
    assert events
    place = events[0].locations[0]
    assert (place.country_code, place.admin1) == ("PK", "Khyber Pakhtunkhwa")
    assert events[0].acled.actor1 is not None
    assert events[0].acled.actor1.startswith("Military Forces of Pakistan")


def test_the_dead_told_with_an_aside_between_commas() -> None:
    """ "Nine people, among them four children, lost their lives" counts nine."""
    events = _events(
        "Nine people, among them four children, lost their lives when regime helicopters "
        "dropped barrel bombs on Daraya on Monday."
    )
    assert [(e[0], e[3], e[4]) for e in events] == [("airstrike", 9, "SY")]


def test_the_roman_theatre_is_no_place() -> None:
    """An era's adjective before a monument is no town ("Roman" is a city of Romania)."""
    events = _messages(
        "The Islamic State group executed 20 men in the ancient city of Palmyra on Saturday, "
        "shooting them in the Roman theatre, a monitor said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert all(place.country_code != "RO" for e in events for place in e.locations)
    assert events[0].acled.actor2 is not None and "Romania" not in events[0].acled.actor2
