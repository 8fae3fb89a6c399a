"""Places: a gazetteer-driven geoparser (no statistical NER).

``gazetteer`` loads and caches the place data, ``keys`` normalises names, ``surface`` reads the
text (tokens, matches, surface filters), ``choose`` decides which place a name is, ``find`` runs
them: :func:`find_places`.
"""

from ..component import Component
from .find import find_places

PLACES = Component.of(
    "places",
    find_places,
    reads=("text",),
    assigns=("places", "place_references"),
)

__all__ = ["PLACES", "find_places"]
