"""A small place abroad told in a sentence about a place of the article's country is a
locality the gazetteer lacks (thirty-second round).

War reports name quarters, villages and fronts the gazetteer does not know; the name then
matches only a namesake abroad: "operations in the south-eastern parts of al-Hamdaniya and the
cement factory in south-west Aleppo" is no al-Hamdaniya of Iraq, "the Mallah and Handarat
fronts" of an Aleppo report no Malah of Algeria. When the namesake's country is told by nothing
but that name, while its sentence names a place of a country the article does tell, the name is
that place's namesake in its country, or, with none there, an unknown locality kept as written
at that place (``resolved`` false, the place's point, admin1 and country), as a monitor codes a
village it cannot find at the finest place it knows.

Run after :func:`.enclosing_town.relocate_abroad` (a name told inside a town: "Tiwi in
Ukunda") and before :func:`.whereabouts.drop_small_abroad`. Countries, provinces and cities of
100,000+ keep their sense, and so does a name whose country the article tells otherwise ("the
Iraqi town of X", "Mosul ... Hamdaniya").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import PlaceMention, PlacePrecision
from ..gazetteer import CITY_POPULATION, Kind, Place
from ..reading.locating.enclosure import unknown_locality
from ..reading.surface import Match
from ..reading.tokens import Tokens
from .context import Context
from .enclosing_town import is_small
from .ranking import score

# Kinds of place that may locate a name told beside them: a town, a district, a province; not a
# country ("in Syria") nor a region of several ("the Levant").
_LOCATING = (Kind.GEONAMES, Kind.ADMIN1, Kind.ADMIN2, Kind.SUPPLEMENT)


def relocate_beside(
    tokens: Tokens,
    accepted: list[Match],
    places: Sequence[Place],
    context: Context,
    sentence_ends: list[int],
) -> list[PlaceMention]:
    """Re-choose each small name of an untold country in the country of the nearest place of
    its sentence that the article tells; return the names with no namesake there as unknown
    localities of that place."""
    unknown: list[PlaceMention] = []
    for match in accepted:
        if match.choice is None or match.rejected:
            continue
        own = places[match.choice]
        if not is_small(own) or context.countries[own.country_code] > 0:
            continue
        if _part_of_a_longer_name(tokens, match):
            continue  # "Tel Dahab": the name read is the tail of one the gazetteer lacks
        locating = _nearest_told(tokens, match, accepted, places, context, sentence_ends)
        if locating is None:
            continue
        there = [i for i in match.ids if places[i].country_code == locating.country_code]
        if there:
            surface_fold = "".join(t.fold for t in tokens[match.first : match.last + 1])
            match.choice = max(there, key=lambda i: score(places[i], surface_fold, context))
            continue
        match.choice = None
        # beside a city, a quarter of it ("al-Hamdaniya ... in south-west Aleppo"); beside a
        # town or a province, a village ("in the towns of Teldo, X and Kafr Laha")
        city = locating.kind == Kind.GEONAMES and locating.population >= CITY_POPULATION
        precision: PlacePrecision = "neighbourhood" if city else "town"
        unknown.append(
            unknown_locality(tokens, match, locating, locating.region_name or None, precision)
        )
    return unknown


def _nearest_told(
    tokens: Tokens,
    match: Match,
    accepted: list[Match],
    places: Sequence[Place],
    context: Context,
    sentence_ends: list[int],
) -> Place | None:
    """The place of a told country nearest ``match`` in its sentence, within ``_NEAR``
    characters."""
    start = tokens[match.first].start
    end = next((e for e in sentence_ends if e > start), len(tokens.text))
    abroad = places[match.choice].country_code if match.choice is not None else ""
    begin = max((e for e in sentence_ends if e <= start), default=0)
    told: list[tuple[int, Place]] = []
    for other in accepted:
        if other is match or other.choice is None or other.rejected:
            continue
        at = tokens[other.first].start
        place = places[other.choice]
        if not begin <= at < end or place.kind not in _LOCATING:
            continue
        if place.country_code != abroad and context.countries[place.country_code] > 0:
            told.append((abs(at - start), place))
    near = [(gap, place) for gap, place in told if gap <= _NEAR]
    if not near:
        return None
    return min(near, key=lambda pair: pair[0])[1]


# How far (characters) the locating place may be told from the name: "the south-eastern parts
# of al-Hamdaniya and the western side of the cement factory in south-west Aleppo"; a dateline
# ("ISTANBUL (Reuters) -") or a clause about another country further off does not locate it.
_NEAR = 100


# A capitalised word glued before the name, "Tel" of "Tel Dahab": the name is longer than the
# match (lowercase words, "in", "of", "and", leave it whole).
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?])\s*\b[A-Z][\w'’-]*\s+$")


def _part_of_a_longer_name(tokens: Tokens, match: Match) -> bool:
    """Whether the name read is part of a longer one: after a capitalised word ("Tel Dahab"),
    or glued by a hyphen to a word before or after it ("Tse-Akaa")."""
    text = tokens.text
    start, end = tokens[match.first].start, tokens[match.last].end
    if start > 0 and (text[start - 1] in _GLUE or text[start - 1].isalnum()):
        return True
    if end < len(text) and text[end] in _GLUE and text[end + 1 : end + 2].isalpha():
        return True
    return _CAPITALISED_BEFORE.search(text[max(0, start - 30) : start]) is not None


_GLUE = "-'’"
