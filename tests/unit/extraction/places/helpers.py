"""Helpers of the place tests: the places found in an invented sentence."""

from __future__ import annotations

import datetime as dt
import math

from newsevents.extraction.document import Document, PlaceMention
from newsevents.extraction.places.find import find_places


def places_in(text: str) -> list[PlaceMention]:
    """The places :func:`find_places` finds, checked to slice the text exactly."""
    doc = Document(article_id="t", text=text, published=dt.date(2024, 2, 20))
    find_places(doc)
    for place in doc.places:
        assert doc.text[place.span.start : place.span.end] == place.text
    return doc.places


def km(place: PlaceMention, latitude: float, longitude: float) -> float:
    """Great-circle distance from a place to a point."""
    p = math.pi / 180
    a = (
        math.sin((latitude - place.latitude) * p / 2) ** 2
        + math.cos(place.latitude * p)
        * math.cos(latitude * p)
        * math.sin((longitude - place.longitude) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


def only(places: list[PlaceMention], surface: str) -> PlaceMention:
    """The one place written ``surface``."""
    found = [p for p in places if p.text == surface]
    assert len(found) == 1, (surface, places)
    return found[0]
