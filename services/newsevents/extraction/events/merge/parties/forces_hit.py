"""Forces told among the ones hit are the side hit: the merging pass ``forces_told_hit``.

An attack or a bombing names its victims in its own sentences, often apart from the trigger's
clause, where linking does not reach them: "A suicide bomber killed at least 11 people ... Five
members of the security forces were among the dead", "At least 16 volunteers for the defense of
the homeland and two civilians were killed during an attack", "gunmen killed five soldiers". A
state's force or an armed group the event's sentences tell as killed, hurt, targeted or among
the dead (:func:`..link.sides.hit.is_hit`) is the side the act hit (ACLED codes the attacked
force as actor2, civilians killed beside it count in the toll). An attack on civilians that
hit an armed side was fought with it: ACLED's armed clash, as linking reads an attack whose
linked target is armed (:func:`..link.linking._linked_type`).

Only an actor2 that is missing or generic civilians changes, only for attacks and devices, and
only to an armed actor that is not the agent's name (soldiers shooting a policeman stay as
they are: both sides of the state), told in the event's sentences, the first such.
"""

from __future__ import annotations

from ....document import ARMED_KINDS, ActorMention, Document, sentence_at
from ....ontology import EventTypeName
from ...draft import EventDraft
from ...link.sides.hit import is_hit

_ATTACKS: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "explosive_attack", "suicide_bombing", "grenade"}
)


def forces_told_hit(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each attack or bombing with no armed side hit takes the armed actor its sentences tell
    hit; an attack on civilians so read is an armed clash."""
    for draft in drafts:
        if draft.event_type not in _ATTACKS or draft.modality != "asserted":
            continue
        held, agent = draft.actor2, draft.actor1
        if held is not None and held.kind in ARMED_KINDS:
            # (merged in from a retelling: "... were also attacked by terrorists")
            hit: ActorMention | None = held if _apart(held, agent) and is_hit(doc, held) else None
        elif held is None or (held.kind == "civilians" and held.generic):
            hit = _armed_hit(doc, draft, agent)
            if hit is not None:
                draft.actor2 = hit
        else:
            continue
        if hit is not None and draft.event_type == "attack_on_civilians":
            draft.event_type = "armed_clash"
    return drafts


def _armed_hit(doc: Document, draft: EventDraft, agent: ActorMention | None) -> ActorMention | None:
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    for actor in doc.in_sentence(doc.actors, sentence):
        if actor.kind not in ARMED_KINDS:
            continue
        if _apart(actor, agent) and is_hit(doc, actor):
            return actor
    return None


def _apart(actor: ActorMention, agent: ActorMention | None) -> bool:
    """Whether ``actor`` can be the side ``agent`` hit: not the agent's name, nor a state's
    force beside the agent's own (soldiers shooting a policeman)."""
    return agent is None or not (
        actor.name == agent.name
        or actor.span.overlaps(agent.span)
        # (one phrase: "Islamic State militants" names the agent twice)
        or 0 <= actor.span.start - agent.span.end <= 1
        or 0 <= agent.span.start - actor.span.end <= 1
        or (actor.kind == "state_force" and agent.kind == "state_force")
    )
