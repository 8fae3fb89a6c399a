"""A roundup's item headed by where its acts are (forty-eighth round, place68).

Bulletins tell a day's operations province by province, each item opening on its province:
"In Daraa countryside, army units clashed with terrorists in Busra al-Harir", "Meanwhile in
Hama, ...", "In the eastern countryside of Homs province, ...". Agency copy that lost its
commas tells the same ("In Hama army units foiled ...", "In Idlib twenty-eight heads ...").
:func:`heading_place` reads the heading's place, :func:`heading_close` where the heading ends.
"""

from __future__ import annotations

import re

from ...document import Document, PlaceMention, Sentence
from ...places.reading.words import DIRECTION_WORDS
from ...places.shared.keys import name_key

# The item's opening up to its place: "In", "Meanwhile in", "Also in the northern countryside
# of", "In the countryside of the southern province of".
_OPENING = re.compile(
    r"(?:(?:Meanwhile|Also|Elsewhere|Separately|Likewise|Moreover|Furthermore|And)\s*,?\s+)?"
    r"(?:in|In)\s+(?:the\s+)?"
    rf"(?:(?:(?i:{DIRECTION_WORDS})\s+)*"
    r"(?:countryside|outskirts|suburbs|parts?|areas?|province|governorate)\s+of\s+"
    r"(?:the\s+)?){0,2}"
    rf"(?:(?i:{DIRECTION_WORDS})\s+)*"
)
# What closes a heading after its place: the unit's words, then a comma ("In Daraa
# countryside, ...", "In Hama's northern countryside, ..."), or, in agency copy that lost its
# commas, a lowercase word or a figure opening the item ("In Hama army units foiled ...", "In
# Idlib twenty-eight heads ...", "In Deir Ezzor the army ..."). A capitalised word after it may
# go on the name or open another ("In Paris Fabius said").
_HEADING_CLOSE = re.compile(
    r"(?:['’]s)?(?:\s+(?:(?:north|south|east|west)\w*|central|countryside|province|governorate"
    r"|city|region))*(?:\s*,\s*|\s+(?=(?!(?:in|of|and|or|on|at|to)\b)[a-z0-9]))",
    re.IGNORECASE,
)
_HEADS = frozenset({"town", "region", "admin1"})


def heading_close(text: str, end: int) -> int | None:
    """Where the heading closed by its place ending at ``end`` ends (after its comma or before
    its item's first word), if a heading closes there (:data:`_HEADING_CLOSE`)."""
    match = _HEADING_CLOSE.match(text, end)
    if match is None:
        return None
    close = match.end()
    # (IGNORECASE lets the lookahead take capitals: a capitalised word goes on the name)
    first = text[close : close + 1]
    if "," not in match.group() and not (first.islower() or first.isdigit()):
        return None
    return close


def heading_place(
    doc: Document, sentence: Sentence, at: int = 0
) -> tuple[PlaceMention, int] | None:
    """The place that heads the item opening at ``at`` (an offset into the sentence's text) as a
    roundup's heading, and where the heading ends (an offset into the sentence's text), if the
    item opens so."""
    opening = _OPENING.match(sentence.text, at)
    if opening is None:
        return _bare_heading(doc, sentence) if at == 0 else None
    start = sentence.span.start + opening.end()
    place = next(
        (p for p in doc.places if p.span.start == start and p.precision in _HEADS),
        None,
    )
    if place is None:
        return None
    close = heading_close(doc.text, place.span.end)
    if close is None:
        return None
    return place, close - sentence.span.start


def province_heading(doc: Document, sentence: Sentence) -> PlaceMention | None:
    """The province the sentence opens on as a roundup's item ("In Daraa countryside, ...", "In
    Hasaka, ..." for Al-Hasakah), if it does: a province, or a town named like its province
    under any spelling. A town of a name of its own ("In Nawabshah, ...") heads no roundup's
    item."""
    heading = heading_place(doc, sentence)
    if heading is None:
        return None
    return heading[0] if names_a_province(heading[0]) else None


def names_a_province(place: PlaceMention) -> bool:
    """Whether a heading's place names a province: the province, or a town named like it under
    any spelling ("Hasaka" of Al-Hasakah)."""
    if place.precision == "admin1" or place.feature == "admin1":
        return True
    admin1 = place.admin1 or ""
    return bool(admin1) and name_key(place.text) == name_key(admin1)


# A state outlet's item headed by its province alone, the heading's line break lost in the copy:
# "Daraa Army units killed ...", "Hama An army unit clashed ...", "Homs The Syrian Air Force
# carried out ..." (forty-ninth round, clash69). Only the army told opening the item closes such
# a heading ("Aleppo residents said" opens no item).
_BARE_ITEM = re.compile(
    r"\s+(?=(?:An?\s+army\s+units?|Army\s+(?:units?|and)|(?:The\s+)?Syrian\s+(?:Army|army|Air\s+Force)"
    r"|The\s+army|Units\s+of\s+the\s+army)\b)"
)
# An article a glued heading's place was read with: "Hama An" (army unit ...)
_GLUED_ARTICLE = re.compile(r"\s+An?$")


def _bare_heading(doc: Document, sentence: Sentence) -> tuple[PlaceMention, int] | None:
    """The province that heads the sentence's item with no "In" before it and no comma after
    it, closed by the army that opens the item (:data:`_BARE_ITEM`), if the sentence opens so."""
    start = sentence.span.start + len(sentence.text) - len(sentence.text.lstrip())
    place = next(
        (p for p in doc.places if p.span.start == start and p.precision in _HEADS),
        None,
    )
    if place is None or not names_a_province(place):
        return None
    glued = _GLUED_ARTICLE.search(doc.text, place.span.start, place.span.end)
    end = place.span.end if glued is None else glued.start()
    close = _BARE_ITEM.match(doc.text, end)
    if close is None:
        return None
    return place, close.end() - sentence.span.start
