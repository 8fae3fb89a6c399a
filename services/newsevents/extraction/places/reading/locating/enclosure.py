"""A place told inside the units that enclose it: "X in Y Local Government Area of Z State",
"X and Y villages in Z township in W region", "X army camp in the Y region", "the X village of
Y district".

Reports locate a village the reader cannot know by the chain of units around it, finest first,
up to a province. The province at the end of the chain locates every name of the chain: a
namesake of another province or country ("Kaya" of Burkina Faso, "Kyarsi" of Yangon) is not that
place (:mod:`..choosing.choose` drops it), and a name the gazetteer lacks there is still the
place told: an *unknown locality* of that province, kept under its name as written, at the
province's coordinates (at its town of its name, where it has one: fiftieth round), with
``resolved`` false (as a monitor codes a village it cannot find at
the centre of the finest unit it knows); a name told as a village or neighbourhood ("Hadar
village") is left to the events' localities
(``events.merge.places.localities.placing.unknown_places``).
``find_places`` calls :func:`chained_provinces` before choosing and :func:`unknown_namesakes`
after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import PlaceMention, PlacePrecision, Span
from ...gazetteer import Kind, Place
from ...gazetteer.capitals import seat_told_by_name
from ..mention import mention
from ..surface import Match
from ..tokens import Tokens
from ..words import ADMIN1_WORDS, DIRECTION_WORDS, DIRECTIONS


def _unit_nouns(local_government_area: str) -> str:
    """The nouns of administrative units below a province, one list for the chain's words and
    for an intermediate unit; "Local Government Area" as the caller reads it (word by word in
    a chain, as one phrase after a name)."""
    return (
        rf"districts?|township|county|sub-county|subcounty|{local_government_area}|lga|"
        r"tehsil|upazila|municipality|commune"
    )


# The words a chain of enclosing units is made of, besides the units' own capitalised names:
# the relation ("in", "of"), settlement and unit nouns, a site's nouns ("army camp", "police
# station") and directions; "also" resumes a chain told before ("in X district, also in Y
# province").
_CHAIN_WORD = (
    r"in|of|the|a|an|located|situated|also|and|villages?|towns?|hamlets?|city|"
    + _unit_nouns("local|government|area")
    + r"|camp|base|army|military|police|station|post|checkpoint|market|school|"
    + DIRECTION_WORDS
)
_CHAIN = re.compile(
    rf"(?:\s*,?\s+(?:(?i:{_CHAIN_WORD})\b|[A-Z][\w'’-]*)){{1,10}}\s+",
)
_RELATION = re.compile(r"\b(?:in|of)\b")
# "and" joins the names of one kind of unit ("Nyaung Kone and Kyarsi villages in ..."), never
# two provinces ("Aleppo and Idlib provinces").
_COORDINATED = re.compile(r"\band\b(?=.*\b(?:villages|towns|hamlets)\b)", re.IGNORECASE)
# An intermediate unit of the chain ("Pale township", "Maradun Local Government Area") is
# coarser than the village it holds.
_UNIT_AFTER = re.compile(r"\s+(?i:" + _unit_nouns(r"local\s+government\s+area") + r")\b")
_LOCALITY_AFTER = re.compile(r"\s+(?:villages?|hamlets?|neighbou?rhoods?|quarters?|suburbs?)\b")
_MAX_CHAIN = 90  # characters: one sentence's chain of units


def chained_provinces(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], sentence_ends: list[int]
) -> dict[int, int]:
    """For each accepted name (by index) the admin1 region that ends the chain of units after
    it in its sentence, as a gazetteer id: "X in Y Local Government Area of Z State" gives X
    (and Y) Z."""
    found: dict[int, int] = {}
    for n, match in enumerate(accepted):
        end = next((e for e in sentence_ends if e > tokens[match.first].start), len(tokens.text))
        for later in accepted[n + 1 : n + 4]:
            start = tokens[later.first].start
            gap = tokens.text[tokens[match.last].end : start]
            if start >= end or len(gap) > _MAX_CHAIN or not _is_chain(gap):
                break
            region = _province_of(later, places)
            if region is not None:
                found[n] = region
                break
    return found


def _is_chain(gap: str) -> bool:
    if _CHAIN.fullmatch(gap) is None or _RELATION.search(gap) is None:
        return False
    return " and " not in gap or _COORDINATED.search(gap) is not None


def _province_of(match: Match, places: Sequence[Place]) -> int | None:
    """The one admin1 region a name so qualified or unambiguous is ("Zamfara State",
    "Sagaing region"), else None."""
    regions = [i for i in match.ids if places[i].kind == Kind.ADMIN1]
    if len(regions) != 1 or not (match.mode in ("admin1", "rural") or len(match.ids) == 1):
        return None
    return regions[0]


def unknown_namesakes(
    tokens: Tokens, accepted: list[Match], places: Sequence[Place], chained: dict[int, int]
) -> list[PlaceMention]:
    """The names located by a chain of units that no place of the province they end in bears:
    unknown localities of that province, at its coordinates."""
    found = []
    for n, province_id in chained.items():
        match = accepted[n]
        if match.choice is not None or match.rejected or match.demonym or match.supranational:
            continue
        province = places[province_id]
        end = tokens[match.last].end
        if match.mode in ("locality", "settlement") or _LOCALITY_AFTER.match(tokens.text, end):
            continue  # "Hadar village", "the village of X": the events' localities place them
        if _only_bearing(tokens.text[tokens[match.first].start : end]):
            continue  # "X, in the Northern Province of Y": Y itself, told with its bearing
        # A name set aside before its institution's noun ("Maseno University in Kisumu
        # county") whose own town lies in that province is that town, not its centre.
        own = [
            i
            for i in match.ids
            if places[i].kind != Kind.ADMIN1
            and province.region is not None
            and places[i].region == province.region
        ]
        if own:
            found.append(mention(tokens, match, places[own[0]], match.mode))
            continue
        unit = _UNIT_AFTER.match(tokens.text, end) is not None
        found.append(
            unknown_locality(tokens, match, province, province.name, "region" if unit else "town")
        )
    return found


def unknown_locality(
    tokens: Tokens, match: Match, at: Place, admin1: str | None, precision: PlacePrecision
) -> PlaceMention:
    """The name of ``match`` as written, a locality the gazetteer lacks under it, at the
    coordinates and in the country of the known place ``at`` that locates it; a province's at
    its town of its name, where it has one (:func:`_seat`)."""
    start, end = tokens[match.first].start, tokens[match.last].end
    text = tokens.text[start:end]
    point = _seat(tokens, at, precision) or at
    return PlaceMention(
        span=Span(start, end),
        text=text,
        name=text,
        country_code=at.country_code,
        admin1=admin1,
        latitude=point.latitude,
        longitude=point.longitude,
        precision=precision,
        feature="locality",
        geonames_id=None,
        resolved=False,
    )


def _seat(tokens: Tokens, at: Place, precision: PlacePrecision) -> Place | None:
    """The town of its name where a village or quarter of the province ``at`` is put, when the
    text tells the province by that name (:func:`...gazetteer.capitals.seat_told_by_name`); a
    unit of it ("X district", ``precision`` region) keeps the province's middle: the unit is no
    village of the town."""
    if at.kind != Kind.ADMIN1 or precision == "region":
        return None
    return seat_told_by_name(at.country_code, at.name, tokens.text)


def _only_bearing(text: str) -> bool:
    """Whether a capitalised name is only a bearing and a unit's noun ("Northern Province",
    "South West Region"): a province told by where it lies, the enclosing province's own
    name after it, no locality of it (a namesake abroad, Zambia's, had been the name)."""
    words = text.lower().replace("-", " ").split()
    return any(w in DIRECTIONS for w in words) and all(
        w in DIRECTIONS or w in ADMIN1_WORDS for w in words
    )
