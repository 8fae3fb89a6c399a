"""A lead that sums up a span of days or a wide area, and the acts the body tells one by one
(thirtieth round, several50).

State media, monitors and wires open a day's or a week's report with its total: "The army has
killed at least 100 ISIS terrorists in Deir Ezzor province during the past 24 hours", "More
than 100 terrorists have been killed in two days of operations across the country", "Russian
jets destroyed 1,354 targets over the past week". The body then tells the acts that make up
the total, each at its own village and most with their own count: "An army unit clashed with
ISIS in the surroundings of al-Mreiiyeh, killing 9", "Four more were killed near the military
airport". A monitor codes those acts (one event per place and day), not the total. Read as
the lead's incident, every act of the body with the lead's type folded into it, and the
report came out as one event.

:func:`sums_up` tells the folding passes (through :func:`.two_acts.told_as_two`) that such a
later act is one of the lead's parts, not the lead told again. The lead's event stays: it takes
the body acts' sentences that retell it (its total, its province), and its total is kept off
the parts. A lead told at a town ("killed 12 in Saraqeb on Monday") is an incident, not a sum:
its body's neighbourhood tolls are the same act (fold48 measured that the gold codes them so).
"""

from __future__ import annotations

import re

from .....document import LOCAL_PRECISIONS, Document, once_per_document
from .....text.numbers import counting
from ....crowds import CROWD_TYPES
from ....draft import EventDraft
from ....generic_violence import is_violent_act
from ....geography.names.localities import locality_names
from ..aboutness import about, shared_about

# A span of days or a wide area a lead's total is told over: "during the past 24 hours", "over
# the last week", "in two days of operations", "since Monday", "across the country", "in
# several provinces".
_NUMBER = rf"(?:\d+|a\s+few|few|{counting(2, 7)}|several)"
_SUMMED = re.compile(
    rf"\b(?:(?:during|in|over|within|throughout)\s+the\s+(?:past|last|previous)\s+"
    rf"(?:{_NUMBER}\s+)?(?:hours|days?|weeks?|months?)\b"
    rf"|(?:in|over|within)\s+{_NUMBER}\s+days\b"
    rf"|(?:past|last)\s+(?:24|48|72)\s+hours\b"
    rf"|(?:during|over|in)\s+(?:the\s+)?(?:past|last)\s+week\b"
    r"|since\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|across\s+(?:the\s+)?(?:country|[A-Z][\w-]*\s+(?:country|province|governorate|region))"
    r"|in\s+(?:several|various|different|many|a\s+number\s+of)\s+(?:provinces|areas|regions"
    r"|parts\s+of))",
    re.IGNORECASE,
)

# How many body sentences after the headline the lead is told in.
_LEAD_SENTENCES = 2


def sums_up(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the article's lead is a total over a span of days or a wide area (told at no
    town, :func:`_summing_sentence`) and ``later``, a violent act told after the lead in a
    sentence of its own that sums nothing, is one of its parts, not ``earlier`` told again:
    its sentence names a place finer than a province that ``earlier``'s sentences do not, and
    it does not give ``earlier``'s toll again. ``earlier`` is the lead's event or another part."""
    return (
        is_violent_act(earlier)
        and is_violent_act(later)
        and later.event_type not in CROWD_TYPES
        and part_told_apart(doc, earlier, later.sentences[0])
        and not shared_about(about(doc, earlier), about(doc, later)).toll
    )


def part_told_apart(doc: Document, earlier: EventDraft, index: int) -> bool:
    """Whether sentence ``index`` tells a part of the lead's total at a place of its own, after
    ``earlier`` (the lead's event, or a part told at its own place): what it tells (an act, or
    what an act destroyed) is not ``earlier``'s."""
    if index in earlier.sentences or index <= earlier.sentences[0]:
        return False
    if earlier.event_type in CROWD_TYPES:
        return False  # the day's demonstrations are read by their own passes (merge/crowds)
    summing = _summing_sentence(doc)
    if summing is None or index <= summing or _SUMMED.search(doc.sentences[index].text):
        return False
    told = " ".join(doc.sentences[i].text for i in earlier.sentences)
    if not _own_places(doc, index, told):
        return False
    if earlier.sentences[0] > summing:
        # another part, told at a place of its own; not a count of the body's acts at a
        # province ("liberating two villages in Aleppo") that the next sentence lists (a city
        # named like its province, which the article names as such, is the province)
        lead = " ".join(s.text for s in doc.sentences[: summing + 1])
        own = _own_places(doc, earlier.sentences[0], lead)
        if all(_as_province(name, doc.text) for name in own):
            return False
    return True


@once_per_document
def _summing_sentence(doc: Document) -> int | None:
    """The headline or lead sentence that tells a total over a span of days or a wide area,
    when the lead up to it names no town but as its province ("in Deir Ezzor" beside "Deir
    Ezzor province"): a lead at a town ("killed 12 in Saraqeb in the past 24 hours") tells
    what happened there, and its body's neighbourhoods are that act's (fold48 measured it so).
    """
    first = next((s.index for s in doc.sentences if not s.heading), None)
    if first is None:
        return None
    summing = next(
        (s.index for s in doc.sentences[: first + _LEAD_SENTENCES] if _SUMMED.search(s.text)),
        None,
    )
    if summing is None:
        return None
    lead = doc.sentences[: summing + 1]
    text = " ".join(s.text for s in lead)
    if any(
        p.precision in LOCAL_PRECISIONS and not _as_province(p.text, text)
        for s in lead
        for p in doc.in_sentence(doc.places, s)
    ):
        return None
    return summing


# A place phrase after a noun of the ground around it: "in the surroundings of al-Mreiiyeh",
# "in the vicinity of Kafr Nabuda" (a name the gazetteer may lack).
_AROUND = re.compile(
    r"\b(?:vicinity|surroundings?|outskirts|environs|area|outskirt)\s+of\s+(?:the\s+)?"
    r"((?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)?[A-Z][\w'’-]*)"
)

# A name after the strike that hit it: "strikes on Kafr Nabudah", "shelling of al-Lataminah",
# "barrel bombs on the town of Inkhil" (not an actor: "attacks on Hezbollah").
_STRUCK = re.compile(
    r"\b(?i:strikes?|raids?|shelling|bombardment|attacks?|bombs?|rockets?|shells?|missiles?)\s+"
    r"(?:on|of|against)\s+(?:the\s+)?(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?"
    r"((?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)?[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*)?)"
)


def _own_places(doc: Document, index: int, summed_text: str) -> list[str]:
    """The places finer than a province the sentence names that the lead does not: places
    the gazetteer knows (a town, a neighbourhood, an airport), localities it lacks told by
    their kind ("al-Husseiniyeh village") or by the ground around them ("the surroundings of
    al-Mreiiyeh")."""
    sentence = doc.sentences[index]
    known = [
        p.text
        for p in doc.in_sentence(doc.places, sentence)
        if p.feature not in _WIDE and p.precision != "country"
    ]
    unknown = [n.name for n in locality_names(sentence.text) if n.precision != "region"]
    start = sentence.span.start
    actors = doc.in_sentence(doc.actors, sentence)
    around = [
        m.group(1)
        for pattern in (_AROUND, _STRUCK)
        for m in pattern.finditer(sentence.text)
        if not any(
            a.span.start < start + m.end(1) and start + m.start(1) < a.span.end for a in actors
        )
    ]
    return [name for name in [*known, *unknown, *around] if name not in summed_text]


# Features of places no finer than a province.
_WIDE = frozenset({"country", "admin1", "continent", "region"})


def _as_province(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` as a province ("the eastern Deir Ezzor province", "in
    Hama countryside"): a headline's "in Deir Ezzor" is then the province, not its capital."""
    return re.search(rf"\b{re.escape(name)}\s+{_PROVINCE}", text) is not None or (
        re.search(rf"\b{_PROVINCE_OF}\s+{re.escape(name)}\b", text) is not None
    )


_PROVINCE = r"(?:province|governorate|countryside|region)\b"
_PROVINCE_OF = r"(?:province|governorate|countryside|provinces)\s+of(?:\s+the)?"
