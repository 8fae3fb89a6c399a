"""A name told in apposition as lying off a town ("Husainieh camp for Palestinian refugees, some
20 km south of the capital Damascus", "Moldokhiya, an agricultural area south of Damascus") lies
outside that town: a locality so told around a capital that is a province of its own is in the
province around it (:mod:`.placing.unknown_places`).

Tried and dropped (twentieth round, places40): leaving such a landmark out of the places of a
sentence that names the place it locates ("in the town of Zawiya, 40 kilometers west of the
capital Tripoli", "in Douma at the edge of the capital Damascus"). It fixed one
tuning hit's place, but cost the FA-KES holdout an article's main governorate and one more
event; with a bare bearing ("west of Baghdad", "Souran area to the north of Hama city") it also
split a tuning clash and lost a `web13` hit.
"""

from __future__ import annotations

import re

from .....document import PlaceMention

# A compass bearing: "west", "to the northwest", "south-east", "southern" ("centre of" is in)
_BEARING = r"(?:(?:to\s+the\s+)?(?i:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+)"
_OFF_BEFORE = re.compile(
    r"(?:"
    # "some 20 km south of", "40 kilometers (25 miles) west of", "20km from"
    r"(?:(?:about|some|around|nearly|roughly)\s+)?(?P<number>\d[\d.,]*)\s*"
    r"(?P<unit>kilomet(?:re|er)s?|kms?|miles?)"
    rf"\b(?:\s*\([^)]{{0,20}}\))?\s+(?:{_BEARING}?of|from)"
    # "south of", "to the northwest of"
    rf"|\b{_BEARING}of"
    # "just outside", "on the outskirts of"
    r"|\b(?:just\s+)?outside|\b(?:on\s+|in\s+)?the\s+outskirts\s+of"
    r")\s+(?:the\s+)?"
    # "the capital", "the Yemeni capital of", "the city of"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+)?$"
)


_MILE_KM = 1.609
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def off_distance(text: str, end: int, town: PlaceMention) -> float | None:
    """How far off ``town`` the name ending at ``end`` is told in apposition to lie, in km (0
    when told by a bearing or "outside" only): "Husainieh camp, some 20 km south of the
    capital Damascus", "Moldokhiya, an agricultural area south of Damascus" lie outside the
    city; None when it is not told off the town: "the Maysat neighborhood north of Damascus"
    (no comma) is the city's north."""
    start = max(0, town.span.start - 70)
    match = _OFF_BEFORE.search(text[start : town.span.start])
    if match is None or not end <= start + match.start() <= end + 80:
        return None
    between = text[end : start + match.start()]
    if "," not in between or "." in between:
        return None
    if match.group("number") is None:
        return 0.0
    digits = match.group("number").rstrip(".,")
    # a decimal comma ("1,5 km") is no thousands' separator ("1,500 km"; review43b)
    decimal = _DECIMAL_COMMA.fullmatch(digits) is not None
    try:
        number = float(digits.replace(",", "." if decimal else ""))
    except ValueError:
        return 0.0
    return number * _MILE_KM if match.group("unit").startswith("mile") else number
