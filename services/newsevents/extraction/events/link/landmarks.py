"""A town told as the point the act's place lies off, not as where the act was: "in the town of
Zawiya, 40 kilometers west of the capital Tripoli", "in Iraq's Anbar Province, west of
Baghdad", "in Eastern Ghouta on the outskirts of the capital Damascus", "Nehm district, some 60
km northeast of Sanaa". Such a landmark is left out of the sentence's places when the sentence
names another (not its country, nor a province or region the landmark lies in): the act was
at that other place. Told alone ("fighting south-west of Derna", "a village 10 km northwest of
Manbij") it stays the event's place, as monitors code an act near a town at the town. "Near X"
and "close to X" are no landmark here: an act "near Saraqeb" in Idlib province is at Saraqeb.
"""

from __future__ import annotations

import re

from ...document import PlaceMention
from ..place_nesting import nested

# A compass bearing: "west", "to the northwest", "south-east", "southern" ("centre of" is in)
_BEARING = r"(?:(?:to\s+the\s+)?(?i:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+)"
_LANDMARK_BEFORE = re.compile(
    r"(?:"
    # "40 kilometers (25 miles) west of", "some 60 km northeast of", "20km from"
    r"\d[\d.,]*\s*(?:kilomet(?:re|er)s?|kms?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+"
    rf"(?:{_BEARING}?of|from)"
    # "west of", "to the northwest of", "south-east of"
    rf"|\b{_BEARING}of"
    # "just outside", "on the outskirts of"
    r"|\boutside|\boutskirts\s+of"
    r")\s+(?:the\s+)?"
    # "the capital", "the Yemeni capital of", "the city of", "the northern city of"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+)?$"
)


def is_landmark(text: str, place: PlaceMention) -> bool:
    """Whether the place is told as the point another lies off ("west of Baghdad")."""
    before = text[max(0, place.span.start - 70) : place.span.start]
    return _LANDMARK_BEFORE.search(before) is not None


def without_landmarks(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places without the landmarks that another place of the sentence, not around them,
    locates the act at."""
    landmarks = [p for p in places if is_landmark(text, p)]
    if not landmarks:
        return places
    sites = [p for p in places if p not in landmarks and p.precision != "country"]
    return [
        p for p in places if p not in landmarks or not any(not nested(p, site) for site in sites)
    ]
