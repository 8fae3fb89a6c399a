"""Who defends: the side told repelling, firing back or answering an attack is the one
attacked (actor2).

"Police repelled an attack by gunmen", "Policemen present at the checkpost fired back", "the
guards foiled an attack", "the guards answered the shots by firing at the van": the
actors stage reads the defender first, in the agent's place; these rules give the sides back
their roles once :mod:`.roles` has read them.
"""

from __future__ import annotations

import re

from ....document import ARMED_KINDS, ActorMention, Document, Trigger


def defended_sides(
    doc: Document, trigger: Trigger, actor1: ActorMention | None, actor2: ActorMention | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 and actor2 once a defender told before its attacker, or told firing back, is
    put second."""
    if _repels(doc, actor1, actor2):
        actor1, actor2 = actor2, actor1
    return _fired_back(doc, trigger, actor1, actor2)


# Verbs of defence: their subject was attacked, their object (or the "attack by X") attacked.
_DEFENCE = re.compile(
    r"\b(?:repel|repuls|foil|thwart|rebuff|fend(?:ed|s|ing)?\s+off|fought\s+off|"
    r"beat(?:s|ing)?\s+(?:back|off)|push(?:ed|es|ing)?\s+back)\w*",
    re.IGNORECASE,
)


def _repels(doc: Document, defender: ActorMention | None, attacker: ActorMention | None) -> bool:
    """Whether actor1 is told repelling actor2: a verb of defence between them, both armed."""
    if defender is None or attacker is None or defender.span.end > attacker.span.start:
        return False
    if defender.kind not in ARMED_KINDS or attacker.kind not in ARMED_KINDS:
        return False
    between = doc.text[defender.span.end : attacker.span.start]
    return len(between) < 120 and _DEFENCE.search(between) is not None


# Acts of resisting an attack: "policemen fired back", "troops returned fire", "the guards
# fought back", "the forces repulsed ...".
_FIRING_BACK = re.compile(
    r"^(?:(?:shot|fired|fought|fight|fights|fighting)\s+back|return(?:ed|ing)\s+fire|"
    r"retaliat\w*|repell?\w*|repuls\w*|pushed\s+back)",
    re.IGNORECASE,
)


# An attack told as the object of a verb of defence: "police repulsed their attack", "the
# guards foiled an attack".
_ATTACK_DEFENDED = re.compile(
    r"\b(?:repell?ed|repuls(?:ed|ing)|repel(?:s|ling)|foil(?:ed|ing)|thwart(?:ed|ing)|"
    r"fought\s+off|beat\s+back|pushed\s+back)\s+(?:(?:the|a|an|their|his|its)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# An act told as the answer to an attack: "the guards answered the shots by firing at
# the van", "police responded with gunfire, killing two attackers": its subject was attacked
# first. Only an answer in kind, shooting: "troops responded by shelling their positions" is a
# strike of its own, whose agent is the troops.
_RESPONDING = re.compile(
    r"\b(?:respond(?:ed|s|ing)?|retaliat(?:ed|es|ing))(?:\s+to\s+[^,.;:]{1,40}?)?"
    r"\s+(?:by|with)\s+(?:[\w-]+,?\s+){0,2}$",
    re.IGNORECASE,
)
_SHOOTING = re.compile(r"^(?:shoot|shot|fir(?:e|ing)|open|gunfire|kill)", re.IGNORECASE)


# The defender is the subject of the act of firing back, in its own clause: "Policemen present
# at the checkpost fired back", not "30 militants were killed when Afghan forces repulsed ...".
_SUBJECT_GAP = re.compile(r"^(?![^,;:]*\b(?:when|while|as|after|and|were|was)\b)[^,;:]{0,40}$")


def _fired_back(
    doc: Document, trigger: Trigger, actor1: ActorMention | None, actor2: ActorMention | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """The side told firing back or answering an attack is the one attacked (actor2); the
    attackers are actor1 when the sentence names them, else the agent the event carries over
    (:mod:`.linking`)."""
    if actor1 is None or not told_defending(doc, trigger, actor1):
        return actor1, actor2
    attacker = actor2 if actor2 is not None and actor2.kind in ARMED_KINDS else None
    return attacker, actor1


def told_defending(doc: Document, trigger: Trigger, actor: ActorMention) -> bool:
    """Whether the armed actor is the subject of the trigger told as firing back, repelling or
    answering an attack ("Policemen present at the checkpost fired back", "the army says it
    has repelled a terror attack"): the side attacked, never the agent, even when the sentence
    names no attacker (linking then leaves actor1 to the one carried over or unnamed)."""
    answer = (
        _RESPONDING.search(doc.text, max(0, trigger.span.start - 90), trigger.span.start)
        if _SHOOTING.match(trigger.text)
        else None
    )
    # (the subject stands before the verb that tells the answer: "soldiers responded ... by")
    verb = answer.start() if answer is not None else trigger.span.start
    return not (
        (
            answer is None
            and _FIRING_BACK.match(trigger.text) is None
            and _ATTACK_DEFENDED.search(
                doc.text, max(0, trigger.span.start - 60), trigger.span.start
            )
            is None
        )
        or actor.kind not in ARMED_KINDS
        or actor.span.start >= verb
        or _SUBJECT_GAP.match(doc.text[actor.span.end : verb]) is None
    )
