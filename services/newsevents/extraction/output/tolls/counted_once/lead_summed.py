"""The lead's count of the dead told again in parts at the body's acts (forty-eighth round,
shell68).

A state outlet's casualty bulletin opens on the day's dead over several quarters or cities
("Five citizens killed in terrorist attacks with shells on Damascus and Homs") and then tells
each act with its own dead ("fired mortar shells on Bab Touma, killing two civilians", "fired
rocket shells on al-Zahraa, killing three citizens"). Where the merges leave the lead's figure
on one of those acts (the lead's event placed at a quarter whose sentence it took in), that
act counts the whole day's dead beside its own, and a sum over the article's events counts the
dead twice. :mod:`.lead_retold` takes the figure off the lead's event when the body tells it
again whole; this module when the body tells it again in parts.

A published event whose counts of the dead told in the lead (its first two sentences: the
headline repeated, then the lead) are one figure above 1 loses them when the counts the body
tells after the lead add up to that figure exactly: the largest count of each published event
(this one included) told in a sentence after the lead that tells the event's own act, not as
another ("separately", "elsewhere", "another"), at a place of the lead's places or inside them
(``inside_lead_place``), from two events or more. A figure above the parts' sum (the day's dead,
of which the body tells some) or below it is left as it is.

Forty-ninth round (wire69), for agency copy, whose lead is its first sentence ("Eleven civilians
died in government raids across Hama province ... Three of one family died in Kafr Zita ...
eight more were killed in Latamneh"): when the first two sentences tell two figures, the lead's
is the first sentence's; the parts are told after the lead's own sentence; the lead's act that
took a town's later sentence in (or read its town at the dateline, "DOUMA Syria") tells its part
in the sentence naming its town; a part fits the lead's region or province though the lead names
a town beside it ("in the Eastern Ghouta enclave ... near the capital"); and the parts add up in
the order told, two or more with the event's own among them, before the body goes on to other
news (an earlier raid's dead, a stretch's tally).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import Document, PlaceMention, QuantityMention
from ....events.draft import EventDraft
from ....events.geography.nesting import inside_lead_place, nested
from .lead_retold import counts_by_sentence

_AREAS = frozenset({"region", "admin1"})
_LEAD = 1  # the index of the lead's last sentence (a headline repeated, then the lead)

# A later act told as another than the lead's: "Separately, shelling killed 4 in Ariha" (not
# one more person: "as well as another boy").
_APART = re.compile(
    r"\b(?:separate(?:ly)?|elsewhere|another(?!\s+(?:child|man|woman|boy|girl|person|civilian|"
    r"one)\b))\b",
    re.IGNORECASE,
)


def lead_count_summed(doc: Document, drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The ``drafts`` (published events) whose lead count the body tells again in parts lose
    it (see the module), in place; returns those that lost one."""
    told = {id(d): counts_by_sentence(doc, d) for d in drafts}
    lost: list[EventDraft] = []
    for draft in drafts:
        counts = told[id(draft)]
        in_lead = {q: i for q, i in counts.items() if 0 <= i <= _LEAD}
        if len({q.value for q in in_lead}) > 1:
            # the lead's figure, then the first town's own in the next sentence (a wire's lead
            # sentence is its first: "Eleven civilians died in raids on Hama ... Three of one
            # family died in Kafr Zita")
            first = min(in_lead.values())
            in_lead = {q: i for q, i in in_lead.items() if i == first}
        values = {q.value for q in in_lead}
        if len(values) != 1 or min(values) <= 1:
            continue
        named = [
            p
            for i in sorted(set(in_lead.values()))
            for p in doc.in_sentence(doc.places, doc.sentences[i])
        ]
        last = max(in_lead.values())
        parts = {
            id(other): part
            for other in drafts
            if other is draft or _fits(doc, named, other)
            for part in [_own_part(doc, other, told[id(other)], last, lead=other is draft)]
            if part is not None
        }
        if _told_in_parts(parts, id(draft), min(values)):
            draft.quantities = [q for q in draft.quantities if q not in in_lead]
            lost.append(draft)
    return lost


def _fits(doc: Document, named: list[PlaceMention], other: EventDraft) -> bool:
    """Whether ``other`` is placed at one of the lead's places or inside it: inside a region or
    province the lead names too, though the lead names a town beside it ("in the Eastern
    Ghouta enclave ... near the capital" for a shelling of Arbin), or inside the province a city
    names ("across the province of Hama" for Kafr Zita)."""
    if not other.places:
        return False
    own = other.places[0]
    return inside_lead_place(named, [own]) or any(
        nested(own, at)
        or (own.province is not None and own.province == at.province and _province_of(doc, at))
        for at in named
        if at.precision in _AREAS or _province_of(doc, at)
    )


_PROVINCE_BEFORE = re.compile(r"(?:province|governorate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate)", re.IGNORECASE)


def _province_of(doc: Document, place: PlaceMention) -> bool:
    """Whether the place is told as its province ("the province of Aleppo", "Idlib
    province")."""
    start, end = place.span.start, place.span.end
    return (
        _PROVINCE_BEFORE.search(doc.text, max(0, start - 24), start) is not None
        or _PROVINCE_AFTER.match(doc.text, end) is not None
    )


def _told_in_parts(parts: dict[int, tuple[int, float]], own: int, figure: float) -> bool:
    """Whether the parts told first after the lead, two or more and the draft's own among
    them, add up to the lead's figure: the body tells the lead's dead town by town before it
    goes on to other news (an earlier raid's dead, a stretch's tally). A lead's act with no part
    of its own: all the parts, two or more, add up to it (a bulletin's week of sorties)."""
    if own not in parts:
        return len(parts) >= 2 and sum(value for _, value in parts.values()) == figure
    told = sorted(parts.items(), key=lambda item: item[1][0])
    total = 0.0
    for n, (_, (_, value)) in enumerate(told, start=1):
        total += value
        if total == figure:
            return n >= 2 and own in {key for key, _ in told[:n]}
        if total > figure:
            return False
    return False


def _own_part(
    doc: Document,
    draft: EventDraft,
    counts: dict[QuantityMention, int],
    last: int,
    *,
    lead: bool,
) -> tuple[int, float] | None:
    """The largest count of the dead ``draft`` tells after the lead's figure (its sentence
    ``last``) in the sentence of its own act, or of its own place when the lead's act took it
    in, not told as another act, or None."""
    own = [
        (q.value, i)
        for q, i in counts.items()
        if i > last
        and _own_sentence(doc, draft, i, lead=lead)
        and not _APART.search(doc.sentences[i].text)
    ]
    if not own:
        return None
    value, index = max(own)
    return index, value


def _own_sentence(doc: Document, draft: EventDraft, index: int, *, lead: bool) -> bool:
    """Whether sentence ``index`` tells the draft's act (its trigger) or, for the lead's act
    that took a later sentence in (``lead``), the draft's own place (its first): "Eleven
    civilians were killed in Hama ... eight were killed when warplanes struck Latamneh". (Not
    for the other parts: a headline's act placed by a later sentence's quarter is no part.)"""
    sentence = doc.sentences[index]
    if sentence.span.contains(draft.trigger.span):
        return True
    if not lead or not draft.places:
        return False
    place = draft.places[0].span
    # (its place told there, or its name told again there: a town read at the dateline)
    name = doc.text[place.start : place.end]
    return sentence.span.contains(place) or (
        len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", sentence.text, re.I) is not None
    )
