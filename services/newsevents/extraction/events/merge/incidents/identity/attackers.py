"""Who did it, compared across the mentions of an incident: whether a mention can name its
attacker at all (a toll told in the passive names its victims, :func:`names_its_attacker`), the
side an attacker fights on (:func:`side_of`: a state and its bodies, an armed group), and whether
two mentions' attackers can be one side (:func:`attackers_agree`). The merging passes keep two
mentions apart when they name attackers of two sides.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .....document import STATE_KINDS, ActorMention, Document
from ....draft import EventDraft, tells_a_toll


def attackers_agree(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    a = earlier.actor1 if names_its_attacker(doc, earlier) else None
    b = later.actor1 if names_its_attacker(doc, later) else None
    if a is None or b is None or a.generic or b.generic or a.name == b.name:
        return True
    # Two names of one side: a state's government, forces and leader ("Government of Syria",
    # "Military Forces of Syria", "Bashar al-Assad"); a person or body that bears no arms
    # (a monitor's director read as the subject) names no other attacker.
    side_a, side_b = side_of(a), side_of(b)
    if side_a is None or side_b is None or side_a == side_b:
        return True
    # Roles read the other way round in one of the mentions are the same pair of sides.
    if _same_actor(a, later.actor2) or _same_actor(b, earlier.actor2):
        return True
    # Two states told striking together ("Russian and Syrian regime airstrikes", "the Assad
    # regime and its ally Russia"): a mention naming either of them is the joint act's.
    pair = {side_a, side_b}
    return pair <= joint_states(doc, earlier) or pair <= joint_states(doc, later)


# A toll told in the passive: "a commander was killed", "20 terrorists killed in strikes" (a
# headline drops the auxiliary): an auxiliary before the participle, or no object after it.
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


_AUXILIARY_FIRST = re.compile(r"^(?:was|were|been|being|is|are)\s", re.IGNORECASE)


_NO_OBJECT = re.compile(
    r"^\s*(?:in|at|on|near|during|while|when|as|after|amid|and|or|[,.;:]|$)", re.IGNORECASE
)


def names_its_attacker(doc: Document, draft: EventDraft) -> bool:
    """Whether the mention can name who did it: one that tells only who was killed or hurt, in
    the passive with no agent ("Al-Nusra commander killed in Lattakia", "20 fighters were
    killed in air strikes"), names its victims, whoever the roles took for the actor."""
    trigger = draft.trigger
    if not tells_a_toll(trigger):
        return True
    sentence = doc.sentences[draft.sentences[0]]
    before = doc.text[sentence.span.start : trigger.span.start]
    after = doc.text[trigger.span.end : sentence.span.end]
    passive = (
        _AUXILIARY_FIRST.match(trigger.text) is not None
        or _AUXILIARY.search(before) is not None
        or _NO_OBJECT.match(after) is not None
    )
    return not passive


_ARMED_KINDS = frozenset({"militia", "armed_group"})


_STATE_PREFIXES = ("Government of ", "Military Forces of ", "Police Forces of ")


def side_of(actor: ActorMention) -> str | None:
    """The side an attacker fights on: its state ("state:SY") for a state's bodies and their
    leaders, its name for an armed group, None for anyone else."""
    if actor.kind in STATE_KINDS and actor.country_code:
        return f"state:{actor.country_code}"
    if actor.kind == "person" and actor.affiliation and actor.country_code:
        if actor.affiliation.startswith(_STATE_PREFIXES):
            return f"state:{actor.country_code}"
        return actor.affiliation
    if actor.kind in _ARMED_KINDS:
        return actor.name
    return None


# What joins two states told acting together: "Russian and Syrian", "Syrian or Russian",
# "the Assad regime and its ally Russia", "forces loyal to the regime and the Russians".
_JOINED = re.compile(
    r"\s*(?:and|or|&|/)\s+(?:(?:its|their)\s+(?:ally|allies|partners?)\s+|the\s+)?", re.IGNORECASE
)


def joint_states(doc: Document, draft: EventDraft) -> set[str]:
    """The sides of every two states a sentence of the draft names side by side, joined by
    "and" or "or" (their forces, governments, names or demonyms), as ``side_of`` writes them."""
    sides: set[str] = set()
    for index in draft.sentences:
        sentence = doc.sentences[index]
        named = [
            (a.span.start, a.span.end, side_of(a))
            for a in doc.in_sentence(doc.actors, sentence)
            if a.kind in STATE_KINDS
        ] + [
            (p.span.start, p.span.end, f"state:{p.country_code}")
            for p in doc.in_sentence(doc.place_references, sentence)
            + doc.in_sentence(doc.places, sentence)
            if p.precision == "country" and p.country_code
        ]
        named.sort(key=lambda n: (n[0], n[1]))
        for (_, end, first), (start, _, second) in pairwise(named):
            joined = _JOINED.fullmatch(doc.text, end, start) is not None
            if joined and first and second and first != second:
                sides.update((first, second))
    return sides


def _same_actor(actor: ActorMention, other: ActorMention | None) -> bool:
    return other is not None and other.name == actor.name
