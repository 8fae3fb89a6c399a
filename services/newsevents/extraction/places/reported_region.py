"""The admin1 an event's place is told in, where the gazetteer's is too coarse or missing.

GeoNames cuts the Palestinian territories into the Gaza Strip and the West Bank; reports and
codings give an event there by its governorate ("Jenin", "Khan Yunis", "North Gaza"). A town or
finer place of such a country is in the region of the nearest town ``data/reported_regions.tsv``
puts in one (built by ``tools/build_reported_regions.py``); a region, a province or a country
stays as it is, and so does a town told by the bare name its region bears ("Gaza"). The
gazetteer keeps GeoNames' regions (a town "in the West Bank" is still one of the West Bank's
towns while places are read): only the event's admin1 is told at the finer level.

A locality the gazetteer lacks, placed at its country only, takes the province the article
names nearest to it in that country ("the village of X in the Diffa region").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..document import PlaceMention
from .gazetteer.sources import data_bytes
from .geometry import haversine_km
from .keys import name_key

_COARSE = frozenset({"region", "admin1", "country", "supranational"})
# Farther than this from every town of the table: not placed in any of its regions.
_MAX_KM = 25.0


@cache
def _towns() -> dict[str, tuple[tuple[str, float, float], ...]]:
    """Country code -> (region, lat, lon) of each town the table puts in a region."""
    towns: dict[str, list[tuple[str, float, float]]] = {}
    for line in data_bytes("reported_regions.tsv").decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        country, region, lat, lon = line.split("\t")
        towns.setdefault(country, []).append((region, float(lat), float(lon)))
    return {country: tuple(rows) for country, rows in towns.items()}


def reported_region(
    country_code: str, admin1: str | None, precision: str, latitude: float, longitude: float
) -> str | None:
    """The region an event at this place is reported in: the nearest table town's for a town
    or finer place of a country the table covers, else ``admin1``."""
    towns = _towns().get(country_code)
    if not towns or precision in _COARSE:
        return admin1
    km, region = min(
        (haversine_km(latitude, longitude, lat, lon), name) for name, lat, lon in towns
    )
    return region if km <= _MAX_KM else admin1


def _names_its_region(place: PlaceMention) -> bool:
    """A town told by the bare name its region is named after ("Gaza" of the Gaza Strip, not
    "Gaza City"): the name stands for the territory as often as for the town."""
    if not place.admin1 or place.admin1 == place.name:
        return False
    return name_key(place.text) == name_key(place.admin1.split()[0])


def with_told_province(place: PlaceMention, named: list[PlaceMention]) -> PlaceMention:
    """A locality the gazetteer lacks, placed at its country only ("the village of X" in an
    article that says only where the country's region is), given the province the article
    names nearest to it in that country: a province itself first ("in the Diffa region"),
    else a known town of that country. Without one it keeps no admin1."""
    if place.resolved or place.admin1 or place.precision in _COARSE:
        return place
    inside = [
        p
        for p in named
        if p.country_code == place.country_code and p.province and p.precision != "country"
    ]
    provinces = [p for p in inside if p.precision == "admin1"] or inside
    if not provinces:
        return place
    nearest = min(provinces, key=lambda p: _distance(p, place))
    return replace(place, admin1=with_reported_region(nearest).province)


def _distance(one: PlaceMention, other: PlaceMention) -> int:
    return max(one.span.start - other.span.end, other.span.start - one.span.end, 0)


def with_reported_region(place: PlaceMention) -> PlaceMention:
    """The place with its admin1 told at the reported level (see :func:`reported_region`); a
    locality the gazetteer lacks (at the point of what it lies in) keeps its own."""
    if not place.resolved or _names_its_region(place):
        return place
    region = reported_region(
        place.country_code, place.admin1, place.precision, place.latitude, place.longitude
    )
    if region == place.admin1:
        return place
    return replace(place, admin1=region)


def as_told(place: PlaceMention, named: list[PlaceMention]) -> PlaceMention:
    """The event's place with the admin1 it is told in: a lacking locality's from the
    article's nearest province (:func:`with_told_province`), a town's at the reported level
    (:func:`with_reported_region`). ``named``: the article's place mentions."""
    return with_reported_region(with_told_province(place, named))
