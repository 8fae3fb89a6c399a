"""Filters of :mod:`.choose` on how a name is written and where it stands: an Arabic
spelling, a name glued after a people's, a sentence's first word, a facility's name, a
district after its town, a place's very name before its alternates.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer import BIG_CITY, CITY_POPULATION, WORLD_CITY, Kind, Place
from ..reading.surface import Match
from ..shared.keys import ARABIC_NAMES, light_key, name_key
from .context import Context
from .plausible import sole_candidate, spelling_of


def arabic_spelling(
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


def home_only(
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


def sentence_initial(
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
        or (match.people and sole_candidate(i, match, places))
    ]


def facility_name(
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
        or (match.people and sole_candidate(i, match, places))
    ]


def district_after_town(
    candidates: list[int], match: Match, places: Sequence[Place], context: Context
) -> list[int]:
    """A town of the name beats a district of its province (the district's seat, a better
    point): "Shinkai district" is Hukumat-e Shinkai."""
    settled_regions = {
        (places[i].country_code, places[i].admin1)
        for i in candidates
        if places[i].kind in (Kind.GEONAMES, Kind.SUPPLEMENT)
        and (
            spelling_of(light_key(places[i].name), match.light)
            or places[i].population >= CITY_POPULATION
        )
    }
    return [
        i
        for i in candidates
        if places[i].kind != Kind.ADMIN2
        or (places[i].country_code, places[i].admin1) not in settled_regions
    ]


def own_name_first(
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
        or spelling_of(light_key(places[i].name), match.light)
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
