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
    the other, a town or a region and not a part of the landmark (a quarter of Damascus is
    in it, not near it), lies within :data:`_AROUND_KM` of it. A country or a province is no
    landmark."""
    if first.country_code != second.country_code or first.name == second.name:
        return False
    for landmark, other in ((first, second), (second, first)):
        if (
            landmark.precision == "town"
            and other.precision in _AROUND_IT
            and told_around(doc, landmark)
            and _km(landmark, other) <= _AROUND_KM
        ):
            return True
    return False


def _km(first: PlaceMention, second: PlaceMention) -> float:
    return haversine_km(first.latitude, first.longitude, second.latitude, second.longitude)


# What lies around a town: another town, a region ("the Eastern Ghouta").
_AROUND_IT = frozenset({"town", "region"})


def without_landmarks(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """``places`` without a town told as a landmark ("near Damascus") when another place of
    them, a town or a region, lies around it: the event is at that place."""
    kept = [
        p
        for p in places
        if not (
            told_around(doc, p) and any(q is not p and around_each_other(doc, p, q) for q in places)
        )
    ]
    return kept or places
