"""Who started a battle is its actor1: the merging pass ``initiators_first``.

Conflict monitors code a battle's sides with the side that started the fight first. A report
of forces fighting an armed group often opens on the forces' losses or their act ("two soldiers
were killed in a clash with the rebels", "troops encountered a group of rebels") and tells who
started it in a sentence it folded in: "the patrol was attacked by about thirty NPA rebels",
"NPA fighters opened fire on the approaching soldiers", "al-Shabaab had attacked the base".
When the event is a battle of a state's forces (actor1) with a named non-state armed group
(actor2) and one of its sentences tells that group as the agent of an attack, an ambush or an
opening of fire (asserted, on forces of that state), the group is actor1 and the forces actor2;
unless the article tells an operation of the forces before it ("forces launched a
cordon-and-search operation ... the militants opened fire on the search party": the forces
began it; an operation told of an armed group, "the rebels launched an offensive", is none of
the forces').
"""

from __future__ import annotations

import re

from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document, Span, sentence_at
from ....draft import EventDraft
from ....link.sides.roles import told_actors

# Words of starting a fight, at the start of a trigger: "attacked", "an ambush", "opened fire
# on", "stormed", "raided". (Not "clashed", "fought", "encountered", "exchanged fire": both
# sides do those, and their subject tells nothing of who began.)
_OPENING = re.compile(
    r"^(?:attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|open(?:s|ed|ing)? fire|"
    r"fired (?:on|at|upon)|storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|assault(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# The forces' own operation told before: "launched a search operation", "a cordon", "the
# search party", "an operation to pursue the attackers", "carried out operations against the
# terrorist organizations".
_OPERATION = re.compile(
    r"\b(?:cordon|search (?:operation|party)|(?:launch|conduct|start|mount|carr(?:y|ied) out)\w* "
    r"(?:an? )?(?:[\w-]+ ){0,3}?(?:operations?|offensive|raids?|assault)|"
    r"operations? (?:to|against))\b",
    re.IGNORECASE,
)


def initiators_first(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each battle of state forces (actor1) with a non-state armed group (actor2) that one of
    its sentences tells the group started takes the group as actor1, the forces as actor2."""
    for draft in drafts:
        forces, group = draft.actor1, draft.actor2
        if draft.event_type != "armed_clash" or forces is None or group is None:
            continue
        # (a group by its name: unnamed "assailants" who "ambushed a police pickup" leave the
        # police first, as the analysts code an attack on the forces by no one known)
        if forces.kind != "state_force" or group.kind not in NON_STATE_ARMED_KINDS or group.generic:
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
            if not _forces_operation_before(doc, trigger.span.start):
                return True
    return False


def _forces_operation_before(doc: Document, end: int) -> bool:
    """Whether the text before ``end`` tells an operation that is not an armed group's own:
    one whose nearest actor before it in its sentence is no non-state armed group ("the
    rebels launched an offensive last month" is the group's, not the forces')."""
    for found in _OPERATION.finditer(doc.text, 0, end):
        span = Span(found.start(), found.end())
        sentence = sentence_at(doc.sentences, span)
        before = [] if sentence is None else doc.in_sentence(doc.actors, sentence)
        before = [a for a in before if a.span.end <= span.start]
        if not before or before[-1].kind not in NON_STATE_ARMED_KINDS:
            return True
    return False
