"""A roundup's item that opens on its province (:func:`fronted_localities`).

Bulletins of a day's operations tell them province by province, each item fronted by where its
acts are: "In Daraa countryside, army units clashed with terrorists in Busra al-Harir, killing
seven. Meanwhile in Hama, an army unit targeted gatherings near Tal Asfar." The village after
"in", "near" or "the surroundings of" is where the act happened; the gazetteer lacks most of
them, and with no known place right after the name (as "in X in Daraa countryside" has) the
event was placed at the fronted province. The fronted place locates the name instead: one
locality of the item's own sentence, in that province.
"""

from __future__ import annotations

import re

from .....document import Document, PlaceMention, Sentence, Span
from .....places.reading.words import DIRECTION_WORDS, FACILITY_NOUNS
from .....vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from ....geography.localities import names_a_place
from ....geography.name_shapes import NAME
from ....link.clauses import heading_close
from .locality import Locality

# The item's opening up to its place: "In", "Meanwhile in", "Also in the northern countryside
# of", "In the eastern countryside of".
_OPENING = re.compile(
    r"(?:(?:Meanwhile|Also|Elsewhere|Separately|Likewise|Moreover|Furthermore|And)\s*,?\s+)?"
    r"(?:in|In)\s+(?:the\s+)?"
    rf"(?:(?i:{DIRECTION_WORDS})\s+)*"
    r"(?:(?:countryside|outskirts|suburbs|parts?|areas?|province|governorate)\s+of\s+"
    r"(?:the\s+)?)?"
)
# The item's village: one name after a locative, closed by punctuation or a word that follows
# a place ("in Busra al-Harir, killing seven", "near Tal Asfar.", "in Handarat and ...").
# A name with a known place right after it ("in X in Y countryside"), a noun of its kind ("X
# village") or a list is read by :mod:`.named_localities`.
_ITEM = re.compile(
    r"\b(?:in|at|near|(?:the\s+)?(?:surroundings?|outskirts|vicinity|environs)\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?"
    rf"(?P<name>{NAME})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|killing|wounding|injuring|destroying|leaving|after|while|"
    r"where|as|on|early|late|overnight)\b)"
)
_LOCATING = frozenset({"town", "region", "admin1"})
_CALENDAR = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")


def fronted_localities(doc: Document, sentence: Sentence, taken: list[Span]) -> list[Locality]:
    """The names the gazetteer lacks that the sentence tells after a locative, when the sentence
    opens on its province as a roundup's item does, each located by that province."""
    frame = _frame(doc, sentence)
    if frame is None:
        return []
    place, rest = frame
    found: list[Locality] = []
    for match in _ITEM.finditer(sentence.text, rest):
        name = match.group("name")
        start = sentence.span.start + match.start("name")
        span = Span(start, start + len(name))
        words = name.split()
        if (
            not names_a_place(name)
            or _CALENDAR.match(name) is not None
            or words[-1].lower() in FACILITY_NOUNS
            or any(p.span.overlaps(span) for p in doc.places + doc.place_references)
            or any(t.overlaps(span) for t in taken)
        ):
            continue
        found.append(Locality(span, name, "town", within=place))
    return found


def _frame(doc: Document, sentence: Sentence) -> tuple[PlaceMention, int] | None:
    """The place the sentence opens on as a roundup's frame, and where the frame ends (an
    offset into the sentence's text), if it opens so."""
    opening = _OPENING.match(sentence.text)
    if opening is None:
        return None
    at = sentence.span.start + opening.end()
    place = next(
        (p for p in doc.places if p.span.start == at and p.precision in _LOCATING),
        None,
    )
    if place is None:
        return None
    # its unit's words and the comma that closes the frame ("In Daraa countryside,", "In Hama's
    # northern countryside,"), or the item's first word where the copy lost its commas ("In
    # Hama army units ..."); a capitalised word may go on the name ("In Paris Fabius said")
    close = heading_close(doc.text, place.span.end)
    if close is None:
        return None
    return place, close - sentence.span.start
