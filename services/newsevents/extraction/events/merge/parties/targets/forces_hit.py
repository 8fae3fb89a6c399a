"""An armed side told hit is the side an attack hit: the merging pass ``forces_told_hit``.

Linking reads an attack whose linked target is armed as an armed clash
(:func:`..link.linking._linked_type`), but the side hit is often found only later, by a merge
("members of the gendarmerie ... were also attacked by terrorists" folded into the lead), or is
told in the trigger's sentence in a form linking does not take as its target ("Gunmen murdered
five soldiers at a checkpoint"). A state's force or an armed group told as killed, hurt,
targeted or attacked (:func:`..link.sides.hit.is_hit`: a passive of harm, the object of a verb
of harm, the owner of the post hit) is the side hit: ACLED codes the attacked force as actor2,
and an attack on civilians that hit an armed side as an armed clash.

Only for asserted attacks and devices with an armed agent (with none read, "two armed men
attacked a man" may have its attackers misread as a headline's count of the hit); only a state's
force on duty and more than one man ("an army officer shot in his office", "a former soldier
was killed", an off-duty constable: monitors code a lone or retired member's killing as an
attack) is the side hit; only an actor2 that is missing, or generic civilians not themselves
told hit ("a civilian was killed and a security personnel was wounded in an attack by armed
men" stays an attack on civilians), is replaced, by a force of the trigger's sentence; an armed
actor2 already held only makes the attack a clash when it is such a force told hit. Never the
agent again: not its name, nor a word of its phrase ("Islamic State militants"), nor a state's
force beside the agent's own (soldiers shooting a policeman).
Tried and not kept: the armed actors of every sentence the event was told in (a village
attack whose later sentence names the army's bases around it, "two officers died and 14
attackers were killed": the tuning parts lost eight attacks on civilians to clashes); an armed
actor2 held but not told hit (the group blamed beside the attacker); any armed side hit, with
no agent or a lone member (ACLED 2020 lost 16 attacks to clashes: "two armed men attacked a
man", "gunmen of the group shot dead a traffic policeman", raiders' attacks on villages).
"""

from __future__ import annotations

import re

from .....document import ARMED_KINDS, ActorMention, Document, sentence_at
from .....ontology import EventTypeName
from ....detect.refine.told_acts import is_execution
from ....detect.sides.parties import is_off_duty
from ....draft import EventDraft
from ....generic_violence import counted_people
from ....link.sides.hit import is_hit
from ....link.sides.telling import speaks

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
        if agent is None or agent.kind not in ARMED_KINDS:
            continue  # ("two armed men attacked a man": no agent read, the count misread)
        if held is not None and held.kind in ARMED_KINDS:
            # (merged in from a retelling: "... were also attacked by terrorists")
            hit: ActorMention | None = held if _force_hit(doc, held, agent) else None
        elif held is None or (
            # (civilians told killed beside the force keep the attack theirs: "a civilian was
            # killed and a security personnel was wounded in an attack by armed men"; a bare
            # count of people names no civilians: "two people were killed when gunmen attacked
            # a police post" tells the post's dead as "gunmen attacked a police post, killing
            # two people" does; thirty-seventh round)
            held.kind == "civilians"
            and held.generic
            and (not is_hit(doc, held) or counted_people(held))
        ):
            hit = _armed_hit(doc, draft, agent)
            if hit is not None and held is not None and is_hit(doc, held) and speaks(doc, hit):
                # (counted people killed, then who tells it: "killing 12 people military
                # sources said", a comma lost)
                hit = None
            if hit is not None:
                draft.actor2 = hit
        else:
            continue
        if (
            hit is not None
            and draft.event_type == "attack_on_civilians"
            and not is_execution(draft.trigger.text)  # captives killed, whatever their side
        ):
            draft.event_type = "armed_clash"
    return drafts


def _armed_hit(doc: Document, draft: EventDraft, agent: ActorMention) -> ActorMention | None:
    """The first state force of the trigger's sentence told hit (:func:`_force_hit`)."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    return next(
        (a for a in doc.in_sentence(doc.actors, sentence) if _force_hit(doc, a, agent)), None
    )


# One man of the force ("shot and killed an army officer in his office", "a police officer
# was killed"): monitors code a lone member's killing as an attack, a unit's as a battle.
_ONE_MAN = re.compile(
    r"(?i)^(?:\s+[\w-]+)?\s*(?:officer|soldier|policeman|policewoman|constable|commander|"
    r"gendarme|guard|trooper|agent|official)\b"
)


def _force_hit(doc: Document, actor: ActorMention, agent: ActorMention) -> bool:
    """Whether ``actor`` is a state's force on duty, more than one man, told hit by an agent
    apart from it."""
    if actor.kind != "state_force" or not _apart(actor, agent) or not is_hit(doc, actor):
        return False
    start, end = actor.span.start, actor.span.end
    if is_off_duty(doc.text, start, end):
        return False  # ("a former soldier was killed": hit as a civilian)
    return _ONE_MAN.match(doc.text[end : end + 30]) is None and not _ONE_MAN.match(
        " " + actor.text.split()[-1]
    )


def _apart(actor: ActorMention, agent: ActorMention) -> bool:
    """Whether ``actor`` can be the side ``agent`` hit: not the agent's name, nor a state's
    force beside the agent's own (soldiers shooting a policeman)."""
    return not (
        actor.name == agent.name
        or actor.span.overlaps(agent.span)
        # (one phrase: "Islamic State militants" names the agent twice)
        or 0 <= actor.span.start - agent.span.end <= 1
        or 0 <= agent.span.start - actor.span.end <= 1
        or (actor.kind == "state_force" and agent.kind == "state_force")
    )
