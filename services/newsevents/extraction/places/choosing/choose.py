"""Which place a name is: disambiguation for :mod:`.places`, in the article's :mod:`.context`.

Disambiguation
    The candidates of one key go through the filters of ``_FILTERS`` in turn (those that read
    where the article is in :mod:`.whereabouts`), then the best
    ranked by :mod:`.ranking` wins: country named in the article (names, demonyms, big unambiguous
    cities, named actors of one country: "the OSCE SMM", "al-Shabaab"), admin1 region named in
    the article (strongest when named beside the place: "Dandume (Funtua LGA, Katsina)",
    "Shchastia, Luhansk", which also lets a village be found without any country named, and
    makes the bracketed name the province), population and exact spelling.
    Small places (under 15,000 inhabitants), places known abroad only by an alternate name
    ("Jang" is a name of Anyang) and transliteration-folded matches are only accepted in a
    country the article talks about. A bare name is the city rather than its homonymous
    province; "X province" / "province of X" selects the admin1 region, "rural X" / "X
    countryside" selects it at precision "region"; "town of X" a town; "X desert" / "outskirts
    of X" keep the place at precision "region".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from ...document import LOCAL_PRECISIONS
from ..gazetteer import (
    BIG_CITY,
    CITY_POPULATION,
    SMALL_PLACE,
    WORLD_CITY,
    Gazetteer,
    Kind,
    Place,
)
from ..reading.surface import Match
from ..shared.keys import ARABIC_NAMES, light_key, loose_of_light, name_key
from .context import Context
from .ranking import score
from .whereabouts import (
    country_told_beside,
    in_monitored_areas,
    named_beside,
    one_country_article,
    told_only_by_itself,
    town_abroad,
)


def choose(
    match: Match, ids: tuple[int, ...], surface_fold: str, gaz: Gazetteer, context: Context
) -> int | None:
    """The place a name is among its candidates ``ids``, or None when no candidate passes."""
    places = gaz.places
    candidates = list(ids)
    for keep in _FILTERS:
        candidates = keep(candidates, match, places, context)
    if not candidates:
        return None
    return max(candidates, key=lambda i: score(places[i], surface_fold, context))


Filter = Callable[[list[int], Match, Sequence[Place], Context], list[int]]


def _by_mode(
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
    if not (match.people or match.key in _people_keys()):
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
def _people_keys() -> dict[str, frozenset[str]]:
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


def _in_context(
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
        if not _spelling_of(light_key(place.name), match.light):
            # Known by an alternate name only: "Jang" is a name of Anyang, "Sava" of Saveh;
            # only the alternates of the world's largest cities ("Bombay") are known abroad.
            # But a town of some size so named, told as where something happened and the only
            # candidate ("clashes in Nepalganj"), is that town.
            return place.population < WORLD_CITY and not (
                place.population >= SMALL_PLACE and _sole_candidate(place_id, match, places)
            )
        if match.mode == "admin1" and place.population < SMALL_PLACE:
            # "in Koutougou, in Soum province": a village told as a province is the province
            # the gazetteer lacks, not a namesake village of a country the article never tells.
            return True
        return place.population < SMALL_PLACE and not _only_one_of_its_name(place_id, match, places)
    if place.kind == Kind.ADMIN1 and place.curated and len(match.light) <= 3:
        return True  # "UP", "KP": a province's abbreviation, only in its country's articles
    if place.kind == Kind.ADMIN1 and place.country_code in _people_keys().get(match.key, ()):
        # "Samburu villagers": a people's name tells its country as a demonym does, and its
        # province is its land (see _peoples_lands)
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
        return match.mode != "plain" or not _sole_candidate(place_id, match, places)
    return place.kind == Kind.SUPPLEMENT and place.precision in LOCAL_PRECISIONS


def _only_one_of_its_name(place_id: int, match: Match, places: Sequence[Place]) -> bool:
    """A town told as where something happened ("protests in Garsen", "Nkubu town") that is
    the only place of that name and spelling anywhere: no namesake abroad to mistake it for,
    so it needs no country named ("in Garsen" is the Kenyan town; "gunmen attacked Witu":
    the object of an assault, thirty-first round)."""
    return (
        _sole_candidate(place_id, match, places, match.locative or match.assaulted)
        and light_key(places[place_id].name) == match.light
    )


def _sole_candidate(
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


def _spelling_of(name: str, alternate: str) -> bool:
    """An alternate that only extends, trims or re-spells the name ("Patras" of Patra,
    "Cabanatuan" of Cabanatuan City, "Durango" of Victoria de Durango, "Odessa" of Odesa) is the
    same word, unlike "Jang" of Anyang or "Sava" of Saveh. The name itself is one too."""
    short, long = sorted((name, alternate), key=len)
    if loose_of_light(short) == loose_of_light(long):
        return True  # "Odessa" of Odesa
    return len(short) >= 5 and (long.startswith(short) or long.endswith(short))


def _arabic_spelling(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """ "al-X" is a place where Arabic names are used, or of a country the article names; so is
    the start of a longer Arabic name ("Tibet al-Imam" is no Tibet)."""
    if not (match.arabic or match.arabic_tail):
        return candidates
    return [
        i
        for i in candidates
        if places[i].country_code in ARABIC_NAMES or places[i].country_code in context.countries
    ]


def _home_only(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A name glued after a people's ("Turkmen Bari" in a report from Aleppo) may be the tail
    of a longer one the gazetteer lacks, "the Old City" is the old quarter of the story's town
    and "the Castello Road" a road where the story is: a place of the country the article
    tells most, or a
    big city, not a town nor a province of a country told less or not at all (Bari of Apulia,
    the Bari region of Somalia, a Turkish village once called Bari); a people's own place
    keeps its sense ("the Egyptian Halwan")."""
    if match.home_only is None:
        return candidates
    main = {code for code, _ in context.countries.most_common(1)} | {match.home_only}
    return [
        i
        for i in candidates
        if places[i].country_code in main
        or places[i].kind == Kind.COUNTRY
        or (places[i].kind == Kind.GEONAMES and places[i].population >= BIG_CITY)
    ]


def _sentence_initial(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """One word opening a sentence is capitalised anyway ("Reading the news"): a common word
    unless the place is expected or big."""
    if not match.initial:
        return candidates
    return [
        i
        for i in candidates
        if places[i].country_code in context.countries
        or places[i].population >= BIG_CITY
        or places[i].kind in (Kind.COUNTRY, Kind.ADMIN1)
        # "Lodwar residents protested": a name of people, no common word, if nothing abroad
        # bears it
        or (match.people and _sole_candidate(i, match, places))
    ]


def _facility_name(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """ "al-Nour Mosque": only a country, a region or a city of the article's countries
    names a facility; else it is named after a word."""
    if not match.facility:
        return candidates
    return [
        i
        for i in candidates
        if places[i].kind in (Kind.COUNTRY, Kind.ADMIN1)
        or (places[i].population >= CITY_POPULATION and places[i].country_code in context.countries)
        # "Chuka University students": an institution whose people act where it stands
        or (match.people and _sole_candidate(i, match, places))
    ]


def _district_after_town(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A town of the name beats a district of its province (the district's seat, a better
    point): "Shinkai district" is Hukumat-e Shinkai."""
    settled_regions = {
        (places[i].country_code, places[i].admin1)
        for i in candidates
        if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)
        and (
            _spelling_of(light_key(places[i].name), match.light)
            or places[i].population >= CITY_POPULATION
        )
    }
    return [
        i
        for i in candidates
        if places[i].kind != Kind.ADMIN2
        or (places[i].country_code, places[i].admin1) not in settled_regions
    ]


def _own_name_first(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A place of that very name beats one that only has it among its alternates ("Franklin"
    is a Franklin, not Columbus, seat of a Franklin County), bar world cities ("Bombay").
    An Arabic name is its very name in another transliteration too, for a town of the country
    the article tells most: "Ras al-Ain" in a Syrian report is Ra's al Ayn, not the Turkish
    town across the border that lists the Syrian name among its alternates."""
    if not any(_very_name(places[i], match, context) for i in candidates):
        return candidates
    return [
        i
        for i in candidates
        if places[i].kind != Kind.GEONAMES
        or places[i].population >= WORLD_CITY
        or _spelling_of(light_key(places[i].name), match.light)
    ]


def _very_name(place: Place, match: Match, context: Context) -> bool:
    """Whether the text's name is the place's own name (not a district's): spelled alike, or
    for a town of the Arab world in the country the article tells most (more often than any
    other: with two told alike, a border town's name keeps its bigger twin), transliterated
    alike."""
    if place.kind == Kind.ADMIN2:
        return False
    if light_key(place.name) == match.light:
        return True
    if place.country_code not in ARABIC_NAMES or name_key(place.name) != match.key:
        return False
    told = context.countries.most_common(2)
    return (
        bool(told)
        and told[0][0] == place.country_code
        and (len(told) == 1 or told[0][1] > told[1][1])
    )


# In this order: each filter sees what the ones before it kept.
_FILTERS: tuple[Filter, ...] = (
    _by_mode,
    country_told_beside,
    _in_context,
    one_country_article,
    told_only_by_itself,
    town_abroad,
    named_beside,
    in_monitored_areas,
    _home_only,
    _arabic_spelling,
    _sentence_initial,
    _facility_name,
    _district_after_town,
    _own_name_first,
)
