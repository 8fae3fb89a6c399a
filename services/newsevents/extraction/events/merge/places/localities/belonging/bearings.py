"""A locality told as a bearing's reference point is no place of the act (thirty-eighth round,
several58): "positions in al-Shaer field to the east of Jazal field", "the village of X, 10 km
south of Y" — the second name says where the first lies, as a place after "near" does
(link/reference_points.py)."""

from __future__ import annotations

import re

from ......document import LOCAL_PRECISIONS, Document, sentence_at
from ......places.reading.words import DIRECTION_WORDS
from ..locality import Locality

# A bearing from a place (thirty-eighth round, several58): "positions in al-Shaer field to the
# east of Jazal field", "the village of X, 10 km south of Y": Jazal field says where al-Shaer
# field lies, as a place after "near" does (link/reference_points.py). Not when an "and" joins
# it to the place before ("shelled X and east of Y" names two places of the act).
_KM = r"(?:(?:some|about|around)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+"
_BEARING_OF = re.compile(
    rf"\b(?:to\s+the\s+)?(?:{_KM})?(?:{DIRECTION_WORDS})\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_AND = re.compile(r"\band\b|;")


def bearing_from(doc: Document, locality: Locality, told: list[Locality]) -> bool:
    """Whether ``locality`` is told as what another locality or known place of its sentence,
    named before it, lies east, west, north or south of (:data:`_BEARING_OF`)."""
    sentence = sentence_at(doc.sentences, locality.span)
    if sentence is None:
        return False
    start = locality.span.start
    before = [f.span.end for f in told if sentence.span.start <= f.span.end <= start]
    # (a province before it is no spot a bearing is told from: "positions in Homs province
    # east of the village of X" are placed at X)
    before += [
        p.span.end
        for p in doc.in_sentence(doc.places, sentence)
        if p.span.end <= start and p.precision in LOCAL_PRECISIONS
    ]
    if not before:
        return False
    since = max(before)
    bearing = _BEARING_OF.search(doc.text, max(since, start - 50), start)
    return bearing is not None and _AND.search(doc.text, since, start) is None
