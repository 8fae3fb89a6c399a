"""Which candidates are plausible only in a country the article talks about (a filter of
:mod:`.choose`). Small places (under 15,000 inhabitants), places known abroad only by an
alternate name ("Jang" is a name of Anyang) and transliteration-folded matches are only
accepted in a country the article talks about.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import LOCAL_PRECISIONS
from ..gazetteer import SMALL_PLACE, WORLD_CITY, Kind, Place
from ..reading.surface import Match
from ..shared.keys import light_key, loose_of_light
from .context import Context
from .modes import people_keys


def in_context(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """Candidates plausible only in a country the article talks about (small places,
    alternate names, folded spellings) need it named."""
    return [
        i
        for i in candidates
        if places[i].country_code in context.countries or not _needs_context(i, match, places)
    ]


def _needs_context(place_id: int, match: Match, places: Sequence[Place]) -> bool:
    """Whether a candidate is only plausible in a country the article talks about."""
    place = places[place_id]
    if place_id in match.loose_only and not match.arabic:
        return True  # "Mike" is Makkah only by folding vowels
    if place.kind == Kind.GEONAMES:
        if not spelling_of(light_key(place.name), match.light):
            # Known by an alternate name only: "Jang" is a name of Anyang, "Sava" of Saveh;
            # only the alternates of the world's largest cities ("Bombay") are known abroad.
            # But a town of some size so named, told as where something happened and the only
            # candidate ("clashes in Nepalganj"), is that town.
            return place.population < WORLD_CITY and not (
                place.population >= SMALL_PLACE and sole_candidate(place_id, match, places)
            )
        if match.mode == "admin1" and place.population < SMALL_PLACE:
            # "in Koutougou, in Soum province": a village told as a province is the province
            # the gazetteer lacks, not a namesake village of a country the article never tells.
            return True
        return place.population < SMALL_PLACE and not _only_one_of_its_name(place_id, match, places)
    if place.kind == Kind.ADMIN1 and place.curated and len(match.light) <= 3:
        return True  # "UP", "KP": a province's abbreviation, only in its country's articles
    if place.kind == Kind.ADMIN1 and place.country_code in people_keys().get(match.key, ()):
        # "Samburu villagers": a people's name tells its country as a demonym does, and its
        # province is its land (see modes._peoples_lands)
        return False
    if place.kind == Kind.ADMIN1 and not place.curated:
        # "Red Sea" is a state of Sudan and one of Egypt; "California" is one big state.
        admin1 = [i for i in match.ids if places[i].kind == Kind.ADMIN1]
        if match.mode in ("admin1", "rural"):
            # Named as a region ("Bolivar state", "Viacha, La Paz"): the largest of that name.
            return place_id != max(admin1, key=lambda i: places[i].population)
        return len(admin1) > 1 or place.population < 1_000_000
    if place.kind == Kind.ADMIN2:
        # A district's name is only read as such where its country is talked of, or where the
        # text tells it as where something happened ("in X", not "the village of X": a
        # village so named is not a district) and nothing else bears the name.
        return match.mode != "plain" or not sole_candidate(place_id, match, places)
    return place.kind == Kind.SUPPLEMENT and place.precision in LOCAL_PRECISIONS


def _only_one_of_its_name(place_id: int, match: Match, places: Sequence[Place]) -> bool:
    """A town told as where something happened ("protests in Garsen", "Nkubu town") that is
    the only place of that name and spelling anywhere: no namesake abroad to mistake it for,
    so it needs no country named ("in Garsen" is the Kenyan town; "gunmen attacked Witu":
    the object of an assault, thirty-first round)."""
    return (
        sole_candidate(place_id, match, places, match.locative or match.assaulted)
        and light_key(places[place_id].name) == match.light
    )


def sole_candidate(
    place_id: int, match: Match, places: Sequence[Place], told: bool | None = None
) -> bool:
    """Told as where something happened, and no place of another country bears the name (not
    folded): "in Birgunj" is the town or the district of Nepal, nothing abroad."""
    exact = [i for i in match.ids if i not in match.loose_only]
    country = places[place_id].country_code
    return (
        (match.locative if told is None else told)
        and place_id in exact
        and all(places[i].country_code == country for i in exact)
    )


def spelling_of(name: str, alternate: str) -> bool:
    """An alternate that only extends, trims or re-spells the name ("Patras" of Patra,
    "Cabanatuan" of Cabanatuan City, "Durango" of Victoria de Durango, "Odessa" of Odesa) is the
    same word, unlike "Jang" of Anyang or "Sava" of Saveh. The name itself is one too."""
    short, long = sorted((name, alternate), key=len)
    if loose_of_light(short) == loose_of_light(long):
        return True  # "Odessa" of Odesa
    return len(short) >= 5 and (long.startswith(short) or long.endswith(short))
