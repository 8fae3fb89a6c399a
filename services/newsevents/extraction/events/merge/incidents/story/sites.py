"""Where a mention tells its act happened, not the point a place lies near ("west of Kerbala")
nor where a border, a road or the victims lead ("on a road leading to the village of X", "two
farmers, from the village of Y"): the places the story passes (:mod:`.`) compare with the
lead's, and that a definite retelling's slots (:mod:`..retold.slots`) leave out.
"""

from __future__ import annotations

import re

from .....document import LOCAL_PRECISIONS, Document, PlaceMention, sentence_at
from ....geography.names.localities import LEADS_TO

# The words that tell a town as the point a place lies near, not as where the act was: "near the
# holy city of Kerbala", "west of Kerbala", "13 kilometres north of Maiduguri", "outside Jos".
_REFERENCE = re.compile(
    r"\b(?:near|outside|close to|(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+of|(?:kilometres|kilometers|km|miles)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|from))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def reference_point(doc: Document, place: PlaceMention) -> bool:
    """Whether the place is told as the point another lies near ("west of Kerbala")."""
    sentence = sentence_at(doc.sentences, place.span)
    start = max(place.span.start - 60, sentence.span.start if sentence else 0)
    return _REFERENCE.search(doc.text[start : place.span.start]) is not None


# The words that tell a place as where something else leads, not where the act was: "near the
# border with Mali", "on a road leading to the village of Tepoxtepec", "two farmers, from
# the village of Nacotuco" (where the victims come from).
_LEADS_TO = re.compile(
    rf"(?:\bborder (?:with|of)|{LEADS_TO}|,\s*from)"
    r"\s+(?:the\s+)?(?:(?:town|village|city|district|province|region|state)\s+of\s+)?$",
    re.IGNORECASE,
)


def site_places(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a retelling tells as where its act happened, not as where a border, a road
    or its victims lead: what is left is compared with the lead's places."""
    return [
        p
        for p in places
        if _LEADS_TO.search(doc.text[max(0, p.span.start - 40) : p.span.start]) is None
    ]


def is_site(doc: Document, place: PlaceMention) -> bool:
    return place.precision in LOCAL_PRECISIONS and not reference_point(doc, place)
