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

from ......document import Document, PlaceMention, Sentence, Span, sentence_at
from ......places.reading.locating.capitals import is_capital
from ......places.reading.words import FACILITY_NOUNS
from ......vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from .....draft import EventDraft
from .....geography.headings import heading_place, names_a_province
from .....geography.name_shapes import NAME
from .....geography.names.place_names import names_a_place
from ..locality import Locality, at_locality

# A later item of the sentence, opened in its own clause: "..., while in Daraa countryside army
# units clashed with terrorists in Busra al-Harir", "...; in Hama, ...".
_CLAUSE_OPENING = re.compile(r"(?:,?\s+(?:while|whereas)|;)\s+(?=(?:meanwhile\s+)?in\s)", re.I)
# The item's village: one name after a locative, closed by punctuation or a word that follows
# a place ("in Busra al-Harir, killing seven", "near Tal Asfar.", "in Handarat and ..."), or
# the object of an attack ("foiled an attack on X", "stormed X"). A name with a
# known place right after it ("in X in Y countryside"), a noun of its kind ("X village") or a
# list is read by :mod:`.named_localities`.
_ITEM = re.compile(
    r"(?:\b(?:in|at|near|(?:the\s+)?(?:surroundings?|outskirts|vicinity|environs)\s+of)"
    r"|(?P<attacked>\b(?:attacks?|assaults?|offensive|raids?)\s+(?:by\s+[a-z][\w-]*\s+)?"
    r"(?:on|against)|\b(?:attacked|stormed|raided|shelled|bombarded|pounded)))\s+"
    r"(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?"
    rf"(?P<name>{NAME})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|killing|wounding|injuring|destroying|leaving|after|while|"
    r"where|as|on|early|late|overnight|according)\b)"
)
_CALENDAR = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")
# A kunya or a lineage opens a person's name as often as a village's: what was attacked is
# then a person ("stormed Abu Omar's house"), where something happened a village ("in Umm
# X")
_PERSONS_FIRST_WORDS = frozenset({"abu", "um", "umm", "bin", "ibn", "bani", "beni", "sheikh"})


def fronted_localities(doc: Document, sentence: Sentence, taken: list[Span]) -> list[Locality]:
    """The names the gazetteer lacks that the sentence tells after a locative, in an item the
    sentence (or a clause of it) opens on its province as a roundup does, each located by
    that province."""
    found: list[Locality] = []
    for place, start, end in _frames(doc, sentence):
        for match in _ITEM.finditer(sentence.text, start, end):
            name = match.group("name")
            at = sentence.span.start + match.start("name")
            span = Span(at, at + len(name))
            words = name.split()
            if (
                not names_a_place(name)
                or _CALENDAR.match(name) is not None
                or words[-1].lower() in FACILITY_NOUNS
                or (match.group("attacked") and words[0].lower() in _PERSONS_FIRST_WORDS)
                or any(p.span.overlaps(span) for p in doc.places + doc.place_references)
                or any(t.overlaps(span) for t in taken)
            ):
                continue
            found.append(Locality(span, name, "town", within=place))
    return found


def heading_province(doc: Document, sentence: Sentence, span: Span) -> PlaceMention | None:
    """The province that heads the item of the sentence holding ``span``, if one does: "In the
    countryside of Quneitra province units of the army ... in the village of X" puts X in
    Quneitra, whatever known town its act is placed at ("east of" a town of the
    next province)."""
    at = span.start - sentence.span.start
    for place, start, end in _frames(doc, sentence):
        if start <= at < end and names_a_province(place):
            return place
    return None


# What a namesake abroad may be read as in a headed item: a settlement or a quarter, not a
# country, a province or a capital
_SETTLED = frozenset({"town", "neighbourhood", "point"})


def place_headed_namesakes(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """A place of another country than the province heading its item ("In Deir Ezzor, units
    of the army destroyed ISIS positions in Hatla and al-Husseiniyeh": an al-Husseiniyeh of
    Egypt) is a village of that province the gazetteer lacks, kept as written there."""
    for draft in drafts:
        if any(p.precision in _SETTLED for p in draft.places):
            draft.places = [_at_home(doc, p) for p in draft.places]
    return drafts


def _at_home(doc: Document, place: PlaceMention) -> PlaceMention:
    if place.precision not in _SETTLED or is_capital(place):
        return place
    sentence = sentence_at(doc.sentences, place.span)
    heading = None if sentence is None else heading_province(doc, sentence, place.span)
    if heading is None or heading.country_code == place.country_code:
        return place
    return at_locality(Locality(place.span, place.text, "town", within=heading), heading)


def _frames(doc: Document, sentence: Sentence) -> list[tuple[PlaceMention, int, int]]:
    """Each item the sentence opens on a place as a roundup's frame: the place, and where the
    item's text starts and ends (offsets into the sentence's text)."""
    openings = [0] + [m.end() for m in _CLAUSE_OPENING.finditer(sentence.text)]
    frames = [(at, heading_place(doc, sentence, at)) for at in openings]
    ends = [at for at, _ in frames[1:]] + [len(sentence.text)]
    return [
        (frame[0], frame[1], end)
        for (_, frame), end in zip(frames, ends, strict=True)
        if frame is not None
    ]
