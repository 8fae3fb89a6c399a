"""A place told around a town ("areas near Damascus", "outside Aleppo", "on the outskirts of
Homs", "the suburbs of Damascus") and a place the same story names there: one place told twice.

The gazetteer reads "near Damascus" as the city, a town like any other, and the act's place told
elsewhere in the story ("the Eastern Ghouta", "Harasta") as another town or region, often of the
next province (Damascus city is a province of its own inside Rif Dimashq). By name and province
the two are two places; the text says the first is only a landmark the act was near. A place of
the other mention that lies within a short drive of that landmark is where the act was.
"""

from __future__ import annotations

import re

from ...document import Document, PlaceMention
from ...places.shared.geometry import haversine_km

# Words that tell a town as the landmark an act was near, not its place.
_AROUND = re.compile(
    r"\b(?:near|outside|close\s+to|outskirts\s+of|suburbs?\s+of|"
    r"countryside\s+of|(?:north|south|east|west)(?:east|west)?\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# How far from its landmark a place told around it may lie: a suburb, a village on the road out.
_AROUND_KM = 15.0


def told_around(doc: Document, place: PlaceMention) -> bool:
    """Whether the words right before the place tell it as a landmark an act was near."""
    start = place.span.start
    return _AROUND.search(doc.text, max(0, start - 40), start) is not None


def around_each_other(doc: Document, first: PlaceMention, second: PlaceMention) -> bool:
    """Whether one of two places of one country is told as a landmark ("near Damascus") and
    the other lies within :data:`_AROUND_KM` of it. A country or a province is no landmark."""
    if first.country_code != second.country_code:
        return False
    if first.precision in ("country", "admin1") or second.precision in ("country", "admin1"):
        return False
    if not (told_around(doc, first) or told_around(doc, second)):
        return False
    km = haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)
    return km <= _AROUND_KM


def without_landmarks(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` without a town told as a landmark ("near Damascus") when another place of
    them, no coarser than a region, lies around it: the event is at that place."""
    kept = [
        p
        for p in places
        if not (
            told_around(doc, p)
            and any(
                q is not p and q.precision in _FINE and around_each_other(doc, p, q) for q in places
            )
        )
    ]
    return kept or places


_FINE = frozenset({"point", "neighbourhood", "town", "region"})
