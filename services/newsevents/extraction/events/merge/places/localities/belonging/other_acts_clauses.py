"""Whether a locality is told in a roundup's clause of another act: "Russian jets struck A, while
regime helicopters dropped barrel bombs on B and C" after a lead of the day's air strikes that
took in the jets' strike (forty-ninth round, list69).

The lead's event, told in another sentence, holds the jets' strike at A; B and C are the barrel
bombs' places, each an event of the helicopters' act (:mod:`..placing.unknown_places`), not
places of the lead's. A draft's own sentence is read by
:func:`.....link.clauses.in_other_clause`; this reads the sentences it took in from the mentions
it absorbed, whose triggers it no longer holds.
"""

from __future__ import annotations

from ......document import Document, Span, sentence_at
from ......ontology import is_violent
from .....draft import EventDraft
from .....link.clauses import clause_of


def in_another_acts_clause(
    doc: Document, draft: EventDraft, span: Span, drafts: list[EventDraft]
) -> bool:
    """Whether ``span`` lies in a clause of a roundup's sentence that holds another violent
    draft's trigger and not ``draft``'s own."""
    sentence = sentence_at(doc.sentences, span)
    if sentence is None:
        return False
    clause = clause_of(doc, sentence, span)
    if clause is None or clause.contains(draft.trigger.span):
        return False
    return any(
        other is not draft and is_violent(other.event_type) and clause.contains(other.trigger.span)
        for other in drafts
    )
