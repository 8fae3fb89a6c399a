"""An act kept apart at a village told bare: "Regime forces clashed with rebels in the town of
Morek, killing six. Clashes also erupted near Latamneh, killing four soldiers."

The folding passes keep the second clash apart because its sentence names a place bare that the
first's sentences never name (:mod:`.....geography.names.bare_names`), but no reader took the name,
so the act still stands at the town it carried over from the sentence before: two events at Morek
(and the output folds an untolled one into its tolled sibling there). A violent event whose first
sentence names no known place finer than a province, while its first place is a town or finer told
in another sentence, is placed at the one place its sentence names bare, with the point and province
of the town it carried (as :mod:`.unknown_places` places a village the gazetteer lacks);
forty-second round, fold62.
"""

from __future__ import annotations

import re

from ......document import LOCAL_PRECISIONS, Document, Span
from ......ontology import is_violent
from .....draft import EventDraft
from .....geography.names.bare_names import bare_place_spans
from ..locality import Locality, at_locality


def place_at_bare_names(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event at a town carried from another sentence, whose own first sentence
    names one place bare and no known locality, placed there (see the module)."""
    for draft in drafts:
        if not is_violent(draft.event_type) or not draft.places:
            continue
        carried = draft.places[0]
        sentence = doc.sentences[draft.sentences[0]]
        if carried.precision not in LOCAL_PRECISIONS or sentence.span.contains(carried.span):
            continue
        if any(p.precision in LOCAL_PRECISIONS for p in doc.in_sentence(doc.places, sentence)):
            continue
        spans = bare_place_spans(doc, sentence)
        if len(spans) != 1 or _told_before(doc, draft, spans[0]):
            continue
        name = doc.text[spans[0].start : spans[0].end]
        locality = Locality(span=spans[0], name=name, precision="town")
        draft.places = [at_locality(locality, carried), *draft.places]
    return drafts


def _told_before(doc: Document, draft: EventDraft, span: Span) -> bool:
    """Whether the bare name is named in a sentence of the event's before its first one: an
    act told there already (its own event, or this one's earlier telling)."""
    name = re.escape(doc.text[span.start : span.end])
    start = doc.sentences[draft.sentences[0]].span.start
    return re.search(rf"\b{name}\b", doc.text[:start]) is not None
