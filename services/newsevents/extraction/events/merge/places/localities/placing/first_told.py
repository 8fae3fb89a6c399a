"""The evidence of an act placed at the first of several quarters, when a later sentence the
act took in tells the others: "terrorists targeted al-Qasaa neighbourhood, killing a man. Other
shells fell on the neighbourhoods of Bab Touma and al-Midan" is the act at al-Qasaa told in the
first sentence, the acts at Bab Touma and al-Midan in the second (forty-ninth round, shell69).
The act's other quarters take the sentence that names them (:func:`.unknown_places.act_at`);
this gives the first quarter's act its own."""

from __future__ import annotations

from ......document import Document, sentence_at
from .....draft import EventDraft
from ..locality import Locality


def told_at_first(doc: Document, draft: EventDraft, found: list[Locality]) -> None:
    """Give ``draft``, placed at ``found[0]``, the sentence that names it as its evidence, in
    place, when that is another sentence of the draft than its own and its own names another
    of the localities."""
    told = sentence_at(doc.sentences, found[0].span)
    if (
        told is None
        or told.index not in draft.sentences
        or told.span.overlaps(draft.sentence_span)
        or not any(draft.sentence_span.contains(f.span) for f in found[1:])
    ):
        return
    draft.sentence_span = told.span
