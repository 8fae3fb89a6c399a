"""Places listed together in one sentence: the longest list among a sentence's places, each two
joined as :mod:`.list_glue` tells, and whether a district the gazetteer names after its seat is one
more place of such a list.

Shared by the merging passes that keep such a sentence apart (:mod:`.new_place_lists`,
:mod:`...merge.incidents`), keep one list's places together (:mod:`...merge.places.localities`) and
split it per place (:mod:`...merge.places.per_place.listed_places`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ....document import LOCAL_PRECISIONS, Document, PlaceMention, Span
from ..precision import around_a_town
from .list_context import bounds_at
from .list_glue import COMMA_NAMES, LISTED_NAME, listed_with

_GLUE_NAME = re.compile(LISTED_NAME)


def listed_in(
    doc: Document,
    places: list[PlaceMention],
    sentence: Span,
    joined: Callable[[str], bool],
    *,
    local: bool = True,
) -> list[PlaceMention]:
    """The longest list among ``places`` told in ``sentence`` (local ones when ``local``, else
    any finer than a country), each two joined as ``joined`` tells, in text order; none when
    two of its places share a name or it bounds one spot ("between X and Y")."""
    best = _longest(doc, places, sentence, joined, local=local, seats=local)
    if any(seat_district(p) for p in best) and not _long_list(doc, best):
        best = _longest(doc, places, sentence, joined, local=local, seats=False)
    names = {p.name for p in best}
    return best if len(names) == len(best) else []


# A list closed by a plural of regions, past names the gazetteer lacks ("Jhapa, Morang and
# Sunsari districts").
_UNITS_CLOSE = re.compile(
    rf"(?:\s*,?\s+(?:and\s+)?{LISTED_NAME})*\s+"
    r"(?:counties|provinces|states|regions|governorates|districts|oblasts)\b"
)


def _long_list(doc: Document, run: list[PlaceMention]) -> bool:
    """Whether a run holding a district is a list of places struck: three names or more,
    closed by "and" ("the towns of Douma, Harasta, Arbin and Zamalka"), not a town and the
    units that locate it ("in Kutulo, Wajir", "in Watamu, Dabaso, Kilifi") nor units a plural
    of regions closes ("in Jhapa, Morang and Sunsari districts")."""
    glues = [doc.text[a.span.end : b.span.start] for a, b in pairwise(run)]
    closed = any(re.search(r"\b(?:and|as\s+well\s+as)\b", g) for g in glues)
    # names the gazetteer lacks count as names of the list when its known places lie in one
    # province: "pounded Anadan, Hraytan, Kafr Hamra and Haritan" lists four (forty-fifth round,
    # air65); a district of another province is a namesake ("in Bijoynagar, Panthapath and
    # Paltan areas, Dhaka city": Bijoynagar is no Chittagong district there)
    unknown = sum(len(_GLUE_NAME.findall(g)) for g in glues if COMMA_NAMES.match(g))
    if len({p.province for p in run}) > 1:
        unknown = 0
    return (
        len(run) + unknown >= 3
        and (closed or _CLOSES.match(doc.text, run[-1].span.end) is not None)
        and _UNITS_CLOSE.match(doc.text, run[-1].span.end) is None
    )


def _longest(
    doc: Document,
    places: list[PlaceMention],
    sentence: Span,
    joined: Callable[[str], bool],
    *,
    local: bool,
    seats: bool,
) -> list[PlaceMention]:
    """The longest run of :func:`listed_in`, districts named after their seat taken as local
    places with ``seats`` (a run holding a town or a neighbourhood too)."""
    kept = sorted(
        (
            p
            for p in places
            if (
                p.precision in LOCAL_PRECISIONS or (seats and seat_district(p)) or around_a_town(p)
                if local
                else p.precision != "country"
            )
            and sentence.contains(p.span)
        ),
        key=lambda p: p.span.start,
    )
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for place in kept:
        glue = doc.text[run[-1].span.end : place.span.start] if run else ""
        if run and (joined(glue) or (joined is listed_with and _chained(doc, glue, place))):
            run.append(place)
        else:
            run = [place]
        if (
            len(run) > len(best)
            and not bounds_at(doc, run[0].span.start)
            and (not local or any(p.precision in LOCAL_PRECISIONS for p in run))
        ):
            best = list(run)
    return best


# Names the gazetteer lacks between two known places, commas only ("the Jabalia, Shati, Bureij
# and Nuseirat camps"): one list when it goes on past the second place to its closing "and".
_CHAIN = re.compile(rf"^\s*,\s+(?:{LISTED_NAME}\s*,\s+){{1,3}}$")
_CLOSES = re.compile(rf"(?:\s*,\s+{LISTED_NAME})*\s*,?\s+(?:and|as\s+well\s+as)\s")


def _chained(doc: Document, glue: str, second: PlaceMention) -> bool:
    """Whether two known places are two names of one list whose names between them the
    gazetteer lacks, the list closed by "and" after the second."""
    return _CHAIN.match(glue) is not None and _CLOSES.match(doc.text, second.span.end) is not None


def seat_district(place: PlaceMention) -> bool:
    """Whether a known place is a district the gazetteer names after its seat ("Arbin",
    "Sahar", "al-Thawra"): listed among towns or neighbourhoods ("the towns of Douma, Harasta,
    Arbin and Zamalka"), it is one more place of the act, not a unit that holds the list."""
    return place.resolved and place.precision == "region" and place.feature == "district"
