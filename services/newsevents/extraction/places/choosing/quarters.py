"""A quarter told in its town: "Dallas estate in Embu town", "Palanpur area of Surat city",
"Kiganjo estate, Thika", "the Desnianskyi district of Kyiv".

Reports name an estate, an area or a neighbourhood by the town it lies in. A namesake of the
quarter's name far from that town (Dallas of Texas, Palanpur town of north Gujarat, Kiganjo
of Nyeri) is not the quarter: the name keeps a candidate near the town when it has one, and is
else a locality the gazetteer lacks, kept under its name as written at the town (as
:mod:`.enclosing_town` keeps a village whose namesake lies abroad). Only a quarter's noun
between the two names counts ("X area of Y", "X estate, Y", "X neighbourhood in the city of
Y"): two names joined by a comma alone may be a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...document import PlaceMention
from ..gazetteer import Kind, Place
from ..reading.locating.enclosure import unknown_locality
from ..reading.surface import Match
from ..reading.tokens import Tokens
from ..shared.geometry import km_between

# The quarter's noun, the relation, and the town's noun: "estate in", "area of the city of",
# "neighbourhood, ". A district, a sector or a ward may be larger than a town ("Kathua district
# of Jammu division", "the Samba and Kathua sectors"): no quarter. After a comma alone, only the
# nouns of a quarter proper ("Kiganjo estate, Thika"; "X area, Y" may open a list).
_QUARTER = r"estates?|neighbou?rhoods?|quarters?|suburbs?|colon(?:y|ies)|colonias?|slums?"
_QUARTER_OF = re.compile(
    rf"\s+(?i:(?:{_QUARTER}|areas?|localit(?:y|ies))\s+(?:in|of)|(?:{_QUARTER})\s*,)"
    r"\s+(?:the\s+)?(?:(?i:town|city|capital)\s+(?:of\s+)?)?"
)
# The town named as a larger unit is no town: "X area of Jammu division".
_UNIT_AFTER = re.compile(
    r"\s+(?i:division|region|district|province|county|state|governorate|countryside)\b"
)
# A quarter lies in its town: farther than this from the town's point, a namesake.
_NEAR_KM = 30.0


def place_quarters(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place]
) -> list[PlaceMention]:
    """Re-choose each name told as a quarter of the town named right after it whose chosen
    place lies far from that town; return those with no candidate near it as unknown
    localities of the town."""
    unknown = []
    for match, town_match in pairwise(accepted):
        if match.choice is None or town_match.choice is None:
            continue
        gap = tokens.text[tokens[match.last].end : tokens[town_match.first].start]
        if _QUARTER_OF.fullmatch(gap) is None:
            continue
        if _UNIT_AFTER.match(tokens.text, tokens[town_match.last].end):
            continue
        town = places[town_match.choice]
        if town.kind in (Kind.COUNTRY, Kind.ADMIN1) or town.precision not in ("town", "point"):
            continue
        if km_between(places[match.choice], town) <= _NEAR_KM:
            continue
        near = [i for i in match.ids if km_between(places[i], town) <= _NEAR_KM]
        match.choice = near[0] if near else None
        if match.choice is None:
            unknown.append(
                unknown_locality(tokens, match, town, town.region_name or None, "neighbourhood")
            )
    return unknown
