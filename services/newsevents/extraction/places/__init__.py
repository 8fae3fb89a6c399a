"""Places: a gazetteer-driven geoparser (no statistical NER).

Two stages. The ``gazetteer`` subpackage builds, stores and loads the index: ``sources`` reads
GeoNames-style files (and ``geonames_dump`` the lines of an imported dump), ``build`` turns them
into the gazetteer (named steps of ``build_gazetteer``) of ``place`` entries, ``compact`` writes
and maps its index file, and the package itself (``gazetteer()``) loads and caches it. The
geoparser lives beside it: ``keys`` (shared by both stages) and ``words`` normalise names;
``tokens`` and ``surface`` read the text (tokens, matches, surface filters), ``context`` gathers
what an article says around a name, ``choose`` decides which place a name is (filters and a named
weights table), and ``find`` runs them: :func:`find_places`.
"""

from ..component import Component
from .find import find_places

PLACES = Component.of(
    "places",
    find_places,
    reads=("text", "sentences", "furniture"),
    assigns=("places", "place_references"),
)

__all__ = ["PLACES", "find_places"]
