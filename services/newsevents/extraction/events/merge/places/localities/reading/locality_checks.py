"""Whether a name a sentence tells is a locality of its act (:func:`is_locality`): not a known
place, not where the fire came from or people left ("terrorists positioned in Joubar", "fled the
village of X", :func:`is_origin`), not the far end of a stretch ("between X and Y"), not a
headline's ordinary words (:func:`ordinary_words`)."""

from __future__ import annotations

import re

from ......document import Document, PlaceMention, Span, sentence_at
from ......places.reading.words import DIRECTION_WORDS
from ......vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from .....geography.name_shapes import KIND
from .....geography.names.glued import generic_word

# Where the fire came from, not where it landed. Armed men are "positioned" or "stationed"
# somewhere; a thing "located" somewhere is the target ("a clinic located in the village of
# Kari Umar Khan"), unless the fighters or their guns are ("terrorists located in X"). Where
# people came from is no place of what hit them, whatever word sits before the noun: "the
# bomb hit a convoy outside the city, killing 40 of the families from the two southern
# villages of A and B" (a bearing or a count; twenty-sixth round), "attacked the base from the
# nearby village of X" (where the attackers came from; thirty-eighth round, several58).
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:positioned|stationed|based|deployed|holed up|entrenched|hiding)\s+"
    r"(?:in|at|inside)|\b(?:forces|troops|terrorists|militants|gunmen|fighters|rebels|"
    r"insurgents|positions|units|artillery|batteries|launchers)\s+(?:[\w-]+\s+)?located\s+"
    r"(?:in|at|inside)|\bfrom|\b(?:leaving|left|fleeing|fled|evacuated|escaped))\s+"
    r"(?:the\s+)?(?:(?:besieged|rebel-held|government-held|nearby|neighbou?ring|two|three|"
    + DIRECTION_WORDS
    + r")\s+)?"
    r"(?:(?:" + KIND + r")\s+of\s+)?$",
    re.IGNORECASE,
)


# The far end of a stretch told by its two ends: "between Kafr Dael and Tal Hawash village",
# "on the road between the areas of X and Y". The act took place on the stretch, at the place
# named first; the second names no place of an act of its own (the list is no list of
# targets, :mod:`.listed_places` reads it so for known places). The stretch's first end holds
# no "and" of its own: in "clashes between regime forces and rebels in Jobar and Ain Tarma" the
# "between" joins the two sides, and Ain Tarma is the list's second place (thirty-fifth round).
_CLOSES_A_STRETCH = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:" + KIND + r")\s+of\s+)?"
    r"(?:(?!\band\b)[^,;:.()\"“”]){1,50}?\s+and\s+(?:the\s+)?(?:(?:" + KIND + r")\s+of\s+)?$",
    re.IGNORECASE,
)


def is_locality(doc: Document, span: Span) -> bool:
    """Whether the name at ``span`` is a locality of the act: no known place, no origin, no
    stretch's far end."""
    if any(
        _covers(doc, p.span, span) and not stray_namesake(doc, p)
        for p in doc.places + doc.place_references
    ):
        return False
    before = doc.text[max(0, span.start - 80) : span.start]
    return not is_origin(doc, span) and _CLOSES_A_STRETCH.search(before) is None


def _covers(doc: Document, place: Span, span: Span) -> bool:
    """Whether a known place read at ``place`` is the name at ``span``, or part of one: a
    place read after the generic first word of a longer name ("Sijna" of "Kafr Sijna", "Dahab"
    of "Tel Dahab", namesakes elsewhere) is not, the whole name is the village. A name before
    the place ("Syrias Hama", a possessive that lost its apostrophe) is no such word."""
    if not place.overlaps(span):
        return False
    before = doc.text[span.start : place.start].split()
    inside = place.start > span.start and place.end == span.end
    return not (inside and all(generic_word(word) for word in before))


def is_origin(doc: Document, span: Span) -> bool:
    """Where the fire came from or people left (:data:`_ORIGIN_BEFORE`)."""
    return _ORIGIN_BEFORE.search(doc.text[max(0, span.start - 40) : span.start]) is not None


def ordinary_words(text: str, name: str) -> bool:
    """Whether each word of a capitalised phrase is written in lower case elsewhere in the
    text: a headline's words ("Killed in Rocket Fire in Daraa": "rocket fire"), not a name."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("al", "el")]
    return all(re.search(rf"\b{w.lower()}\b", text) for w in words)


# An Arabic name with its own article, as the agencies write their villages and quarters.
_ARTICLE_NAME = re.compile(r"(?:al|el|Al|El)-[A-Z]")
# A run of names that lost its commas: another capitalised name right after the name, or one
# right before it ("the neighbourhoods of al-A al-B Qazi C", "in al-A Abu al-B and C").
# (a sentence's first word, a day or a month is no name of the run)
_NO_NAME = rf"(?!(?:In|On|At|Of|The|And|Near|From|{WEEKDAY_NAMES}|{MONTH_NAMES})\b)"
_NEXT_NAME = re.compile(rf" {_NO_NAME}(?:(?:al|el|Al|El)-)?[A-Z][a-z]")
_NAME_BEFORE = re.compile(rf"(?<![.!?] )\b{_NO_NAME}(?:(?:al|el|Al|El)-)?[A-Z][\w-]*[a-z] $")
# The kinds of place a village or quarter the gazetteer lacks is read as by a namesake.
_SETTLED = frozenset({"town", "neighbourhood", "point"})


def stray_namesake(doc: Document, place: PlaceMention) -> bool:
    """Whether a known place is a namesake the sentence puts elsewhere (fifty-third round,
    list73): an Arabic name with its own article ("al-Hamidiyah") that the gazetteer knows as a
    town only in another province or country than every other place its sentence tells ("in
    Idlib countryside ... in al-Hamidiyah Abu Dali and Khan Tuman": a namesake in Tartus or
    abroad), which the list's act reaches as a village the gazetteer lacks."""
    if place.precision not in _SETTLED or not _ARTICLE_NAME.match(place.text):
        return False
    if not (
        _NEXT_NAME.match(doc.text, place.span.end)
        or _NAME_BEFORE.search(doc.text[max(0, place.span.start - 40) : place.span.start])
    ):
        return False  # no run of names: "on al-Mazraa neighbourhood", "near A and al-B areas"
    sentence = sentence_at(doc.sentences, place.span)
    if sentence is None:
        return False
    others = [
        p.province
        for p in doc.in_sentence(doc.places, sentence)
        if p.span != place.span and p.province and p.country_code
    ]
    return bool(others) and place.province not in others
