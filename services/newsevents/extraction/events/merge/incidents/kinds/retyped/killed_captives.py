"""An abduction its occurrence tells a killing in is an attack: the merging pass
``killed_captives``.

ACLED's codebook keeps abduction/forced disappearance for taking people away "without reports of
further violence"; when the occurrence kills someone, it is coded as the graver act, an attack on
civilians. The refinement of a trigger reads it inside one clause ("abducted and killed a civilian",
:mod:`.....detect.refine.refinement`); a report often tells the two acts apart and the merging
passes fold them into the abduction: "gunmen killed a shopkeeper and kidnapped his wife", "aid
workers kidnapped and a driver killed", "a trader was kidnapped. He was tortured to death later",
"was abducted by unknown attackers. His body was found five days later". When the abduction folded
in such a killing (a killing word of an asserted attack on civilians in its sentences that is no
event of its own), it is an attack.

Twenty-third round: ACLED codes no abduction with a death (none of the 87 abductions of the
ACLED 2020, Kenya, Bangladesh and Afghanistan development notes counts one). An abduction that
took in a toll of dead ("9 troops died and 7 were seized as captives", "abducted a
trader. His body turned up a day later") is the killing's event too; and when the killing it
folded in was a fight ("killing a police officer and abducting two others", "kill a police
reservist and abduct four people"), or the side it hit is armed and it counts dead ("killed a
policeman and abducted an intelligence agent"), it was a battle with them: an armed clash.
"""

from __future__ import annotations

import re

from ......document import ARMED_KINDS, Document, QuantityMention, Trigger, sentence_at
from .....draft import EventDraft, deaths_told

# The words of an attack on civilians that tell a death, not a hurt or a raid (read with the
# words right after the trigger: "tortured to death", "beaten to death").
_KILLING = re.compile(
    r"\b(?:kill\w*|murder\w*|dead|death|died|bod(?:y|ies)|behead\w*|execut\w*|slain|"
    r"slaughter\w*|lynch\w*|strangl\w*|shot dead|gunned down|\w+ to death)",
    re.IGNORECASE,
)
_AFTER = 10
_KILLING_TYPES = frozenset({"attack_on_civilians", "armed_clash"})
# How many sentences after the abduction's own a killing may be told as its course.
_COURSE = 2


def killed_captives(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted abduction whose sentences tell a killing it folded in, or that counts a
    toll of dead, becomes an attack on civilians (an armed clash when armed men were killed)."""
    own = {d.trigger.span for d in drafts}
    for draft in drafts:
        if draft.event_type != "abduction" or draft.modality != "asserted":
            continue
        sentence = sentence_at(doc.sentences, draft.trigger.span)
        if sentence is None:
            continue
        told = sentence.index
        course = [doc.sentences[i] for i in draft.sentences if _near(doc, told, i)]
        killings = [
            trigger
            for told_in in course
            for trigger in doc.in_sentence(doc.triggers, told_in)
            if trigger.span not in own and _killing(doc, trigger)
        ]
        # (a toll told in its own course: not one another act's sentence carried over)
        dead = any(
            _near(doc, told, index)
            for q in deaths_told(draft)
            if (index := _sentence_index(doc, q)) is not None
        )
        armed_hit = draft.actor2 is not None and draft.actor2.kind in ARMED_KINDS
        if any(t.event_type == "armed_clash" for t in killings) or (dead and armed_hit):
            draft.event_type = "armed_clash"
        elif killings or dead:
            draft.event_type = "attack_on_civilians"
    return drafts


def _killing(doc: Document, trigger: Trigger) -> bool:
    """Whether the trigger is an asserted attack or clash told by a word of death."""
    return (
        trigger.event_type in _KILLING_TYPES
        and trigger.modality == "asserted"
        and _KILLING.match(doc.text, trigger.span.start, trigger.span.end + _AFTER) is not None
    )


def _sentence_index(doc: Document, quantity: QuantityMention) -> int | None:
    sentence = sentence_at(doc.sentences, quantity.span)
    return None if sentence is None else sentence.index


def _near(doc: Document, told: int, index: int) -> bool:
    """Whether sentence ``index`` tells the abduction's own course: its sentence or one of the
    next ``_COURSE`` in its paragraph (not a killing recalled further on: "many people have
    been killed over the years")."""
    return (
        told <= index <= told + _COURSE
        and doc.sentences[index].paragraph == doc.sentences[told].paragraph
    )
