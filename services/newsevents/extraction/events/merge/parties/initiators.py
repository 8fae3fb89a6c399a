"""Who started a battle is its actor1: the merging pass ``initiators_first``.

Conflict monitors code a battle's sides with the side that started the fight first. A report
of forces fighting an armed group often opens on the forces' losses or their act ("two soldiers
were killed in a clash with the rebels", "troops encountered a group of rebels") and tells who
started it in a sentence it folded in: "the patrol was attacked by about thirty rebels", "the
fighters opened fire on the approaching soldiers", "the militants had attacked our base". When
the event is a battle of a state's forces (actor1) with a non-state armed group (actor2) and one
of its sentences tells that group as the agent of an attack, an ambush or an opening of fire
(asserted, on the forces), the group is actor1 and the forces actor2; unless the forces' own
operation is told before it ("forces launched a cordon-and-search operation ... the militants
opened fire on the search party": the forces began it).
"""

from __future__ import annotations

import re

from ....document import NON_STATE_ARMED_KINDS, ActorMention, Document
from ...draft import EventDraft
from ...link.roles import told_actors

# Words of starting a fight, at the start of a trigger: "attacked", "an ambush", "opened fire
# on", "stormed", "raided". (Not "clashed", "fought", "encountered", "exchanged fire": both
# sides do those, and their subject tells nothing of who began.)
_OPENING = re.compile(
    r"^(?:attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|open(?:s|ed|ing)? fire|"
    r"fired (?:on|at|upon)|storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|assault(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# The forces' own operation told before: "launched a search operation", "a cordon", "the
# search party", "an operation to pursue the attackers".
_OPERATION = re.compile(
    r"\b(?:cordon|search (?:operation|party)|(?:launch|conduct|start|mount)\w* an? "
    r"(?:[\w-]+ ){0,3}?(?:operation|offensive|raid|assault)|operation to)\b",
    re.IGNORECASE,
)


def initiators_first(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each battle of state forces (actor1) with a non-state armed group (actor2) that one of
    its sentences tells the group started takes the group as actor1, the forces as actor2."""
    for draft in drafts:
        forces, group = draft.actor1, draft.actor2
        if draft.event_type != "armed_clash" or forces is None or group is None:
            continue
        if forces.kind != "state_force" or group.kind not in NON_STATE_ARMED_KINDS:
            continue
        if _started_by(doc, draft, group, forces):
            draft.actor1, draft.actor2 = group, forces
    return drafts


def _started_by(
    doc: Document, draft: EventDraft, group: ActorMention, forces: ActorMention
) -> bool:
    """Whether a sentence of the draft tells ``group`` attacking, ambushing or opening fire on
    ``forces``, with no operation of theirs told before it."""
    for index in sorted(set(draft.sentences)):
        sentence = doc.sentences[index]
        for trigger in doc.in_sentence(doc.triggers, sentence):
            if trigger.modality != "asserted" or _OPENING.match(trigger.text) is None:
                continue
            actors = doc.in_sentence(doc.actors, sentence)
            agent, hit = told_actors(doc, trigger, actors, trigger.event_type)
            if agent is None or agent.name != group.name:
                continue
            if hit is None or hit.kind != "state_force" or hit.country_code != forces.country_code:
                continue
            # "forces launched a cordon-and-search operation ... the militants opened fire on
            # the search party": the forces' operation began it.
            first = doc.sentences[min(draft.sentences)].span.start
            if _OPERATION.search(doc.text[first : trigger.span.start]) is None:
                return True
    return False
