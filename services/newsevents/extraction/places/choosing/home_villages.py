"""A village told by its kind in an air raid's sentence is at home, not its namesake abroad
(fifty-second round, air72).

Wire copy names the villages and quarters an air raid hit by their kind: "barrel bombs dropped
on the district of X", "strikes on the towns of A and B", "warplanes struck the village of X".
When the gazetteer knows such a name only abroad (a small town of Iran or India), and the
article's places tell one country (its home) while nothing but the name itself tells the
namesake's, the name is a village of the home country the gazetteer lacks: kept as written,
at the province of the nearest home place told before it in the article (after it in its
sentence, when none was told before), unresolved.

Only in a sentence that tells an air raid, with the name right after its kind ("the village
of", "the district of", a list after the kind: "the towns of A and B"; not "the areas of", whose
list the localities code splits). A quarter ("the district of X") is kept as a quarter, and may
bear the name of a big city abroad; a village's namesake must be small. Run after
:func:`.enclosing_town.relocate_abroad` (which places a name its sentence locates by a place
after it) and before :func:`.whereabouts.drop_small_abroad`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import PlaceMention, PlacePrecision
from ..gazetteer import Place
from ..reading.locating.enclosure import unknown_locality
from ..reading.surface import Match
from ..reading.tokens import Tokens
from .context import Context
from .enclosing_town import NAME_RUN, sentence_bounds, small_namesake, told_beyond_a_city

# The name's kind before it, perhaps with list-mates between: "the district of X", "the villages
# of A, B and X".
_KIND_BEFORE = re.compile(
    r"\b(?i:villages?|hamlets?|towns?|districts?|neighbou?rhoods?|quarters?)\s+of\s+"
    rf"(?:the\s+)?(?:{NAME_RUN}(?:\s*,\s*|\s*,?\s+and\s+))*$"
)
# An air raid told in the sentence.
_AIR = re.compile(
    r"\b(?i:air\s*strikes?|airstrikes?|air\s+raids?|raids?|warplanes?|jets?|aircraft|"
    r"helicopters?|barrel\s+bombs?|aerial|bombard(?:ed|ment|ments)|bombing|bombed|sorties?)\b"
)
_QUARTER = re.compile(r"(?i:districts?|neighbou?rhoods?|quarters?)\b")
_REACH = 120  # characters before the name read for its kind


def place_home_villages(
    tokens: Tokens,
    accepted: list[Match],
    places: Sequence[Place],
    context: Context,
    sentence_ends: list[int],
) -> list[PlaceMention]:
    """Each small namesake abroad told by its kind in an air raid's sentence, re-read as a
    locality of the article's home country; return the new mentions (their matches lose their
    choice)."""
    home = _dominant_home(context)
    if home is None:
        return []
    found: list[PlaceMention] = []
    for n, match in enumerate(accepted):
        if match.choice is None or match.rejected:
            continue
        own = places[match.choice]
        if own.country_code == home or told_beyond_a_city(own.country_code, context):
            continue
        start = tokens[match.first].start
        kind = _KIND_BEFORE.search(tokens.text, max(0, start - _REACH), start)
        quarter = kind is not None and _QUARTER.match(kind.group()) is not None
        if kind is None or not small_namesake(own, quarter):
            continue
        first, end = sentence_bounds(sentence_ends, start, len(tokens.text))
        if not _AIR.search(tokens.text, first, end):
            continue
        at = _locating(tokens, accepted, places, n, home, end)
        if at is None:
            continue
        precision: PlacePrecision = "neighbourhood" if quarter else "town"
        found.append(unknown_locality(tokens, match, at, at.region_name or None, precision))
        match.choice = None
    return found


def _dominant_home(context: Context) -> str | None:
    """The country the article tells most (by names, demonyms, big cities, named actors).
    Unlike :func:`..shared.article_country.article_country`, this one reads the places stage's
    context (its dominant country, told by more than a city's own name), not the Document."""
    code = context.dominant
    return code if code is not None and told_beyond_a_city(code, context) else None


def _locating(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], n: int, home: str, end: int
) -> Place | None:
    """The nearest home place told before the name, else after it in its sentence."""
    for match in reversed(accepted[:n]):
        if match.choice is not None and places[match.choice].country_code == home:
            return places[match.choice]
    for match in accepted[n + 1 :]:
        if tokens[match.first].start >= end:
            return None
        if match.choice is not None and places[match.choice].country_code == home:
            return places[match.choice]
    return None
