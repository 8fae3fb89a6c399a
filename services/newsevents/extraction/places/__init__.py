"""Places: a gazetteer-driven geoparser (no statistical NER).

A subpackage per stage, imports running one way (each imports only those above it):

- ``shared``: name keys (``keys``, the normalisation of the index and the matcher alike) and
  distances on the sphere (``geometry``);
- ``gazetteer``: builds, stores and loads the index: ``sources`` reads GeoNames-style files
  (and ``geonames_dump`` the lines of an imported dump), ``build`` turns them into the gazetteer
  (named steps of ``build_gazetteer``) of ``place`` entries, ``compact`` writes and maps its
  index file, and the package itself (``gazetteer()``) loads and caches it;
- ``reading``: the names in the text: ``tokens`` and ``surface`` (tokens, matches, surface
  filters), ``words`` (the word sets), ``names``, ``glued``, ``runs``, ``organisations``,
  ``qualifiers``, ``located`` and ``enclosure`` (the province told beside a name),
  ``enclosing_units`` (the units told in parentheses after it), ``mention``;
- ``choosing``: which place a name is: ``context`` (what the article talks about), ``choose``
  (named filters, with ``whereabouts`` and ``nations``, and a weights table in ``ranking``),
  ``told_province``.

``find`` runs them in order: :func:`find_places`.
"""

from ..component import Component
from .find import find_places

PLACES = Component.of(
    "places",
    find_places,
    reads=("text", "sentences", "furniture"),
    assigns=("places", "place_references", "body_places"),
)

__all__ = ["PLACES", "find_places"]
