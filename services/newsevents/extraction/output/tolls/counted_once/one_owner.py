"""One count of the dead is the toll of one published event only.

A user adds up the dead of an article's events. A count told once ("killing at least 70 people",
one number in the text) is one toll, whatever number of events read its sentence: two acts of
one sentence ("troops shelled and stormed the village, killing 11": the shelling and the
assault), an act and what answered it ("20 were killed in Kilis when rockets fell ... Turkish
jets then struck"), a retelling the merges kept apart from its occurrence (the same town in two
spellings), a riot and the shooting that killed in it. Each such event counting it adds the
same dead again.

So among the published events that hold the same count (the same words at the same place of
the text), one keeps it and the others lose it (their own counts stay). The one that keeps it
is the act the report leads with, as a monitor codes a report of several acts by its lead's
gravest act with all its dead and the attribution of tolls gives a toll to the gravest act:

1. the act first told (its first sentence the earliest): the later ones retell it, answer it
   or tell a part of it;
2. the gravest act (:func:`...ontology.severity`: a strike before a clash, a clash before a
   riot, any of them before looting or a protest);
3. an act told by its act ("a revenge attack") before one told only by its dead ("eight
   people were killed");
4. the act at a town or finer before one at a province or a country;
5. the act whose trigger comes first.

But an act first told in the count's sentence as one more act (its dead told as added, or at a
place of its own after a lead that told other dead of its own) keeps it ("Warplanes hit a bakery
in Saraqeb, killing 13. Two farmers were also killed in another village": the farmers').

The events that lost a count stay events: a violent event left with no toll is not folded into
the one that kept it (:func:`.toll_folds.fold_toll_siblings`, ``apart``), since the two were
told as two acts; the count moved, not the occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import LOCAL_PRECISIONS, Document, QuantityMention, sentence_at
from ....events.draft import EventDraft, tells_a_toll
from ....ontology import severity
from ....text.numbers import counting
from ..roundups import ADDED

_COUNTRY_WIDE = frozenset({"country", "supranational"})
# dead told as added to those before: "Two farmers were also killed", "another man died"
_ADDS = re.compile(
    rf"{ADDED}|\b(?:\d+|{counting(1, 10)}|several|dozens?)\s+"
    r"more\b",
    re.IGNORECASE,
)


def count_once(doc: Document, drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """Each count of the dead held by two or more of ``drafts`` (the events the article
    publishes) left with one of them only (see the module), in place; returns the drafts that
    lost a count."""
    holders: dict[QuantityMention, list[EventDraft]] = {}
    for draft in drafts:
        for quantity in draft.quantities:
            if quantity.unit == "fatalities" and quantity.kind == "count":
                holders.setdefault(quantity, []).append(draft)
    lost: dict[int, EventDraft] = {}
    for quantity, held in holders.items():
        if len(held) < 2:
            continue
        lead = min(held, key=_claim)
        owner = _elsewhere(doc, held, lead, quantity) or lead
        for draft in held:
            if draft is not owner:
                draft.quantities = [q for q in draft.quantities if q != quantity]
                lost[id(draft)] = draft
    return list(lost.values())


def _elsewhere(
    doc: Document, held: Sequence[EventDraft], lead: EventDraft, quantity: QuantityMention
) -> EventDraft | None:
    """The act told in the count's sentence, not the ``lead``'s (the strongest claim), as one
    more act (its dead told as added: "also", "another"): "Warplanes hit a bakery in Saraqeb,
    killing 13. Two farmers were also killed in another village" (the farmers' dead are theirs,
    not the bakery's; "three more policemen were shot dead"), or at a place of its own when the lead
    told dead of its own in its first sentence or was another named agent's, or on the day
    before the lead's; if it is the only such act. (A place of its own alone is not enough: a
    note's lead "fired at him and his son at Sagipora" and the next sentence's "was killed ...
    at the hospital in Srinagar" are one act, coded at the lead.)"""
    sentence = sentence_at(doc.sentences, quantity.span)
    if sentence is None:
        return None
    here = [
        d
        for d in held
        if d is not lead
        and sentence.span.contains(d.trigger.span)
        and not sentence.span.contains(lead.trigger.span)
        and (
            _ADDS.search(sentence.text) is not None
            or (_other_place(d, lead) and _counts_its_own(doc, lead, quantity))
            or (_other_place(d, lead) and _other_agent(d, lead))
            or _another_day(sentence.text)
        )
    ]
    return here[0] if len(here) == 1 else None


# the day before the lead's, told in the count's sentence: "Six had been killed the previous day"
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+day\s+before"
    r"|an?\s+(?:day|night)\s+(?:earlier|before)|the\s+(?:night|evening)\s+before)\b",
    re.IGNORECASE,
)


def _another_day(sentence: str) -> bool:
    """Whether the count's sentence tells its dead on the day before the lead's act ("Rebels
    shelled the capital on Friday, killing three. Six had been killed the previous day": the six
    are the day before's, not Friday's; forty-fifth round). (Not a weekday of its own: "the
    ministry said on Saturday" dates the report, not the dead.)"""
    return _DAY_BEFORE.search(sentence) is not None


def _other_place(draft: EventDraft, lead: EventDraft) -> bool:
    return bool(draft.places and lead.places) and draft.places[0].name != lead.places[0].name


def _other_agent(draft: EventDraft, lead: EventDraft) -> bool:
    """Both acts told by a named agent, each its own: "M23 rebels attacked Rubaya on Monday.
    ADF militants killed ten villagers near Beni on Tuesday" (forty-fifth round)."""
    one, other = draft.actor1, lead.actor1
    return (
        one is not None
        and other is not None
        and not one.generic
        and not other.generic
        and one.name != other.name
    )


def _counts_its_own(doc: Document, lead: EventDraft, quantity: QuantityMention) -> bool:
    """Whether the lead act tells dead of its own in its first sentence, besides ``quantity``
    ("Warplanes struck Saraqib, killing five civilians. At least two soldiers are killed in
    Ariha": Ariha's two are Ariha's)."""
    first = doc.sentences[min(lead.sentences)].span if lead.sentences else None
    return first is not None and any(
        # (a count of the same value retells the dead: "the killing of an activist ... was
        # killed as police opened fire")
        q.value != quantity.value and q.unit == "fatalities" and first.contains(q.span)
        for q in lead.quantities
    )


def _claim(draft: EventDraft) -> tuple[int, int, bool, int, int]:
    """How weak the draft's claim to a count it shares is (the lowest keeps it)."""
    first = min(draft.sentences) if draft.sentences else 1 << 30
    return (
        first,
        severity(draft.event_type),
        tells_a_toll(draft.trigger),
        _width(draft),
        draft.trigger.span.start,
    )


def _width(draft: EventDraft) -> int:
    """0 for a town or finer, 1 for a province or region, 2 for a country or no place."""
    if not draft.places:
        return 2
    precision = draft.places[0].precision
    if precision in LOCAL_PRECISIONS:
        return 0
    return 2 if precision in _COUNTRY_WIDE else 1
