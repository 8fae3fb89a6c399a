"""What the words around a name ask for among its candidates (the first filter of
:mod:`.choose`). A bare name is the city rather than its homonymous province; "X province" /
"province of X" selects the admin1 region, "rural X" / "X countryside" selects it at precision
"region"; "town of X" a town; "X desert" / "outskirts of X" keep the place at precision
"region".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..gazetteer import CITY_POPULATION, Kind, Place
from ..reading.surface import Match
from ..shared.keys import name_key
from .context import Context


def by_mode(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """What the words around the name ask for: "X province" the region, "town of X" a town."""
    if match.mode in ("admin1", "rural"):
        admin1 = [i for i in candidates if places[i].kind == Kind.ADMIN1]
        return admin1 or candidates
    if match.mode in ("settlement", "area"):
        if match.village and context.countries:
            # "the village of al-Bara" in a Syrian report is no town of Sudan: a village lies
            # in a country the article tells, as "Hadar village" does ("locality" below).
            candidates = [i for i in candidates if places[i].country_code in context.countries]
        towns = [i for i in candidates if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)]
        # "the village of Dioura": a district found only by folding the spelling ("Diora") is
        # another unit's name; the settlement told is one the gazetteer lacks.
        return towns or [
            i for i in candidates if not (places[i].kind == Kind.ADMIN2 and i in match.loose_only)
        ]
    if match.mode == "locality":
        # "Salah-Eddin neighbourhood" is no province of Iraq, and "al-Zahra quarter" in a
        # Syrian report no town of Tunisia: a locality lies in a country the article tells.
        return [
            i
            for i in candidates
            if places[i].kind not in (Kind.ADMIN1, Kind.COUNTRY)
            and places[i].country_code in context.countries
        ]
    if match.unit:
        candidates = _units(candidates, match.unit, places)
    settled = _settled_countries(candidates, match, places) - _peoples_lands(
        candidates, match, places
    )
    return [
        i
        for i in candidates
        if places[i].kind != Kind.ADMIN1 or places[i].country_code not in settled
    ]


def _units(candidates: list[int], countries: tuple[str, ...], places: Sequence[Place]) -> list[int]:
    """ "Raipur upazila", "Safi tehsil": a name told with the noun a country gives its units
    is a place of that country (an upazila is Bangladesh's, not the Raipur of India), when it
    has one there."""
    return [i for i in candidates if places[i].country_code in countries] or candidates


def _peoples_lands(candidates: list[int], match: Match, places: Sequence[Place]) -> set[str]:
    """The countries where a name told as a people's ("Samburu villagers", "Turkana herders",
    a people :mod:`...actors.unnamed.communal` knows: "fighting between Samburu and Pokot
    tribesmen") is a province's, while its homonymous towns lie in other provinces: the
    people's land, the province, not a small town elsewhere (Samburu town is in Kwale). A
    town of the name inside that province ("Garissa residents") still settles it."""
    if not (match.people or match.key in people_keys()):
        return set()
    regions = {
        (places[i].country_code, places[i].admin1)
        for i in candidates
        if places[i].kind == Kind.ADMIN1
    }
    towns_inside = {
        (places[i].country_code, places[i].admin1)
        for i in candidates
        if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)
    }
    return {code for code, admin1 in regions - towns_inside}


@cache
def people_keys() -> dict[str, frozenset[str]]:
    """The loose keys of the peoples whose militias the actors read ("Samburu", "Turkana"),
    and the countries each lives in."""
    from ...actors.unnamed.communal import group_homes

    return {name_key(name): frozenset(homes) for name, homes in group_homes().items()}


def _settled_countries(candidates: list[int], match: Match, places: Sequence[Place]) -> set[str]:
    """The countries where a bare name is the city, not the homonymous province around it
    ("Aleppo", "Dayr az Zawr", "Gomel"); but a region whose small town is called so only by an
    alternate name is the region ("Akkar", whose town is Halba).
    A small town does not hide a big homonymous region, though: "California" is the state, not
    California, Maryland."""
    towns = [i for i in candidates if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)]
    regions = {
        places[i].country_code: places[i].population
        for i in candidates
        if places[i].kind == Kind.ADMIN1
    }
    # A city known by the name only as an alternate settles it when it is a good part of
    # the region ("Dayr az Zawr"), not a district town of a big state ("Bihar" Sharif).
    return {
        places[i].country_code
        for i in towns
        if (
            name_key(places[i].name) == match.key
            or (
                places[i].population >= CITY_POPULATION
                and places[i].population * 10 >= regions.get(places[i].country_code, 0)
            )
        )
        and (
            places[i].population >= CITY_POPULATION
            or places[i].kind == Kind.SUPPLEMENT
            or places[i].population * 100 >= regions.get(places[i].country_code, 0)
        )
    } | {
        places[i].country_code
        for i in candidates
        if places[i].kind == Kind.ADMIN1
        and name_key(places[i].name) != match.key
        and any(places[t].country_code == places[i].country_code for t in towns)
    }
