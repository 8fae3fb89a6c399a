"""The armed side whose sites a strike or shelling was aimed at is the side it hit: the merging
pass ``armed_sites_struck`` (forty-sixth round, target66).

"Four civilians were among 15 people killed in air strikes on the stronghold of the Islamic
State group", "jets pounded positions of the Nusra Front, killing a woman": the report names the
target, an armed group's stronghold, positions, hideouts, bases, headquarters, posts or
gatherings, right after the strike word, and tells civilians among its dead. ACLED codes the
side the strike was aimed at as actor2 and the civilians in its notes (the gold's convention:
"Civilians (X)" only when no armed side is named as the target). Linking takes the first people
told hit, the civilians; this pass puts the group of the sites in their place.

Only air strikes and shelling; only generic civilians (or no side) as the actor2 held; only a
site word right after the strike word ("strikes on", "shelling of", "raids targeting the"; up to
two words of kind between: "on the main stronghold", "on the command posts") followed by "of" and
an armed actor that is not the striker; a civilian place in between ("on homes near positions of
the group") breaks the chain, as the site is then the homes'.
"""

from __future__ import annotations

import re

from .....document import ARMED_KINDS, ActorMention, Document, sentence_at
from .....ontology import EventTypeName
from ....draft import EventDraft

_STRIKES: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})
# The strike word's object: a preposition (or a verb of aim), up to two words of kind, an armed
# side's site, "of" and the article, ending where the side's name must start.
_SITE_OF = re.compile(
    r"^\W{0,3}(?:on|against|at|of|targeting|targeted|hitting|hit|struck|pounded|pounding|"
    r"shelled|shelling|bombed|bombing|bombarded|bombarding|raided|striking)\s+"
    r"(?:the\s+|a\s+|several\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:strongholds?|positions?|hideouts?|hide-outs?|bases?|headquarters|posts?|"
    r"gatherings?|fortifications?|dens?|bastions?|emplacements?|barracks|"
    r"(?:training\s+)?camps?|weapons\s+depots?|arms\s+depots?)\s+"
    r"(?:and\s+(?:[\w-]+\s+){0,2}?(?:positions?|hideouts?|fortifications?|bases?|posts?)\s+)?"
    r"of\s+(?:the\s+)?(?:so-called\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# How far after the strike word the side's name may start.
_REACH = 90
# A civilian place told before the sites: the strike's object is the place ("on homes near
# positions of the group").
_CIVILIAN_PLACE = re.compile(
    r"\b(?:homes?|houses?|residential|neighbou?rhoods?|villages?|towns?|hospitals?|schools?|"
    r"markets?|mosques?|civilians?|near|close|beside|next)\b",
    re.IGNORECASE,
)


def armed_sites_struck(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each air strike or shelling held against generic civilians (or no one) whose strike word
    is followed by an armed side's sites ("on the stronghold of the Islamic State group") hits
    that side."""
    for draft in drafts:
        if draft.event_type not in _STRIKES:
            continue
        held = draft.actor2
        if held is not None and not (held.kind == "civilians" and held.generic):
            continue
        side = _side_of_sites(doc, draft)
        if side is not None:
            draft.actor2 = side
    return drafts


def _side_of_sites(doc: Document, draft: EventDraft) -> ActorMention | None:
    """The first armed actor told as the owner of the sites right after the trigger, not the
    striker's own name."""
    end = draft.trigger.span.end
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    agent = draft.actor1
    for actor in doc.in_sentence(doc.actors, sentence):
        if not end <= actor.span.start <= end + _REACH:
            continue
        if actor.kind not in ARMED_KINDS or (agent is not None and actor.name == agent.name):
            continue
        between = doc.text[end : actor.span.start]
        if _SITE_OF.match(between) and not _CIVILIAN_PLACE.search(between):
            return actor
    return None
