"""An abduction its occurrence tells a killing in is an attack: the merging pass
``killed_captives``.

ACLED's codebook keeps abduction/forced disappearance for taking people away "without reports of
further violence"; when the occurrence kills someone, it is coded as the graver act, an attack on
civilians. The refinement of a trigger reads it inside one clause ("abducted and killed a civilian",
:mod:`...detect.refine.refinement`); a report often tells the two acts apart and the merging passes
fold them into the abduction: "gunmen killed a shopkeeper and kidnapped his wife", "aid workers
kidnapped and a driver killed", "a trader was kidnapped. He was tortured to death later", "was
abducted by unknown attackers. His body was found five days later". When the abduction folded in
such a killing (a killing word of an asserted attack on civilians in its sentences that is no event
of its own), it is an attack.
"""

from __future__ import annotations

import re

from ....document import Document, sentence_at
from ...draft import EventDraft

# The words of an attack on civilians that tell a death, not a hurt or a raid (read with the
# words right after the trigger: "tortured to death", "beaten to death").
_KILLING = re.compile(
    r"\b(?:kill\w*|murder\w*|dead|death|died|bod(?:y|ies)|behead\w*|execut\w*|slain|"
    r"slaughter\w*|lynch\w*|strangl\w*|shot dead|gunned down|\w+ to death)",
    re.IGNORECASE,
)
_AFTER = 10
# How many sentences after the abduction's own a killing may be told as its course.
_COURSE = 2


def killed_captives(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted abduction whose sentences tell a killing it folded in becomes an attack on
    civilians."""
    own = {d.trigger.span for d in drafts}
    for draft in drafts:
        if draft.event_type != "abduction" or draft.modality != "asserted":
            continue
        sentence = sentence_at(doc.sentences, draft.trigger.span)
        if sentence is None:
            continue
        told = sentence.index
        if any(
            trigger.event_type == "attack_on_civilians"
            and trigger.span not in own
            and trigger.modality == "asserted"
            and _KILLING.match(doc.text, trigger.span.start, trigger.span.end + _AFTER)
            for index in draft.sentences
            if _near(doc, told, index)
            for trigger in doc.in_sentence(doc.triggers, doc.sentences[index])
        ):
            draft.event_type = "attack_on_civilians"
    return drafts


def _near(doc: Document, told: int, index: int) -> bool:
    """Whether sentence ``index`` tells the abduction's own course: its sentence or one of the
    next ``_COURSE`` in its paragraph (not a killing recalled further on: "many people have
    been killed over the years")."""
    return (
        told <= index <= told + _COURSE
        and doc.sentences[index].paragraph == doc.sentences[told].paragraph
    )
