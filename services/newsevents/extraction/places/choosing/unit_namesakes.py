"""Namesakes inside a country, told apart by the unit around them (thirty-fourth round).

Units and villages repeat their names across a country as towns repeat theirs across the
world (:mod:`.enclosing_town` reads namesakes abroad). Two readings:

- A unit told inside its district is the namesake in that district: "Kaliganj upazila of
  Satkhira district" is the Kaliganj near Satkhira, not one of three other upazilas of that
  name (:func:`choose_near_district`, run on the choices, right to left).
- A village told inside a small unit it lies far from is a namesake: "a clash at Maonpur
  village in Jagannathpur upazila", "near Thar Si Gone village, Rathedaung Township", "at Kosa
  village under Manpur police station". Such a unit is a few kilometres across; when the
  gazetteer's place for the village lies far from the unit's, the village meant is one the
  gazetteer lacks: it is kept under its name as written, at the unit's coordinates, as a
  monitor codes a village it cannot find at the finest unit it knows
  (:func:`relocate_into_units`, run on the mentions after
  :func:`..reading.locating.enclosing_units.read_enclosing_units`, so that a district told
  after the unit is read as the district, not as its seat town). A village chosen near its
  unit keeps its own point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...document import LOCAL_PRECISIONS, PlaceMention
from ..gazetteer import Kind, Place
from ..reading.locating.enclosing_units import SUB_UNIT
from ..reading.surface import Match
from ..reading.tokens import Tokens
from ..shared.geometry import DISTRICT_KM, km_between

# Between a unit and its district: the unit's noun then "of", "in" or "under" ("Kaliganj
# upazila of Satkhira"), a comma or a bare space before a name told as a district, or an
# opening parenthesis ("Kaliganj upazila (Satkhira, Khulna)").
_OF_DISTRICT = re.compile(
    rf"\s+{SUB_UNIT}\s+(?:of|in|under)\s+(?:the\s+)?|\s+{SUB_UNIT}\s*[,(]?\s*"
)
_DISTRICT_NOUN = re.compile(r"\s+(?i:district|zila|zilla)\b")

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
# Farther than this from the unit's point, a village is not in it: a unit finer than a
# district (an upazila, a township, a tehsil) is rarely more than 30 km across.
_UNIT_KM = 30.0


def choose_near_district(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], sentence_ends: list[int]
) -> None:
    """Re-choose each unit told inside a district (by the unit's noun, then the district) as
    its namesake near the district, when the one chosen lies far from it. Right to left, so
    that a district is final before the unit it holds."""
    for n in range(len(accepted) - 2, -1, -1):
        unit, district = accepted[n], accepted[n + 1]
        if unit.choice is None or district.choice is None or district.rejected:
            continue
        seat = places[district.choice]
        if seat.kind not in (Kind.GEONAMES, Kind.ADMIN2, Kind.SUPPLEMENT):
            continue  # a province's or a country's point says nothing of a unit's
        if not _holds(tokens, unit, district, sentence_ends):
            continue
        chosen = places[unit.choice]
        if chosen.kind in (Kind.ADMIN1, Kind.COUNTRY) or km_between(chosen, seat) <= DISTRICT_KM:
            continue
        near = [
            i
            for i in unit.ids
            if places[i].country_code == seat.country_code
            and places[i].kind not in (Kind.ADMIN1, Kind.COUNTRY)
            and km_between(places[i], seat) <= DISTRICT_KM
        ]
        if near:
            unit.choice = min(near, key=lambda i: km_between(places[i], seat))


# Between a town and the district it is told in: a comma ("Jaleshwar, Mahottari", "X, the
# district headquarters of Y") or "of"/"in" ("X of Y district").
_TOWN_IN = re.compile(
    r"\s*,\s*(?:the\s+)?(?:district\s+(?:headquarters|capital|seat|town)\s+of\s+)?"
    r"|\s+(?:of|in)\s+(?:the\s+)?"
)


def choose_beside_district(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], sentence_ends: list[int]
) -> None:
    """A town told right before the district it lies in ("in Jaleshwar, Mahottari", "Jaleshwar
    of Mahottari district") is its namesake near that district, chosen or not, when the
    district's name is a district only, or told as one by its noun: the Nepali Jaleshwar, not
    the bigger Indian one, though the note never names Nepal (fiftieth round, place70). The
    district so read is chosen with it. A town whose choice lies near the district already, or
    with no namesake near it, is left as it was."""
    for n in range(len(accepted) - 1):
        town, district = accepted[n], accepted[n + 1]
        if district.rejected or not _told_in_district(tokens, town, district, sentence_ends):
            continue
        units = [i for i in district.ids if places[i].kind == Kind.ADMIN2]
        told = _DISTRICT_NOUN.match(tokens.text, tokens[district.last].end) is not None
        if not units or (len(units) < len(district.ids) and not told):
            continue
        if town.choice is not None and any(
            km_between(places[town.choice], places[j]) <= DISTRICT_KM for j in units
        ):
            continue
        pairs = [
            (km_between(places[i], places[j]), i, j)
            for i in town.ids
            if places[i].kind not in (Kind.ADMIN1, Kind.COUNTRY, Kind.ADMIN2)
            for j in units
            if places[i].country_code == places[j].country_code
            and km_between(places[i], places[j]) <= DISTRICT_KM
        ]
        if pairs:
            _, town.choice, unit = min(pairs)
            if district.choice is None or places[district.choice].country_code != (
                places[unit].country_code
            ):
                district.choice = unit


def _told_in_district(
    tokens: Tokens, town: Match, district: Match, sentence_ends: list[int]
) -> bool:
    """Whether ``district`` follows ``town`` in its sentence as the unit it lies in."""
    start = tokens[town.first].start
    end = next((e for e in sentence_ends if e > start), len(tokens.text))
    if tokens[district.first].start >= end:
        return False
    return _TOWN_IN.fullmatch(tokens.between(town, district)) is not None


def _holds(tokens: Tokens, unit: Match, district: Match, sentence_ends: list[int]) -> bool:
    """Whether ``district`` is told, in the unit's sentence, as the district around ``unit``."""
    start = tokens[unit.first].start
    end = next((e for e in sentence_ends if e > start), len(tokens.text))
    if tokens[district.first].start >= end:
        return False
    gap = tokens.between(unit, district)
    if _OF_DISTRICT.fullmatch(gap) is None:
        return False
    # after a bare comma or space, only a name told as a district is one
    told = re.search(r"\b(?:of|in|under)\s+(?:the\s+)?$|\($", gap) is not None
    return told or _DISTRICT_NOUN.match(tokens.text, tokens[district.last].end) is not None


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
    if (
        village.precision not in LOCAL_PRECISIONS
        or not village.resolved
        or village.feature == "city"
    ):
        return False
    if unit.precision not in ("town", "region") or unit.country_code != village.country_code:
        return False
    if _UNIT_AFTER.match(text, unit.span.end) is None:
        return False
    if _INSIDE.fullmatch(text[village.span.end : unit.span.start]) is None:
        return False
    return km_between(village, unit) > _UNIT_KM
