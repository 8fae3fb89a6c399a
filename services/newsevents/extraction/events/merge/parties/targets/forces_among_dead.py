"""Armed men on duty counted among an attack's dead in a retelling: the merging pass
``forces_among_the_dead`` (thirty-seventh round).

A report often opens with an attack and its toll of "people" and tells who the dead were in a
later sentence: "ISIL killed more than 50 people in an attack on two villages. The monitor said
the attack killed 15 civilians and 27 pro-government fighters", "Gunmen attacked a town,
killing 10 people. Eight of the dead were soldiers". ACLED codes an attack that killed a
force's men as an armed clash with that force, the civilians beside them its toll; the trigger's
own sentence is read so at detection (:func:`...detect.refine.fights.armed_dead
.armed_among_hurt`), and this pass reads the occurrence's later sentences the same way: a
counted list of the dead or hurt that names armed men on duty, or the forces "among the dead".

Only an asserted attack on civilians by an armed agent or none (not an execution of captives,
whoever they fought for), only a sentence after the trigger's, and only the dead's list or the
"among the dead" form: not any armed actor a later sentence names (the army's bases around an
attacked village, the attackers' own dead: forces_hit.py tried those and lost attacks).
"""

from __future__ import annotations

from .....document import ARMED_KINDS, Document, sentence_at
from ....detect.refine.fights.armed_dead import armed_among_hurt, armed_counted_dead
from ....detect.refine.told_acts import is_execution
from ....draft import EventDraft


def forces_among_the_dead(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted attack on civilians whose later sentences count armed men on duty among
    its dead or hurt becomes an armed clash, with the force they belong to as the side hit
    when its sentence names it."""
    for draft in drafts:
        if (
            draft.event_type != "attack_on_civilians"
            or draft.modality != "asserted"
            or is_execution(draft.trigger.text)
            or (draft.actor1 is not None and draft.actor1.kind not in ARMED_KINDS)
        ):
            continue
        own = sentence_at(doc.sentences, draft.trigger.span)
        if own is None:
            continue
        for index in _told_after(doc, draft):
            sentence = doc.sentences[index]
            if sentence.span.start <= own.span.start:
                continue
            listed = armed_among_hurt(sentence.text, len(sentence.text))
            if not listed and (draft.actor1 is None or not armed_counted_dead(sentence.text)):
                continue
            force = next(
                (
                    a
                    for a in doc.in_sentence(doc.actors, sentence)
                    if a.kind in ARMED_KINDS
                    and (draft.actor1 is None or a.name != draft.actor1.name)
                ),
                None,
            )
            if not listed and force is None:
                continue  # a lone toll of armed men names their force: not the attacker's own
            draft.event_type = "armed_clash"
            if force is not None and (draft.actor2 is None or draft.actor2.kind == "civilians"):
                draft.actor2 = force
            break
    return drafts


def _told_after(doc: Document, draft: EventDraft) -> list[int]:
    """The draft's sentences, and each sentence right after one of them that tells no act of
    its own ("Among the dead were five soldiers": the toll's elaboration), in order."""
    told = set(draft.sentences)
    for index in draft.sentences:
        after = index + 1
        if after < len(doc.sentences) and not doc.in_sentence(doc.triggers, doc.sentences[after]):
            told.add(after)
    return sorted(told)
