"""An attack its targets fight back against is a battle: the merging pass ``fought_back``.

Conflict monitors code an occurrence by whether both sides were armed and organised and
fought (ACLED's codebook: an armed clash is two organised armed groups fighting; an attack is
violence against people who cannot respond). A report often opens with the attack and tells
the resistance after it: "a police officer was shot by a wanted man. The officer returned
fire, killing him", "bandits raided the village and killed two herders. Police reservists
responded and exchanged fire with the bandits". When the occurrence folded such a sentence in
(the targets or the forces returning fire, fighting back, exchanging fire, repelling or
pushing back the attackers, a gun battle or shoot-out), it is an armed clash, told after the
attack and not a separate event of its own.
"""

from __future__ import annotations

import re

from .....document import Document
from ....draft import EventDraft
from .forces_answered import forces_answered, forces_fired_back

_FIGHTING_BACK = re.compile(
    r"^(?:(?:shot|fired|fought|fight|fights|fighting) back|return(?:ed|ing) fire|"
    r"exchang\w* (?:of )?(?:fire|gunfire|shots)|repell?(?:ed|ing)|repuls(?:ed|ing)|"
    r"pushed back|gun ?battles?|gun ?fights?|fire ?fights?|shoot[- ]?outs?)",
    re.IGNORECASE,
)


def fought_back(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted attack on civilians whose sentences tell, after its trigger, the
    resistance the occurrence absorbed, or the forces answering it with force
    (:func:`.forces_answered.forces_answered`), becomes an armed clash; so does a grenade
    thrown at forces or guards who fire back (:func:`.forces_answered.forces_fired_back`)."""
    own = {d.trigger.span for d in drafts}
    for draft in drafts:
        if draft.modality != "asserted":
            continue
        if draft.event_type == "grenade" and forces_fired_back(*_told_after(doc, draft, 1)):
            # a grenade thrown at forces or guards that answer it with their guns ("police
            # reacted with gunfire"): a fight, ACLED's armed clash
            draft.event_type = "armed_clash"
        if draft.event_type != "attack_on_civilians":
            continue
        if any(
            trigger.span.start > draft.trigger.span.start
            and trigger.span not in own
            and trigger.modality == "asserted"
            and _FIGHTING_BACK.match(trigger.text)
            for index in draft.sentences
            for trigger in doc.in_sentence(doc.triggers, doc.sentences[index])
        ) or forces_answered(*_told_after(doc, draft)):
            draft.event_type = "armed_clash"
    return drafts


def _told_after(doc: Document, draft: EventDraft, next_ones: int = 0) -> tuple[str, int]:
    """The draft's sentences from its trigger's on (a response told before the attack noun may
    answer it: "police respond to a raiders' attack; kill 16 of them"), with the
    ``next_ones`` sentences right after the trigger's, and where in that text the trigger ends:
    what answers the attack is told after it."""
    trigger = draft.trigger.span
    own = next(
        (i for i, s in enumerate(doc.sentences) if s.span.start <= trigger.start < s.span.end), None
    )
    told = set(draft.sentences)
    if own is not None:
        told.update(range(own, min(own + 1 + next_ones, len(doc.sentences))))
    parts: list[str] = []
    after = 0
    for index in sorted(told):
        sentence = doc.sentences[index]
        if sentence.span.end <= trigger.start:
            continue
        if sentence.span.start <= trigger.start:
            after = trigger.end - sentence.span.start
        parts.append(sentence.text)
    return " ".join(parts), after
