"""A province told by its bare name after a direction, as wire copy names it: "around the town of
Tal Sabil in northeastern Hasakeh", "outside Kafr Maris in western Idlib"
(fifty-first round, air71).
A country's capital so told is a part of the city ("on the X axis in southern Tripoli").
The name reads as the province's seat ("Al Hasakah", the town), yet the direction before it
tells the province: a place told with it lies in that province, not in a town of it, so a
place of another province the same sentence names is no namesake to drop (``link.where``).
"""

from __future__ import annotations

import re

from ...document import PlaceMention
from ...places.reading.locating.capitals import is_capital
from ...places.shared.keys import name_key

# A direction of a province, right before its name: "northeastern", "in northern", "south-west".
_DIRECTION_BEFORE = re.compile(
    r"\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+$",
    re.IGNORECASE,
)


def province_by_direction(text: str, place: PlaceMention) -> bool:
    """Whether a town named as its province ("Hasakeh", seat of Al-Hasakah) is told after a
    direction ("in northeastern Hasakeh"): the province, not the town."""
    if place.precision != "town" or not place.province or is_capital(place):
        return False  # ("in southern Tripoli", "eastern Damascus": a part of the capital)
    if name_key(place.name) != name_key(place.province):
        return False
    before = text[max(0, place.span.start - 30) : place.span.start]
    return _DIRECTION_BEFORE.search(before) is not None
