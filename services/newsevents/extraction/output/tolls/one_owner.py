"""One count of the dead is the toll of one published event only.

A user adds up the dead of an article's events. A count told once ("killing at least 70 people",
one number in the text) is one toll, whatever number of events read its sentence: two acts of
one sentence ("attacked with chemical weapons ... killing 70": the strike and the gas), a
retelling the merges kept apart from its occurrence (the same town in two spellings, the lead
at the country and the body at the town), the capture and the executions told together
("seized the village and executed 24"). Each such event counting it adds the same dead again.

So among the published events that hold the same count (the same words at the same place of
the text), one keeps it, the others lose it (their own counts stay):

1. the gravest act (:func:`...ontology.severity`: a strike or a massacre before a clash, a
   clash before a riot, any of them before looting or a protest), as the attribution of tolls
   and the monitors' coding of a report with several acts give the dead to it;
2. an event at a town or finer before one at a province or a country: the finer telling of
   the act ("the lead at the country, the body at the town", the village and the area around
   it in another spelling);
3. an event whose own act is told in the count's sentence (its trigger there) before one that
   took the count from a sentence it was merged with or given by the attribution of tolls;
4. the act told nearest before the count ("shelled A ... and struck B with missiles, killing
   8": B's), else the nearest after it;
5. the first told.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import LOCAL_PRECISIONS, Document, QuantityMention, sentence_at
from ...events.draft import EventDraft
from ...ontology import severity

_COUNTRY_WIDE = frozenset({"country", "supranational"})


def count_once(doc: Document, drafts: Sequence[EventDraft]) -> None:
    """Each count of the dead held by two or more of ``drafts`` (the events the article
    publishes) left with one of them only (see the module). In place."""
    holders: dict[QuantityMention, list[EventDraft]] = {}
    for draft in drafts:
        for quantity in draft.quantities:
            if quantity.unit == "fatalities" and quantity.kind == "count":
                holders.setdefault(quantity, []).append(draft)
    for quantity, held in holders.items():
        if len(held) < 2:
            continue
        owner = min(held, key=lambda d: _claim(doc, d, quantity, held))
        for draft in held:
            if draft is not owner:
                draft.quantities = [q for q in draft.quantities if q != quantity]


def _claim(
    doc: Document, draft: EventDraft, quantity: QuantityMention, held: Sequence[EventDraft]
) -> tuple[int, int, int, int, int]:
    """How weak the draft's claim to the count is (lowest keeps it)."""
    sentence = sentence_at(doc.sentences, quantity.span)
    trigger = draft.trigger.span
    told_here = sentence is not None and sentence.span.contains(trigger)
    if trigger.end <= quantity.span.start:
        distance = quantity.span.start - trigger.end
    else:  # an act told after its dead ("Eight were killed when rockets hit ...")
        distance = 10 * max(0, trigger.start - quantity.span.end)
    return (
        severity(draft.event_type),
        _width(draft),
        0 if told_here else 1,
        distance if told_here else 0,
        held.index(draft),
    )


def _width(draft: EventDraft) -> int:
    """0 for a town or finer, 1 for a province or region, 2 for a country or no place."""
    if not draft.places:
        return 2
    precision = draft.places[0].precision
    if precision in LOCAL_PRECISIONS:
        return 0
    return 2 if precision in _COUNTRY_WIDE else 1
