"""The province of a locality the gazetteer lacks, from the article that tells it.

A locality the gazetteer lacks, placed at its country only, takes the province the article
names nearest to it in that country ("the village of X in the Diffa region"). A place below a
province that the event's own places say lies in another province of its country ("burned
villages in X township, in the country's Y region", Y the event's one province there) lies in
that one, unless the article names the gazetteer's province as well: the gazetteer's district
or namesake of another province is not the one told. The admin1 of every other place is the
gazetteer's (ACLED's first level: the Palestinian territories are the Gaza Strip and the West
Bank, with the governorates below them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...document import PlaceMention
from ..gazetteer.capitals import CITY_PROVINCES

_COARSE = frozenset({"region", "admin1", "country", "supranational"})


def with_told_province(
    place: PlaceMention, named: list[PlaceMention], told_with: Sequence[PlaceMention] = ()
) -> PlaceMention:
    """A locality the gazetteer lacks, placed at its country only ("the village of X" in an
    article that says only where the country's region is), given the province the article
    names nearest to it in that country: a province itself first ("in the Diffa region"),
    else a known town of that country. Without one it keeps no admin1. ``named``: the
    article's place mentions; ``told_with``: the event's places, whose one province of the
    place's country, when another, is the place's (:func:`_event_province`), unless the
    article names the gazetteer's province too ("in Aleppo and Idlib provinces")."""
    told = _event_province(place, told_with)
    if told is not None and not any(p.name == place.province for p in named):
        return replace(place, admin1=told)
    if place.resolved or place.admin1 or place.precision in _COARSE:
        return place
    if any(_placed_at(p, place) for p in told_with):
        return place  # at a known place of its country with no province: told far off it
    inside = [
        p
        for p in named
        if p.country_code == place.country_code and p.province and p.precision != "country"
    ]
    provinces = [p for p in inside if p.precision == "admin1"] or inside
    if not provinces:
        return place
    nearest = min(provinces, key=lambda p: p.span.gap(place.span))
    return replace(place, admin1=nearest.province)


def _event_province(place: PlaceMention, told_with: Sequence[PlaceMention]) -> str | None:
    """The one province of the place's country among the event's places, when the place
    (finer than a province) is said to lie in another: None when the event names none, two,
    or the place's own. A capital that is a province of its own (``CITY_PROVINCES``), told as
    the province of a place the gazetteer puts in the province around it ("orchards of X, a
    town of Damascus province"), names that surrounding province, as the state
    outlets' "Damascus province" and "Damascus countryside" both do: the gazetteer's stays."""
    if place.precision in ("admin1", "country", "supranational"):
        return None
    provinces = {
        p.name
        for p in told_with
        if p.precision == "admin1" and p.country_code == place.country_code
    }
    if len(provinces) != 1:
        return None
    (province,) = provinces
    if province == place.province:
        return None
    if place.province and CITY_PROVINCES.get((place.country_code, province)) == place.province:
        return None  # "Douma, in Damascus province": the capital's countryside, told by its name
    return province


def _placed_at(known: PlaceMention, place: PlaceMention) -> bool:
    """Whether ``known`` is a place of the locality's country, finer than it, with a province:
    the locality placed at it and left without a province was told as lying far off it
    ("a village about 100 kilometers north of the capital, Niamey")."""
    return (
        known is not place
        and known.resolved
        and known.country_code == place.country_code
        and known.precision in ("point", "neighbourhood", "town", "region")
        and known.province is not None
    )
