"""Which place a name is: disambiguation for :mod:`.places`, in the article's :mod:`.context`.

Disambiguation
    The candidates of one key go through the filters of ``_FILTERS`` in turn (what the words
    around the name ask for in :mod:`.modes`, whether a candidate needs its country told in
    :mod:`.plausible`, how the name is written and placed in :mod:`.wordings`, and those that
    read where the article is in :mod:`.whereabouts`), then the best
    ranked by :mod:`.ranking` wins: country named in the article (names, demonyms, big unambiguous
    cities, named actors of one country: "the OSCE SMM", "al-Shabaab"), admin1 region named in
    the article (strongest when named beside the place: "Dandume (Funtua LGA, Katsina)",
    "Shchastia, Luhansk", which also lets a village be found without any country named, and
    makes the bracketed name the province), population and exact spelling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..gazetteer import Gazetteer, Place
from ..reading.surface import Match
from .context import Context
from .modes import by_mode
from .plausible import in_context
from .ranking import score
from .whereabouts import (
    country_told_beside,
    in_monitored_areas,
    named_beside,
    one_country_article,
    told_only_by_itself,
    town_abroad,
)
from .wordings import (
    arabic_spelling,
    district_after_town,
    facility_name,
    home_only,
    own_name_first,
    sentence_initial,
)


def choose(
    match: Match, ids: tuple[int, ...], surface_fold: str, gaz: Gazetteer, context: Context
) -> int | None:
    """The place a name is among its candidates ``ids``, or None when no candidate passes."""
    places = gaz.places
    candidates = list(ids)
    for keep in _FILTERS:
        candidates = keep(candidates, match, places, context)
    if not candidates:
        return None
    return max(candidates, key=lambda i: score(places[i], surface_fold, context))


Filter = Callable[[list[int], Match, Sequence[Place], Context], list[int]]


# In this order: each filter sees what the ones before it kept.
_FILTERS: tuple[Filter, ...] = (
    by_mode,
    country_told_beside,
    in_context,
    one_country_article,
    told_only_by_itself,
    town_abroad,
    named_beside,
    in_monitored_areas,
    home_only,
    arabic_spelling,
    sentence_initial,
    facility_name,
    district_after_town,
    own_name_first,
)
