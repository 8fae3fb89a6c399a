"""An attack its targets fight back against is a battle: the merging pass ``fought_back``.

Conflict monitors code an occurrence by whether both sides were armed and organised and
fought (ACLED's codebook: an armed clash is two organised armed groups fighting; an attack is
violence against people who cannot respond). A report often opens with the attack and tells
the resistance after it: "a police officer was shot by a wanted man. The officer returned
fire, killing him", "bandits raided the village and killed two herders. Police reservists
responded and exchanged fire with the bandits". When the occurrence folded such a sentence in
(the targets or the forces returning fire, fighting back, exchanging fire, repelling or
pushing back the attackers, a gun battle or shoot-out), it is an armed clash, told after the
attack and not a separate event of its own. So it is when the occurrence folded in an act the
trigger rules already read as an armed clash (its hit or its dead armed men on duty) in a
sentence naming a state force other than the attacker: "raiders attacked a village. Police
intervened, killing eight of the raiders", "two people were killed when gunmen attacked a
police post" (not the forces' own raid told again as "the attack").
"""

from __future__ import annotations

import re

from ....document import Document
from ...draft import EventDraft

_FIGHTING_BACK = re.compile(
    r"^(?:(?:shot|fired|fought|fight|fights|fighting) back|return(?:ed|ing) fire|"
    r"exchang\w* (?:of )?(?:fire|gunfire|shots)|repell?(?:ed|ing)|repuls(?:ed|ing)|"
    r"pushed back|gun ?battles?|gun ?fights?|fire ?fights?|shoot[- ]?outs?)",
    re.IGNORECASE,
)


def fought_back(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each asserted attack on civilians whose sentences tell, after its trigger, the
    resistance or a fight with another side's state force that the occurrence absorbed
    becomes an armed clash."""
    own = {d.trigger.span for d in drafts}
    for draft in drafts:
        if draft.event_type != "attack_on_civilians" or draft.modality != "asserted":
            continue
        attacker = draft.actor1.name if draft.actor1 is not None else None
        if any(
            trigger.span.start > draft.trigger.span.start
            and trigger.span not in own
            and trigger.modality == "asserted"
            and (
                _FIGHTING_BACK.match(trigger.text)
                or (trigger.event_type == "armed_clash" and _forces_met(doc, index, attacker))
            )
            for index in draft.sentences
            for trigger in doc.in_sentence(doc.triggers, doc.sentences[index])
        ):
            draft.event_type = "armed_clash"
    return drafts


def _forces_met(doc: Document, index: int, attacker: str | None) -> bool:
    """Whether sentence ``index`` names a state force other than the attacker, and not as who
    tells or suspects: the police or troops the attackers fought, not the forces' own attack
    told again ("security forces entered ... the attack") nor "according to the police, the
    attack ...", "police said the attack ..."."""
    text = doc.text
    return any(
        actor.kind == "state_force"
        and actor.name != attacker
        and _TELLER_BEFORE.search(text, max(0, actor.span.start - 20), actor.span.start) is None
        and _TELLER_AFTER.match(text, actor.span.end) is None
        for actor in doc.in_sentence(doc.actors, doc.sentences[index])
    )


_TELLER_BEFORE = re.compile(r"\b(?:according to|said|told)\s+(?:the\s+)?$", re.IGNORECASE)
_TELLER_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|say|says|told|suspect\w*|believe\w*|reported|report|claim\w*)\b",
    re.IGNORECASE,
)
