"""The country the article is about, by its places: the country most of its towns and
provinces lie in. Read by the events' placing of an event at its country only or at none
(:mod:`...events.merge.places.inside_country`) and by the ACLED names of a movement placed at
a bare country abroad (:mod:`...output.sides.movement_home`). Other stages decide a home of
their own: the places stage from its context's counts
(:func:`..choosing.home_villages._dominant_home`), the listed namesakes counting bare countries
too (:func:`...events.merge.places.localities.placing.listed_namesakes._most_told_country`).
"""

from __future__ import annotations

from collections import Counter

from ...document import PlaceMention, PlacePrecision

# finer than a country: towns and provinces
_FINER: frozenset[PlacePrecision] = frozenset(
    {"point", "neighbourhood", "town", "region", "admin1"}
)


def article_country(places: list[PlaceMention]) -> str | None:
    """The country most of ``places`` finer than a country lie in, the first of ``places``
    named in it at a tie (a bare country among ``places`` counts only for that order); None
    when none is finer than a country."""
    counts = Counter(p.country_code for p in places if p.precision in _FINER and p.country_code)
    if not counts:
        return None
    most = max(counts.values())
    return next(p.country_code for p in places if counts.get(p.country_code) == most)
