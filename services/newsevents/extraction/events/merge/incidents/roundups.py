"""A roundup's total is no item's toll (``split_roundup_totals``).

A story that sums up several acts in its lead ("Eleven people were killed in two ambushes on
Thursday") and tells each act further down with its own dead ("two soldiers and four
auxiliaries were killed" near one village, "five gendarmes were killed" near another) gives
the lead's total to the first act it tells, by the lead's place in the text. That act's toll is
its own figure; the total counts the others' dead as well.
"""

from __future__ import annotations

import re

from ....document import Document, QuantityMention, sentence_at
from ....ontology import is_violent
from ...draft import EventDraft

# A lead that tells a total over several places or acts: "across the country", "a total of",
# "in separate attacks", "in two ambushes".
_ROUNDUP = re.compile(
    r"\b(?:across|throughout|nationwide|a\s+total\s+of|in\s+total|altogether|"
    r"in\s+(?:separate|several|various|different|multiple|a\s+series\s+of|two|three|four|five)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|ambushes|incidents|raids|strikes|areas|places|towns|villages|"
    r"cities|provinces|regions|districts|parts|operations|clashes))\b",
    re.IGNORECASE,
)


def split_roundup_totals(doc: Document, acts: list[EventDraft]) -> None:
    """Takes a lead's total off the act it was given to, when the lead says it sums up ("a
    total of 27 were killed across the country", "Eleven were killed in two separate attacks")
    and the acts told further down hold their own tolls, which it counts ("... six ...
    five"). Not when the act has no figure of its own below the lead (the total is then its
    toll), nor when no other act has one (the parts of one act's dead: "10 killed ... 3 of
    them soldiers"), nor for a lead that does not say it sums up ("Ten were killed when rebels
    shelled the city ... three ... seven": one shelling told in parts, measured)."""
    if not doc.sentences:
        return
    lead = doc.sentences[0].paragraph
    violent = [a for a in acts if is_violent(a.event_type)]
    for act in violent:
        for total in [q for q in _tolls(act) if _paragraph(doc, q) == lead]:
            own = _first_below(doc, act, lead, total.value)
            if own is None:
                continue
            others = [_first_below(doc, a, lead, total.value) for a in violent if a is not act]
            parts = [own.value, *(q.value for q in others if q is not None and q is not own)]
            if len(parts) < 2:
                continue
            sentence = sentence_at(doc.sentences, total.span)
            if sentence is None or _ROUNDUP.search(sentence.text) is None:
                continue
            if sum(parts) <= total.value:
                act.quantities = [
                    q for q in act.quantities if q.unit != "fatalities" or q.value != total.value
                ]
                break


def _first_below(
    doc: Document, act: EventDraft, lead: int, total: float
) -> QuantityMention | None:
    """The act's first toll told below the lead, smaller than the lead's total."""
    below = [q for q in _tolls(act) if _paragraph(doc, q) > lead and q.value < total]
    return min(below, key=lambda q: q.span.start) if below else None


def _tolls(act: EventDraft) -> list[QuantityMention]:
    return [q for q in act.quantities if q.unit == "fatalities"]


def _paragraph(doc: Document, quantity: QuantityMention) -> int:
    sentence = sentence_at(doc.sentences, quantity.span)
    return sentence.paragraph if sentence is not None else -1
