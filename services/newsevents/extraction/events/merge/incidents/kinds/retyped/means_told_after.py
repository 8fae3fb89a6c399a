"""Fire from afar told after a toll in generic words: the merging pass ``means_told_after``
(thirty-seventh round).

A report often opens on its dead in words any violence fits ("Six civilians were killed in
Ariha on Sunday", "Regime forces committed a massacre in Kafr Nabl") and tells how in the
next sentences: "The victims were killed by artillery shells", "Artillery shells hit a crowded
market, killing 14 civilians". The paragraph's telling is folded into its opener
(:func:`...repeats.fold_elaborations`), which keeps the opener's type, an attack on civilians;
ACLED types remote violence by its means (shelling even when it kills civilians), so the
occurrence is the shelling or the air strike its later sentences tell.

Only an asserted attack on civilians told in generic words (:func:`.....generic_violence
.is_generic`), and only an asserted shelling or air strike trigger in one of its own sentences
told after its trigger's, at most two sentences on, not told as another ("another shell",
"also", "meanwhile"), after a toll whose own sentence names no guns or snipers:
read after the merges, so the type changes what the event is called, not which tellings it
joined.
"""

from __future__ import annotations

import re

from ......document import Document, Sentence, Trigger, sentence_at
from ......ontology import EventTypeName
from .....detect.refine.means.arms import SMALL_ARMS
from .....draft import EventDraft, told_as_another
from .....generic_violence import is_generic
from .....story_cues import NEW_INCIDENT

_FROM_AFAR: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})
# How many sentences after the toll's the means may be told.
_GAP = 2
# Guns told in the toll's own sentence say its means already: "a woman was killed by sniper
# fire ... terrorists also targeted the town with mortar shells" (two acts).
_SNIPER = re.compile(r"\bsnip(?:ers?|ing)\b", re.IGNORECASE)


def means_told_after(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted attack on civilians told in generic words takes the type of the shelling
    or air strike one of its next sentences tells."""
    for draft in drafts:
        if (
            draft.event_type != "attack_on_civilians"
            or draft.modality != "asserted"
            or not is_generic(draft)
        ):
            continue
        own = sentence_at(doc.sentences, draft.trigger.span)
        if own is None or SMALL_ARMS.search(own.text) or _SNIPER.search(own.text):
            continue
        means = next(
            (
                trigger.event_type
                for index in sorted(draft.sentences)
                if 0 < index - own.index <= _GAP
                for trigger in doc.in_sentence(doc.triggers, doc.sentences[index])
                if _told_as_the_means(doc, doc.sentences[index], trigger)
            ),
            None,
        )
        if means is not None:
            draft.event_type = means
    return drafts


def _told_as_the_means(doc: Document, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether ``trigger`` tells an asserted shelling or air strike, not as a new act
    ("another shell", "meanwhile", "also targeted")."""
    return (
        trigger.event_type in _FROM_AFAR
        and trigger.modality == "asserted"
        and not told_as_another(doc.text, trigger, sentence.span.start)
        and NEW_INCIDENT.search(doc.text, sentence.span.start, trigger.span.start) is None
    )
