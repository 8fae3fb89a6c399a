"""How precise a place is, and an event's places ordered most precise first.

Shared by every stage that places an event: linking orders the places of a trigger's clause,
the merging passes order the places of the drafts they fold together.
"""

from __future__ import annotations

from ...document import PlaceMention
from ...places.shared.geometry import DISTRICT_KM, haversine_km, km_between
from ...places.shared.keys import name_key

PRECISION_RANK = {
    "point": 0,
    "neighbourhood": 1,
    "town": 2,
    "region": 3,
    "admin1": 4,
    "country": 5,
}


def most_precise_first(places: list[PlaceMention]) -> list[PlaceMention]:
    def key(place: PlaceMention) -> tuple[int, int]:
        # "the Deir Ezzor border town of Albu Kamal": a city named like its province yields to
        # another town of that province, and to a district of it (:func:`yields_to_a_district`).
        namesake = place.name == place.admin1 and any(
            other.admin1 == place.admin1
            and other.name != place.name
            and other.precision == place.precision
            for other in places
        )
        rank = PRECISION_RANK.get(place.precision, 9)
        if yields_to_a_district(place, places):
            return PRECISION_RANK["region"], 2
        if wider_than_a_district(place, places):
            return rank, 1
        return rank, int(namesake)

    places = sorted(places, key=key)
    specific_countries = {p.country_code for p in places if p.precision != "country"}
    kept: list[PlaceMention] = []
    for place in places:
        if place.precision == "country" and place.country_code in specific_countries:
            continue
        if any(k.name == place.name for k in kept):
            continue
        kept.append(place)
    return kept


def wider_than_a_district(place: PlaceMention, places: list[PlaceMention]) -> bool:
    """A region that is no district ("Eastern Ghouta", "Idlib countryside", "the Qalamoun"),
    beside a district of its province: the district, named after its seat ("Arbin, a town in
    Eastern Ghouta", "the Douma district of Eastern Ghouta"), says better where it happened, though
    both are read at precision "region"."""
    if place.precision != "region" or place.feature == "district":
        return False
    return any(
        other.precision == "region"
        and other.feature == "district"
        and other.country_code == place.country_code
        and (other.admin1 == place.admin1 or _seat_of_its_district(place, other))
        for other in places
    )


def _seat_of_its_district(place: PlaceMention, district: PlaceMention) -> bool:
    """A town read as the district it is the seat of ("Birampur upazila in Dinajpur
    district"), near a district of it that the gazetteer files under an older province."""
    return place.feature in ("city", "village") and km_between(place, district) <= DISTRICT_KM


def yields_to_a_district(place: PlaceMention, places: list[PlaceMention]) -> bool:
    """A town named like its province, beside a district of that province away from the town
    and no other town of it ("the X district of Marib ... in Marib"): the town may be the
    province's name read as its city; the district named is where it happened. A district
    of the city itself ("Shahbagh" of Dhaka) is no place away from it."""
    if place.precision != "town" or not named_like_its_province(place):
        return False
    others = [p for p in places if p.admin1 == place.admin1 and p.name != place.name]
    away = [
        p
        for p in others
        if p.precision == "region"
        and haversine_km(p.latitude, p.longitude, place.latitude, place.longitude) > _CITY_KM
    ]
    return bool(away) and not any(p.precision in ("town", "neighbourhood", "point") for p in others)


def named_like_its_province(place: PlaceMention) -> bool:
    """Whether a town bears its province's name ("Marib" of Marib), or the head of it told
    bare: "Gaza" of the "Gaza Strip" (not "Gaza City", which names the city itself)."""
    admin1 = place.admin1 or ""
    if place.name == admin1:
        return True
    return admin1.startswith(place.name + " ") and place.text.casefold() == place.name.casefold()


_CITY_KM = 10.0  # a district whose point lies nearer the town is one of the city's own


# The kinds of settlement a name told as an area around it may be ("the vicinity of X").
_SETTLEMENTS = frozenset({"city", "town", "village"})


def around_a_town(place: PlaceMention) -> bool:
    """Whether a known place is a town told as the area around it ("in the vicinity of X and
    Y", "the outskirts of X"; read at a region's precision, places/reading/mention.py): listed
    with other towns, it is one more place of the act (forty-seventh round, air67), as a monitor
    codes an act "near X" at X. A town named like its province, as the gazetteer spells it or as
    told ("the outskirts of Hama", the gazetteer's Hamah), may be the province: no such place."""
    return (
        place.resolved
        and place.precision == "region"
        and place.feature in _SETTLEMENTS
        and not named_like_its_province(place)
        and name_key(place.text) != name_key(place.admin1 or "")
    )
