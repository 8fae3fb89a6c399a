"""Which place lies inside which: a quarter in its city, a town in its province or country,
an act's place in an incident's.

The merging passes fold an act into an incident told at the place around it, the background
passes compare a paragraph's places with the lead's, and the confidence of an event reads
whether an echo of it is told at its place.
"""

from __future__ import annotations

from ...document import LOCAL_PRECISIONS, PlaceMention
from ...places.shared.geometry import haversine_km
from ...places.shared.keys import NAME_TOKEN, fold, key_of_folds
from .precision import PRECISION_RANK, most_precise_first

# How far a quarter may lie from the centre of its city.
_CITY_KM = 15.0


def in_city(quarter: PlaceMention, town: PlaceMention) -> bool:
    """Whether a neighbourhood or point lies close enough to a town's centre to be in it."""
    return (
        haversine_km(town.latitude, town.longitude, quarter.latitude, quarter.longitude) <= _CITY_KM
    )


# How far apart two places told of one incident may lie: a village and the town beside it.
_NEAR_KM = 15.0


def near_by(first: PlaceMention, second: PlaceMention) -> bool:
    """Whether two places no coarser than a town lie within a few km of each other (a
    village and the town next to it, a quarter and its city)."""
    local = first.precision in LOCAL_PRECISIONS and second.precision in LOCAL_PRECISIONS
    km = haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)
    return local and first.country_code == second.country_code and km <= _NEAR_KM


def inside_lead_place(lead: list[PlaceMention], own: list[PlaceMention]) -> bool:
    """The later mention names no place, or its most precise place is the lead's, lies in it,
    or contains it; a town is compared with the lead's towns: Ariha is not Saraqib, though both
    lie in the Idlib province the lead also names."""
    if not lead or not own:
        return True
    place = most_precise_first(own)[0]
    towns = [p for p in lead if p.precision in LOCAL_PRECISIONS]
    around = towns if towns and place.precision in LOCAL_PRECISIONS else lead
    return any(nested_either(place, at) for at in around)


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
        # a quarter lies in its city's province: a Damascus quarter is not in Harasta next door
        # (a quarter the gazetteer lacks has its city's coordinates, a few km off the town)
        if inner.province and outer.province and inner.province != outer.province:
            return False
        return in_city(inner, outer)
    return False


def nested_either(first: PlaceMention, second: PlaceMention) -> bool:
    """Whether one of two places is the other or lies inside it (a town and its quarter, a
    province and a town in it)."""
    return nested(first, second) or nested(second, first)


def place_fits(incident: list[PlaceMention], own: list[PlaceMention]) -> bool:
    """The act names no place, or its most precise one is one of the incident's places, lies
    in it or contains it."""
    if not incident or not own:
        return True
    place = most_precise_first(own)[0]
    return any(nested_either(place, at) for at in incident)


def finer_within(place: PlaceMention, around: PlaceMention) -> bool:
    """Whether ``place`` is finer than ``around`` and lies in it: the same country, and the
    same province when ``around`` has one."""
    if PRECISION_RANK.get(place.precision, 9) >= PRECISION_RANK.get(around.precision, 9):
        return False
    if place.country_code != around.country_code:
        return False
    return around.province is None or place.province == around.province


def same_or_part(first: str, second: str) -> bool:
    """Whether two names written in one article are one place: the same name in another
    spelling (transliteration keys equal, or one letter apart in keys of six letters or more:
    "Jumgund", "Jumagund"), or one name and a part of it told with its own word ("al-Mazzeh",
    "al-Mazzeh 86"; "Sulaiman al-Halabi", "Sulaiman al-Halabi al-Midan"): every word of the
    shorter name, one of them a real word of four letters or more, in the longer."""
    a, b = _word_keys(first), _word_keys(second)
    if not a or not b:
        return False
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:
        return True
    if min(len(joined_a), len(joined_b)) >= 6 and _one_edit(joined_a, joined_b):
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) < len(long)
        and any(len(word) >= 4 for word in short)
        and all(word in long for word in short)
    )


def _word_keys(name: str) -> list[str]:
    """The transliteration key of each word of a name, articles left out."""
    keys = [key_of_folds([word]) for word in NAME_TOKEN.findall(fold(name))]
    return [key for key in keys if key]


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings are one inserted, dropped or changed letter apart, or two
    neighbouring letters swapped ("Kafrya", "Kafyra": forty-ninth round, shell69)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(apart) == 1 or (
            len(apart) == 2
            and apart[1] == apart[0] + 1
            and a[apart[0]] == b[apart[1]]
            and a[apart[1]] == b[apart[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
