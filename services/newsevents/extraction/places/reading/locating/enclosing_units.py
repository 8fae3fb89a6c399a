"""Names told in parentheses as the units that enclose a place before them.

Reports locate a place by the units around it, in parentheses after it: "a clash in X
upazila (Y, Z)", "protests at X (Y, Z)", "X sub-county (Y)"; or told as a district after "of"
or "in" (twenty-seventh round): "X upazila of Y district", "X in Z's Y district", "X taluka in
Y district". The names in the parentheses are
the district and the province around X, never a finer place than X, even where the gazetteer's
namesake of the district is its seat town: "X upazila (Y, Z)" happened in X, not in the town
of Y. Such a name is read at precision ``region`` at the finest, so that the place it encloses
comes first among an event's places.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....document import LOCAL_PRECISIONS, PlaceMention
from ...shared.geometry import DISTRICT_KM, km_between

# Between the enclosed place and the first enclosing name: an optional unit noun, then "(".
_UNIT = (
    r"(?:[Uu]pazila|[Dd]istrict|[Ss]ub-?[Cc]ounty|[Cc]ounty|[Uu]nion|[Mm]unicipality|[Tt]ehsil|"
    r"[Tt]hana|[Tt]ownship|[Vv]illage|[Tt]own|[Ww]ard|[Cc]onstituency|[Dd]ivision|LGA)"
)
_OPENS = re.compile(rf"\s*(?:{_UNIT}\s*)?\(\s*$")
# Between two enclosing names in one parenthesis: a comma, optionally after a unit noun.
_NEXT = re.compile(rf"\s*(?:{_UNIT}\s*)?,\s*$")
# "X upazila of Y district", "X village under Y district", "X in West Bengal's Y district": the
# words between the enclosed place and a district told as one (a unit noun, "of", "in" or
# "under", a province's possessive).
_CHAINED = re.compile(
    rf"\s+(?:(?:{_UNIT}|[Tt]aluka?|[Bb]lock|[Mm]andal|[Ss]ub-?[Dd]ivision|[Aa]rea)\s+)?"
    r"(?:of|in|under)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
)
_DISTRICT_AFTER = re.compile(r"\s+(?:[Dd]istrict|[Zz]illa)\b")
# A unit finer than a district, told by its noun after its name: what follows it as the place
# it lies in is its district, whether or not the word "district" follows ("Sitakunda upazila of
# Chittagong", "X tehsil in Y", "X sub-county of Y"); with a comma or a bare space between, only
# a name told as a district ("Rathedaung Township, Sittwe District": the comma-less copy writes
# "Rathedaung Township Sittwe District").
SUB_UNIT = (
    r"(?:[Uu]pazila|[Uu]pazilla|[Tt]ehsil|[Tt]ahsil|[Tt]aluka?|[Tt]ownship|[Ss]ub-?[Cc]ounty|"
    r"[Mm]andal|[Bb]lock|[Tt]hana|[Pp]olice\s+[Ss]tation|[Ss]ub-?[Dd]ivision|[Uu]nion)"
)
# (a police station or a thana is also a building: "the Kotwali police station in Faridpur
# town" is in the town, so with those only "of" and "under" tell a unit)
_SUB_OF = re.compile(
    rf"\s+(?:{SUB_UNIT}\s+(?:of|under)|(?!(?i:police|thana)){SUB_UNIT}\s+in)\s+(?:the\s+)?"
)
_SUB_NEXT = re.compile(rf"\s+{SUB_UNIT}\s*,?\s+")
# A name told as a town is the town: "X upazila of Y town".
_TOWN_AFTER = re.compile(r"\s+(?:[Tt]own|[Cc]ity|[Mm]unicipality|[Pp]ourashava)\b")


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
        if place.precision in LOCAL_PRECISIONS and (
            (enclosing and _agrees(enclosed, place)) or _district_of(text, out, place)
        ):
            place = replace(place, precision="region")
        out.append(place)
    return out


def _agrees(enclosed: PlaceMention | None, unit: PlaceMention) -> bool:
    """Whether ``unit`` may enclose ``enclosed``: of one country, and of one province or near
    enough to be its district (a district's provinces are sometimes older than its seat's:
    Birampur upazila is filed under Rajshahi, the division its district, Dinajpur, left for
    Rangpur)."""
    if enclosed is None or enclosed.country_code != unit.country_code:
        return False
    if not enclosed.province or not unit.province or enclosed.province == unit.province:
        return True
    return unit.precision in LOCAL_PRECISIONS and km_between(enclosed, unit) <= DISTRICT_KM


def _district_of(text: str, before: list[PlaceMention], place: PlaceMention) -> bool:
    """Whether ``place`` is told as the district that holds the place named right before it:
    "Niamatpur upazila of Naogaon district", "Kaliganj in West Bengal's Nadia district" (the
    province's possessive between them is skipped)."""
    told_district = _DISTRICT_AFTER.match(text, place.span.end) is not None
    if _TOWN_AFTER.match(text, place.span.end) is not None:
        return False
    for enclosed in reversed(before[-2:]):
        gap = text[enclosed.span.end : place.span.start]
        if enclosed.precision in ("admin1", "country") and re.fullmatch(r"['’]s\s+", gap):
            continue  # "West Bengal's"
        chained = (told_district and _CHAINED.fullmatch(gap) is not None) or _below(
            gap, told_district
        )
        return (
            enclosed.precision in LOCAL_PRECISIONS | {"region"}
            and chained
            and _agrees(enclosed, place)
        )
    return False


def _below(gap: str, told_district: bool) -> bool:
    """Whether the words between two names tell the first a unit finer than a district that
    lies in the second: "X upazila of Y", or, of a name told as a district, "X Township, Y"."""
    return _SUB_OF.fullmatch(gap) is not None or (
        told_district and _SUB_NEXT.fullmatch(gap) is not None
    )
