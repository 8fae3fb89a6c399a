"""A bomb whose dead or hurt include a state force hits the force (ACLED's actor2 of the
blast).

"A car bomb exploded in Baghdad, killing another soldier and wounding 15 others", "A police
officer was on Thursday killed after an improvised explosive device detonated": ACLED codes the
force among the victims as the side the device hit, not the civilians of the place that an
unnamed side hit is otherwise filled in with (``victims.py``). The force is told in the
trigger's sentence as killed, hurt or targeted (``events/link/hit.py``), killed with a date
between ("was on Thursday killed"), or as what the device was thrown at ("lobbed a grenade on
the security forces"); not as the holder of the place hit ("a hospital under the control of
government forces was targeted").

Only the blast types (a bomb, a suicide bombing, a grenade): a force among the dead of shelling
or of an attack on a village is as often told beside civilians the act was aimed at, and the
sixteenth round's reading of it for every violent type cost the FA-KES check. Only an actor2
that is civilians changes, and never to the force that is actor1.

Tried and not kept: a force counted in a toll of people ("killing 10 people including four
police officers"): the gold has the force for a convoy's bomb and civilians for a market's,
one each on the tuning parts. Nor a force told in another of the event's sentences.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import ActorMention, Document, sentence_at
from ...events.draft import EventDraft
from ...events.link.hit import holds_place, is_hit
from ...events.link.telling import speaks
from ...ontology import BLAST_TYPES
from ..names.actor_names import acled_name

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


def force_hit(
    doc: Document, draft: EventDraft, actor1: str | None, actor2: str | None,
    on: dt.date, country_code: str | None,
) -> str | None:  # fmt: skip
    """Actor2 of a blast: the state force its trigger's sentence tells among the hit when
    actor2 is civilians (by the rules above), else ``actor2`` as it is."""
    if (
        draft.event_type not in BLAST_TYPES
        or actor2 is None
        or not actor2.startswith("Civilians (")
    ):
        return actor2
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return actor2
    for actor in doc.in_sentence(doc.actors, sentence):
        if (
            actor.kind != "state_force"
            or actor.pronoun
            or speaks(doc, actor)
            or holds_place(doc, actor)
            or not _told_hit(doc, actor)
        ):
            continue
        name = acled_name(actor, on, country_code)
        if name is not None and name != actor1:
            return name
    return actor2


def _told_hit(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    after = doc.text[actor.span.end : actor.span.end + 80]
    if _AIMED.search(before):
        return True
    return _DATED_HARM.match(after) is not None or is_hit(doc, actor)
