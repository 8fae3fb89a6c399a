"""Names told in parentheses as the units that enclose a place before them.

Reports locate a place by the units around it, in parentheses after it: "a clash in X
upazila (Y, Z)", "protests at X (Y, Z)", "X sub-county (Y)". The names in the parentheses are
the district and the province around X, never a finer place than X, even where the gazetteer's
namesake of the district is its seat town: "X upazila (Y, Z)" happened in X, not in the town
of Y. Such a name is read at precision ``region`` at the finest, so that the place it encloses
comes first among an event's places.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....document import PlaceMention

# Between the enclosed place and the first enclosing name: an optional unit noun, then "(".
_UNIT = (
    r"(?:[Uu]pazila|[Dd]istrict|[Ss]ub-?[Cc]ounty|[Cc]ounty|[Uu]nion|[Mm]unicipality|[Tt]ehsil|"
    r"[Tt]hana|[Tt]ownship|[Vv]illage|[Tt]own|[Ww]ard|[Cc]onstituency|[Dd]ivision|LGA)"
)
_OPENS = re.compile(rf"\s*(?:{_UNIT}\s*)?\(\s*$")
# Between two enclosing names in one parenthesis: a comma, optionally after a unit noun.
_NEXT = re.compile(rf"\s*(?:{_UNIT}\s*)?,\s*$")
_FINE = frozenset({"point", "neighbourhood", "town"})


def read_enclosing_units(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` (sorted by start) with each name told in parentheses as a unit enclosing
    the place right before them read no finer than ``region``, when it agrees with that place
    (same country, same admin1 where both have one). One that disagrees says the place before
    it is a namesake ("X (Y)" with X chosen abroad): it keeps its sense."""
    out: list[PlaceMention] = []
    enclosed: PlaceMention | None = None
    enclosing = False
    for n, place in enumerate(mentions):
        previous = mentions[n - 1] if n else None
        gap = text[previous.span.end : place.span.start] if previous else ""
        if previous is not None and previous.precision != "country" and _OPENS.fullmatch(gap):
            enclosing, enclosed = True, previous
        else:
            enclosing = enclosing and _NEXT.fullmatch(gap) is not None
        if enclosing and place.precision in _FINE and _agrees(enclosed, place):
            place = replace(place, precision="region")
        out.append(place)
    return out


def _agrees(enclosed: PlaceMention | None, unit: PlaceMention) -> bool:
    """Whether ``unit`` may enclose ``enclosed``."""
    if enclosed is None:
        return False
    return enclosed.country_code == unit.country_code and (
        not enclosed.province or not unit.province or enclosed.province == unit.province
    )
