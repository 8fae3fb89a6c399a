"""Deaths told bare in a report of strikes: "three people were killed in A and one each in B
and C" after a lead of air strikes (or shelling) on the area.

A toll told with no act ("were killed", "a boy was also killed in B") reads as an
attack on civilians. In an article whose lead, its first news act, is an air strike or a
shelling, such a toll whose own sentence names no one who did it (no armed actor, no
government) tells more dead of the strikes the article reports: it takes the lead's type, as
monitors code each place of a series of strikes as a strike. Its place, date and toll stay
its own; only the type changes, and the victims an unarmed actor2 names stay civilians, as the
attack's output read them.
"""

from __future__ import annotations

from ......actors.unnamed.generic import civilians_of
from ......document import ARMED_KINDS, ActorKind, ActorMention, Document
from ......ontology import EventTypeName
from .....draft import OCCURRED, EventDraft, tells_a_toll

# Strikes from afar whose later tolls are told bare.
_STRIKES: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})
# Who can be told doing the killing in the toll's own sentence.
_AGENT_KINDS: frozenset[ActorKind] = ARMED_KINDS | {"government"}


def tolls_of_the_strikes(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each bare toll typed an attack on civilians after a lead of strikes takes its type."""
    news = [d for d in drafts if d.temporal_status == "current" and d.modality in OCCURRED]
    if not news:
        return drafts
    lead = min(news, key=lambda d: d.trigger.span.start)
    if lead.event_type not in _STRIKES:
        return drafts
    for draft in news:
        if (
            draft is not lead
            and draft.event_type == "attack_on_civilians"
            and draft.trigger.span.start > lead.trigger.span.start
            and tells_a_toll(draft.trigger)
            and not _agent_told(doc, draft)
        ):
            draft.event_type = lead.event_type
            draft.actor2 = _civilians_hit(draft)
    return drafts


def _agent_told(doc: Document, draft: EventDraft) -> bool:
    """Whether the toll's own sentence names an armed actor or a government."""
    return any(
        actor.kind in _AGENT_KINDS and draft.sentence_span.contains(actor.span)
        for actor in doc.actors
    )


def _civilians_hit(draft: EventDraft) -> ActorMention | None:
    """Those the toll counts, as the attack on civilians read them: its unarmed actor2 (rescue
    volunteers of a civil defence group told among the dead) is the civilians of its country."""
    hit = draft.actor2
    if hit is None or hit.kind in _AGENT_KINDS or hit.kind == "civilians" or not draft.places:
        return hit
    country = draft.places[0].country_code
    if country is None:
        return hit
    return civilians_of(hit.span, hit.text, country)
