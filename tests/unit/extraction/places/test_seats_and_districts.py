"""Fiftieth round (place70): a village the gazetteer lacks, told inside a province named like
its main town, sits at that town; a town told right before its district is its namesake
there, though the note never names the country."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.gazetteer import Kind, Place, gazetteer

from .helpers import only, places_in


def _events(text: str) -> list[EventMessage]:
    return Pipeline().extract(
        Article(id="t", body=text, published_at=dt.datetime(2024, 3, 4, 12, tzinfo=dt.UTC))
    )


def _first_place(text: str) -> tuple[str, str | None, float, float, bool]:
    events = _events(text)
    assert events, text
    place = events[0].locations[0]
    return place.name, place.admin1, place.latitude, place.longitude, place.resolved


def _town(name: str, code: str) -> Place:
    """The gazetteer's town of that name in that country (the most populous)."""
    return next(
        p
        for p in gazetteer().search(name)
        if p.kind == Kind.GEONAMES and p.country_code == code and p.name == name
    )


def test_a_province_named_like_its_town_has_that_town_as_its_seat() -> None:
    from newsevents.extraction.places.gazetteer.capitals import province_seat

    seat = province_seat("KE", "Isiolo")
    assert seat is not None and seat.name == "Isiolo" and seat.admin1 == "Isiolo"
    assert province_seat("KE", "Rift Valley") is None


def test_an_unknown_village_of_a_county_sits_at_the_county_town() -> None:
    seat = _town("Garissa", "KE")
    name, admin1, lat, lon, resolved = _first_place(
        "Bandits shot dead two herders at Qorahey, Garissa County, on Monday."
    )
    assert (name, admin1, resolved) == ("Qorahey", "Garissa", False)
    assert (lat, lon) == (seat.latitude, seat.longitude)


def test_a_village_told_with_its_noun_in_a_county_sits_at_the_county_town() -> None:
    seat = _town("Isiolo", "KE")
    name, admin1, lat, lon, resolved = _first_place(
        "Raiders attacked Gafarsa village in Isiolo County, killing one man."
    )
    assert (name, admin1, resolved) == ("Gafarsa", "Isiolo", False)
    assert (lat, lon) == (seat.latitude, seat.longitude)


def test_a_town_before_its_district_is_the_namesake_there() -> None:
    for text in (
        "Protesters set a bus on fire in Jaleshwar, Mahottari on Tuesday.",
        "Two protesters were shot dead in Jaleshwar of Mahottari district on Friday.",
        "Police fired on a crowd in Jaleshwar, the district headquarters of Mahottari.",
    ):
        town = only(places_in(text), "Jaleshwar")
        assert town.country_code == "NP", text


def test_a_town_told_alone_keeps_its_reading() -> None:
    # nothing tells which Jaleshwar: the bigger one, as before
    assert (
        only(places_in("Students protested in Jaleshwar on Tuesday."), "Jaleshwar").country_code
        == "IN"
    )
