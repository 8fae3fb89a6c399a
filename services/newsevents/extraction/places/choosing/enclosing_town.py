"""A place told inside a town of another country is a namesake (twenty-fourth round).

Reports locate a village, an estate or a polling station by the town or district around it:
"a preacher was gunned down at Tiwi in Ukunda", "a farmer was assaulted at Banita (Nakuru)",
"shot dead in Katwa in Burdwan district", "at Highridge, in Nairobi", "in Saria, Cheptais
sub-county", "residents of Eastleigh, Nairobi" (a town closing the pair after a bare comma,
forty-first round). When the name so located was chosen in another country than the place that
locates it (Tiwi of the Philippines, Banita of Romania, Katwa of DR Congo), the choice is a
namesake abroad: the name is its namesake in the locating place's country, or, with none
there, a locality the gazetteer lacks, kept under its name as written at the locating place
(as a monitor codes a village it cannot find at the finest place it knows).

Run after choosing (:func:`..find.find_places`), right to left, so that a locating place is
final before the name it locates. Countries, provinces and cities of 100,000+ keep their sense:
"protests in Srinagar, Islamabad" is a list, and a big city is not a village's namesake.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...document import PlaceMention, PlacePrecision
from ..gazetteer import CITY_POPULATION, Kind, Place
from ..reading.locating.enclosure import unknown_locality
from ..reading.surface import Match
from ..reading.tokens import Tokens
from ..reading.words import DIRECTION_WORDS
from .context import Context
from .ranking import best_in_country

# What may stand between a name and the place that locates it: a site's or a locality's noun
# ("estate", "polling station", "village"), then "in" or "of" ("Tiwi in Ukunda", "the Dallas
# estate of Embu"), directions between ("in northern X"); or an opening parenthesis ("Banita
# (Nakuru)").
_SITE = (
    r"village|villages|hamlet|town|estate|area|ward|location|sub-location|market|centre|center|"
    r"trading\s+centre|polling\s+station|station|camp|slums?|neighbou?rhood|quarter|suburb|"
    r"district|sub-county|county|division|locality|bridge"
)
# "in the southern countryside of X", "in the northeastern parts of X" (fifty-second round,
# air72): a rural side or part of the locating place, after the directions.
_SIDE = r"(?:countryside|outskirts|suburbs|parts?|areas?|side)\s+of\s+(?:the\s+)?"
_IN = rf"\s+(?:(?i:{_SITE})\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:{DIRECTION_WORDS})\s+)*(?:{_SIDE})?"
# ", a village in X", ", a small town of northern X": the name glossed by its kind and its
# place.
_GLOSSED = (
    rf"\s*,\s+an?\s+(?:[a-z]+\s+){{0,2}}(?i:{_SITE})\s+(?:in|of|near)\s+(?:the\s+)?"
    rf"(?:(?:{DIRECTION_WORDS})\s+)*"
)
_INSIDE = re.compile(rf"{_IN}|\s*\(\s*|\s*,\s+in\s+(?:the\s+)?|{_GLOSSED}")
# A name listed before others that the place then locates ("struck A and B in northern X",
# "pounded A, B and C in the countryside of X"): the list's names, capitalised, perhaps with
# an article ("al-", "el-"), then "in" as above (fifty-second round, air72).
# A name of up to three capitalised words, each perhaps after "al-"/"el-" (shared with
# :mod:`.home_villages`).
NAME_RUN = r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]*(?:\s+(?:(?:[Aa]l|[Ee]l)-)?[A-Z][\w'’-]*){0,2}"
_LISTED_IN = re.compile(rf"(?:(?:\s*,\s*|\s*,?\s+and\s+){NAME_RUN})+{_IN}")
_LIST_REACH = 5
_WIDE = re.compile(
    rf"\b(?:{DIRECTION_WORDS}|countryside|outskirts|suburbs|parts?|areas?|side)\b"
)  # names a list may run on before its locating place
# After a bare comma only a unit told as one ("Saria, Cheptais sub-county", "Kutulo, Wajir
# County"): a bare name after a comma may be the next item of a list.
_UNIT_AFTER = re.compile(
    r"\s+(?i:sub-county|subcounty|county|district|upazila|tehsil|taluk|division|constituency)\b"
)
_COMMA = re.compile(r"\s*,\s*")
_MAX_GAP = 30  # characters


def relocate_abroad(
    tokens: Tokens,
    accepted: list[Match],
    places: Sequence[Place],
    context: Context,
    sentence_ends: list[int],
) -> list[PlaceMention]:
    """Re-choose each name told inside a place of another country in that country; return the
    names with no namesake there as unknown localities of the place that locates them."""
    unknown: dict[int, PlaceMention] = {}
    # key -> (its choice, the locating choice, whether told in the locating place's side)
    chosen_abroad: dict[str, tuple[int, int, bool]] = {}
    for n in range(len(accepted) - 2, -1, -1):
        match = accepted[n]
        if match.choice is None:
            continue
        later = _locating(tokens, accepted, n, sentence_ends)
        if later is None or later.choice is None or later.rejected:
            continue
        own, locating = places[match.choice], places[later.choice]
        if own.country_code == locating.country_code or not (
            small_namesake(own) or _kind_told(tokens, match)
        ):
            continue
        if told_beyond_a_city(own.country_code, context) or not (
            told_beyond_a_city(locating.country_code, context)
            or _sole_town(later, locating, own, places)
        ):
            continue
        wide = later is not accepted[n + 1] or _WIDE.search(tokens.between(match, later))
        chosen_abroad.setdefault(match.key, (match.choice, later.choice, bool(wide)))
    for match in accepted:
        found = chosen_abroad.get(match.key)
        if found is None or match.choice != found[0]:
            continue
        locating = places[found[1]]
        code = locating.country_code
        match.choice = best_in_country(match.ids, places, code, tokens.fold(match), context)
        if match.choice is not None:
            continue
        # a village in a town's countryside or its side, or listed with others, is no quarter
        quarter = locating.precision == "town" and not found[2]
        precision: PlacePrecision = "neighbourhood" if quarter else "town"
        unknown[tokens[match.first].start] = unknown_locality(
            tokens, match, locating, locating.region_name or None, precision
        )
    return list(unknown.values())


def _locating(
    tokens: Tokens, accepted: list[Match], n: int, sentence_ends: list[int]
) -> Match | None:
    """The place told as the one ``accepted[n]`` lies in: the next name, or the place after a
    list the name opens or stands in ("A, B and C in the countryside of X")."""
    match, later = accepted[n], accepted[n + 1]
    if _locates(tokens, match, later, sentence_ends):
        return later
    start = tokens[match.first].start
    end = sentence_bounds(sentence_ends, start, len(tokens.text))[1]
    for after in accepted[n + 1 : n + 1 + _LIST_REACH]:
        if tokens[after.first].start >= end:
            return None
        if _LISTED_IN.fullmatch(tokens.between(match, after)):
            return after
    return None


# "the village of X", "the district of X": the name's own kind told before it (a big city's
# namesake abroad may then be the village, fifty-second round, air72).
_KIND_BEFORE = re.compile(
    r"\b(?i:villages?|hamlets?|towns?|district|neighbou?rhood|quarter|area)\s+of\s+(?:the\s+)?$"
)


def _kind_told(tokens: Tokens, match: Match) -> bool:
    """Whether the name is told after its kind, a village's or a quarter's."""
    start = tokens[match.first].start
    return _KIND_BEFORE.search(tokens.text, max(0, start - 30), start) is not None


def _locates(tokens: Tokens, match: Match, later: Match, sentence_ends: list[int]) -> bool:
    """Whether ``later`` is told as the place ``match`` lies in, in its sentence."""
    start = tokens[match.first].start
    end = sentence_bounds(sentence_ends, start, len(tokens.text))[1]
    if tokens[later.first].start >= end:
        return False
    gap = tokens.between(match, later)
    if len(gap) > _MAX_GAP:
        return False
    if _INSIDE.fullmatch(gap):
        return True
    after = tokens[later.last].end
    if _COMMA.fullmatch(gap) is None:
        return False
    return (
        later.mode == "admin1"
        or _UNIT_AFTER.match(tokens.text, after) is not None
        or _city_closing(tokens, match, later)
    )


# A list goes on after its second name ("in Liboi, Dhobley and Afmadow", "Gulu, Lira, Kitgum")
# or had begun before the first.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+(?:and|or|&)\s+)[A-Z]")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")


def _city_closing(tokens: Tokens, match: Match, later: Match) -> bool:
    """ "residents of Eastleigh, Nairobi", "in Ceiba, Fajardo,": a name, a comma and a city
    that ends the pair (no list goes on after it, none came before): the city locates it."""
    if later.choice is None or later.mode != "plain":
        return False
    start, after = tokens[match.first].start, tokens[later.last].end
    return (
        _LIST_GOES_ON.match(tokens.text, after) is None
        and _LIST_BEFORE.search(tokens.text, max(0, start - 6), start) is None
    )


def small_namesake(place: Place, quarter: bool = False) -> bool:
    """A place that may be a village's namesake abroad: no country nor province, nor a city
    but as a quarter's when ``quarter`` ("the district of X": a big city abroad is no
    quarter)."""
    return place.kind in (Kind.GEONAMES, Kind.ADMIN2, Kind.SUPPLEMENT) and (
        quarter or place.population < CITY_POPULATION
    )


def told_beyond_a_city(code: str, context: Context) -> bool:
    """Whether the article tells the country by more than a city's own name. Unlike
    :func:`...events.merge.places.localities.placing.listed_namesakes._names_country`, this
    one reads the places stage's counts (names, demonyms, cities), not the Document's."""
    return context.countries[code] > (1 if code in context.told_by_cities else 0)


def sentence_bounds(ends: list[int], start: int, length: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start`` (``ends``: the sentences' ends, sorted)."""
    i = bisect_right(ends, start)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else length)


def _sole_town(match: Match, place: Place, own: Place, places: Sequence[Place]) -> bool:
    """Whether the locating place is surely in its country though the article tells it by no
    other name: a town no place elsewhere bears the name of, no smaller than the name it
    locates ("Tezpur in Chirang district": a province alone, or a smaller town, may be the
    namesake abroad, Tsirang of Bhutan)."""
    return (
        place.kind != Kind.ADMIN1
        and place.population >= own.population
        and all(places[i].country_code == place.country_code for i in match.ids)
    )
