"""Which place lies inside which: a quarter in its city, a town in its province or country,
an act's place in an incident's.

The merging passes fold an act into an incident told at the place around it, the background
passes compare a paragraph's places with the lead's, and the confidence of an event reads
whether an echo of it is told at its place.
"""

from __future__ import annotations

from ..document import LOCAL_PRECISIONS, PlaceMention
from ..places.shared.geometry import haversine_km
from .precision import PRECISION_RANK, most_precise_first

# How far a quarter may lie from the centre of its city.
_CITY_KM = 15.0


def in_city(quarter: PlaceMention, town: PlaceMention) -> bool:
    """Whether a neighbourhood or point lies close enough to a town's centre to be in it."""
    return (
        haversine_km(town.latitude, town.longitude, quarter.latitude, quarter.longitude) <= _CITY_KM
    )


def inside_lead_place(lead: list[PlaceMention], own: list[PlaceMention]) -> bool:
    """The later mention names no place, or its most precise place is the lead's, lies in it,
    or contains it; a town is compared with the lead's towns: Ariha is not Saraqib, though both
    lie in the Idlib province the lead also names."""
    if not lead or not own:
        return True
    place = most_precise_first(own)[0]
    towns = [p for p in lead if p.precision in LOCAL_PRECISIONS]
    around = towns if towns and place.precision in LOCAL_PRECISIONS else lead
    return any(nested(place, at) or nested(at, place) for at in around)


def nested(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Whether ``inner`` is ``outer`` or lies inside it."""
    if inner.country_code != outer.country_code:
        return False
    if inner.name == outer.name or outer.precision == "country":
        return True
    if outer.precision == "region":  # "northern Iraq", "the Lattakia countryside"
        return outer.province is None or inner.province == outer.province
    if outer.precision == "admin1":
        return inner.province == outer.province
    if outer.precision == "town" and inner.precision in ("neighbourhood", "point"):
        return in_city(inner, outer)
    return False


def place_fits(incident: list[PlaceMention], own: list[PlaceMention]) -> bool:
    """The act names no place, or its most precise one is one of the incident's places, lies
    in it or contains it."""
    if not incident or not own:
        return True
    place = most_precise_first(own)[0]
    return any(nested(place, at) or nested(at, place) for at in incident)


def finer_within(place: PlaceMention, around: PlaceMention) -> bool:
    """Whether ``place`` is finer than ``around`` and lies in it: the same country, and the
    same province when ``around`` has one."""
    if PRECISION_RANK.get(place.precision, 9) >= PRECISION_RANK.get(around.precision, 9):
        return False
    if place.country_code != around.country_code:
        return False
    return around.province is None or place.province == around.province
