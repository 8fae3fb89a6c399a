"""Whether a later act tells places an earlier event never named, read with the later act's own
clause: "Russian warplanes targeted the towns of A, B and C, while regime helicopters dropped
barrel bombs on D, E and F" after a lead that struck "towns and villages in Idlib countryside"
tells the barrel bombs at D, E and F, each an event, not the lead's raid again (forty-eighth
round, list68; re-landed in the forty-ninth, list69, for a clause of its own only).

The list is read by :func:`....geography.lists.new_place_lists.lists_new_places`; the clause, which
a shared module may not ask the link stage for, is found here (:func:`....link.clauses.clause_of`).
"""

from __future__ import annotations

from .....document import Document
from ....draft import EventDraft
from ....geography.lists.new_place_lists import lists_new_places
from ....link.clauses import clause_of


def tells_new_places(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """:func:`lists_new_places`, given the clause of the later act's trigger in its sentence
    when that sentence joins clauses of acts of their own."""
    sentence = doc.sentences[later.sentences[0]]
    clause = (
        clause_of(doc, sentence, later.trigger.span)
        if sentence.span.contains(later.trigger.span)
        else None
    )
    return lists_new_places(doc, earlier, later, clause)
