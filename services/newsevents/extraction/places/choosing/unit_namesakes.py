"""A village told inside a small unit it lies far from is a namesake (thirty-fourth round).

Reports locate a village by the unit finer than a district around it: "a clash at Maonpur
village in Jagannathpur upazila", "near Thar Si Gone village, Rathedaung Township", "in
Charkathi village of Kachua upazila", "at Kosa village under Manpur police station". Such a
unit is a few kilometres across. When the gazetteer's place for the village lies far from the
unit's, it is a namesake elsewhere in the country (villages repeat their names by the hundred),
and the village the report means is one the gazetteer lacks: it is kept under its name as
written, at the unit's coordinates, as a monitor codes a village it cannot find at the finest
unit it knows. A village chosen near its unit keeps its own point.

Run on the mentions after :func:`..reading.locating.enclosing_units.read_enclosing_units`, so
that a district told after the unit is read as the district, not as its seat town.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import PlaceMention
from ..reading.locating.enclosing_units import SUB_UNIT
from ..shared.geometry import haversine_km

# The unit's noun right after its name: "Jagannathpur upazila", "Rathedaung Township".
_UNIT_AFTER = re.compile(rf"\s+{SUB_UNIT}\b")
# Between the village and the unit: an optional locality noun, then "in", "of", "under", a
# comma, or an opening parenthesis; the comma-less copy's bare space only after a locality
# noun ("Khilgaon village Shariatpur Sadar upazila").
_LOCALITY = r"(?:[Vv]illages?|[Hh]amlet|[Aa]rea|[Ll]ocality|[Pp]ara|[Bb]azaar|[Bb]azar|[Mm]arket)"
_INSIDE = re.compile(
    rf"\s+(?:{_LOCALITY}\s+)?(?:in|of|under|at)\s+(?:the\s+)?"
    rf"|(?:\s+{_LOCALITY})?\s*[,(]\s*|\s+{_LOCALITY}\s+"
)
_FINE = frozenset({"point", "neighbourhood", "town"})
# Farther than this from the unit's point, a village is not in it: a unit finer than a
# district (an upazila, a township, a tehsil) is rarely more than 30 km across.
_UNIT_KM = 30.0


def relocate_into_units(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` (sorted by start) with each village told inside a small unit far from it
    moved to the unit, under its own name, as a locality the gazetteer lacks."""
    out = list(mentions)
    for n in range(len(out) - 1):
        village, unit = out[n], out[n + 1]
        if not _far_inside(text, village, unit):
            continue
        out[n] = replace(
            village,
            name=village.text,
            admin1=unit.admin1,
            latitude=unit.latitude,
            longitude=unit.longitude,
            precision="town",
            feature="locality",
            geonames_id=None,
            resolved=False,
        )
    return out


def _far_inside(text: str, village: PlaceMention, unit: PlaceMention) -> bool:
    """Whether ``village`` is told inside ``unit``, a unit finer than a district named by its
    noun, of its country, and lies too far from it to be in it."""
    if village.precision not in _FINE or not village.resolved or village.feature == "city":
        return False
    if unit.precision not in ("town", "region") or unit.country_code != village.country_code:
        return False
    if _UNIT_AFTER.match(text, unit.span.end) is None:
        return False
    if _INSIDE.fullmatch(text[village.span.end : unit.span.start]) is None:
        return False
    far = haversine_km(village.latitude, village.longitude, unit.latitude, unit.longitude)
    return far > _UNIT_KM
