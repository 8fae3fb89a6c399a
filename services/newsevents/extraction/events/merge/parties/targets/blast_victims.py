"""A bomb whose dead or hurt include a state force hits the force: ``forces_among_blast_victims``,
run after merging (it joins or splits no incident).

"A car bomb exploded in Baghdad, killing another soldier and wounding 15 others", "A police
officer was on Thursday killed after an improvised explosive device detonated": ACLED codes the
force among the victims as the side the device hit (actor2), not the civilians of the place that
an unnamed side hit is otherwise filled in with (``output/sides/victims.py``). The force is told
in the trigger's sentence as killed, hurt or targeted (:mod:`...link.sides.hit`), killed with a date
between ("was on Thursday killed"), or as what the device was thrown at ("lobbed a grenade on
the security forces"); not as the holder of the place hit ("a hospital under the control of
government forces was targeted"), nor as who tells it.

Only the blast types (a bomb, a suicide bombing, a grenade): a force among the dead of shelling
or of an attack on a village is as often told beside civilians the act was aimed at, and the
sixteenth round's reading of it for every violent type cost the FA-KES check. Only an actor2
that is missing or civilians changes, and never to a force named as actor1.

Tried and not kept: a force counted in a toll of people ("killing 10 people including four
police officers"): the gold has the force for a convoy's bomb and civilians for a market's,
one each on the tuning parts. Nor a force told in another of the event's sentences.
"""

from __future__ import annotations

import re

from .....document import ActorMention, Document, sentence_at
from .....ontology import BLAST_TYPES
from ....draft import EventDraft
from ....link.sides.hit import holds_place, is_hit
from ....link.sides.telling import speaks

_HARM = r"(?:killed|injured|wounded|hurt|dead|died|martyred)"
# "A police officer was on Thursday, January 18 killed": a date between the auxiliary and the
# participle.
_DATED_HARM = re.compile(
    r"^\s+(?:was|were|has\s+been|have\s+been)\s+on\s+[A-Z]\w+(?:,?\s+[A-Z]\w+\s+\d{1,2})?,?\s+"
    rf"(?:\w+ly\s+)?{_HARM}\b"
)
# "militants lobbed a grenade on the security forces", "threw a bomb at policemen": the device
# aimed at the force in the same clause.
_AIMED = re.compile(
    r"\b(?:grenades?|bombs?|explosives?|IEDs?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:on|at|towards|upon|targeting)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def forces_among_blast_victims(doc: Document, drafts: list[EventDraft]) -> None:
    """Each blast whose actor2 is missing or civilians takes as actor2 the state force its
    trigger's sentence tells among the hit (by the rules above)."""
    for draft in drafts:
        if draft.event_type not in BLAST_TYPES:
            continue
        if draft.actor2 is not None and draft.actor2.kind != "civilians":
            continue
        force = _force_hit(doc, draft)
        if force is not None:
            draft.actor2 = force


def _force_hit(doc: Document, draft: EventDraft) -> ActorMention | None:
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    agent = draft.actor1.name if draft.actor1 is not None else None
    for actor in doc.in_sentence(doc.actors, sentence):
        if (
            actor.kind == "state_force"
            and not actor.pronoun
            and actor.name != agent
            and not speaks(doc, actor)
            and not holds_place(doc, actor)
            and _told_hit(doc, actor)
        ):
            return actor
    return None


def _told_hit(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    after = doc.text[actor.span.end : actor.span.end + 80]
    if _AIMED.search(before) or _DATED_HARM.match(after):
        return True
    return is_hit(doc, actor)
