"""A state's forces are the target of a bomb, never its bomber: the merging pass
``forces_are_blast_targets``.

A planted or thrown device (a roadside bomb, an IED, a car or suicide bomb, a grenade) is the
weapon of insurgents and gangs; the police and the army it goes off among are the ones it hits
(ACLED codes "Remote explosive/landmine/IED" and "Suicide bomb" with the armed group, named or
unidentified, as actor1 and the forces as actor2). Reports tell the forces as the subject of
the sentence, rarely in a form the hit reader knows: "a police official and several of his
guards were killed in a roadside bomb blast", "four people, including two officers, were
killed in an explosion on a police vehicle", "a police vehicle was hit by an IED". So a state
force read as the agent of such an act is the one hit: it becomes actor2 (over an actor2 that is
missing or the same force), and the other armed side, if the sentence named one and does not
tell it hit, is the bomber ("a suicide bomber blew himself up in a military camp, an attack
claimed by al Shabaab"); with no other armed side (or one told as killed: "heads of the group
were killed in an explosion") the bomber is left unnamed, for the group the article blames
(:mod:`..attackers.named_attackers`) or the unidentified armed group. Unless the sentence tells the
force as the subject of an active verb: setting it off ("soldiers detonated a bomb they had
found", "police threw grenades") or acting on the bomber ("forces shot and killed a suicide
bomber before he carried out his attack").
"""

from __future__ import annotations

import re

from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document
from .....ontology import BLAST_TYPES
from ....draft import EventDraft
from ....link.sides.hit import is_hit

# The force as the subject of an active verb (its head noun may come between: "army troops
# shot"): it set the device off ("troops detonated", "police threw grenades") or acted on the
# bomber ("forces shot and killed a suicide bomber before he carried out his attack"); not a
# participle of where or how it was hit ("killed in", "hit by"), nor a passive. A verb of fire
# or throwing aimed at someone is active before its "at" or "on" too ("police fired at the
# crowd", "soldiers fired on villagers and hurled grenades").
_ACTS = re.compile(
    r"^\s+(?:(?!(?:was|were|been|being|is|are)\b)[\w-]+\s+){0,2}?"
    r"(?:(?:have|has|had|also|reportedly|then|later|on\s+\w+)\s+)*"
    r"(?:(?:fired|threw|hurled|lobbed)\s+(?:at|on|upon|into)\b"
    r"|(?:\w+ed|shot|threw|hurled|set\s+off|blew\s+up|fired|fought|hit|struck|caught)\b"
    r"(?!\s+(?:in|by|when|as|after|while|during|near|at|on|from|to|with)\b))",
    re.IGNORECASE,
)


def forces_are_blast_targets(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bombing whose agent is a state's force takes the force as the one hit."""
    for draft in drafts:
        force = draft.actor1
        if (
            draft.event_type not in BLAST_TYPES
            or force is None
            or force.kind != "state_force"
            or _acts(doc, force)
        ):
            continue
        other = draft.actor2
        if (
            other is not None
            and other.kind in NON_STATE_ARMED_KINDS
            and other.name != force.name
            and not is_hit(doc, other)
        ):
            draft.actor1, draft.actor2 = other, force
        elif other is None or other.name == force.name:
            draft.actor1, draft.actor2 = None, force
        else:
            draft.actor1 = None  # the force was among those hit, or set beside the ones hit
    return drafts


def _acts(doc: Document, force: ActorMention) -> bool:
    """Whether the force is the subject of an active verb, not told as hit."""
    after = doc.text[force.span.end : force.span.end + 80]
    return _ACTS.match(after) is not None and not is_hit(doc, force)
