"""A group and its own men read as the two sides of a fight: the other side is the one told.

A headline or a state outlet's item names a group and calls its men by the blanket noun in one
phrase: "Over 40 Harakat Nour Terrorists Killed in Idleb", "200 ISIL militants killed near
Qaryatain". The name and the noun are read as two mentions, and an armed clash can come out with
the group on one side and its own men, the country's unnamed armed men ("Opposition Rebels
(Syria)", an unidentified armed group), on the other: a fight of the group with itself. The men
are the group's (as `actors/named/members.py` reads "terrorists of the X"); the side they
stand for is the one the event's sentences name against them, the state's forces or another
armed party ("clashed with army units", "attacked the Kurdish fighters").

``own_men_opponent``: an armed clash whose two sides are mentions of a named non-state armed
group and of a generic armed noun told right after the name (at most a space between) takes, in
place of the generic side, the first armed actor the event's sentences name (its trigger's
sentence first: a place's copy of the event keeps one sentence of its telling) under another
name than the group's and its men's, not told as speaking; the group keeps its place (a clash
puts the non-state side first, as `same_sides.py` does). With no such actor the sides stay.
"""

from __future__ import annotations

import datetime as dt

from ...document import ARMED_KINDS, NON_STATE_ARMED_KINDS, ActorMention, Document, sentence_at
from ...events.draft import EventDraft
from ..names.actor_names import acled_name
from .crowds.crowd_force import tells_it
from .forces.security_forces import fighting_forces
from .sides import Sides


def own_men_opponent(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Put the side the event's sentences name in place of a group's own men read as its
    opponent (see the module's rules); else leave the sides."""
    if draft.event_type != "armed_clash" or draft.actor1 is None or draft.actor2 is None:
        return
    if _name_then_noun(draft.actor1, draft.actor2):
        group, men_first = draft.actor1, False
    elif _name_then_noun(draft.actor2, draft.actor1):
        group, men_first = draft.actor2, True
    else:
        return
    own = {sides.actor1, sides.actor2}
    other = _other_side(doc, draft, group, own, country_code, on)
    if other is None:
        return
    if men_first:
        sides.actor1 = other
    else:
        sides.actor2 = other


def _name_then_noun(name: ActorMention, noun: ActorMention) -> bool:
    """Whether ``noun`` is a generic armed noun told right after the named armed group
    ``name`` ("ISIL terrorists", "Nusra Terrorists")."""
    return (
        name.kind in NON_STATE_ARMED_KINDS
        and not name.generic
        and not name.pronoun
        and noun.generic
        and not noun.pronoun
        and noun.kind in NON_STATE_ARMED_KINDS
        and 0 <= noun.span.start - name.span.end <= 1
    )


def _other_side(
    doc: Document,
    draft: EventDraft,
    group: ActorMention,
    own: set[str | None],
    country_code: str | None,
    on: dt.date,
) -> str | None:
    """The ACLED name of the first armed actor the event's sentences name under another name
    than the group's and its men's, not told as speaking."""
    told = sentence_at(doc.sentences, draft.trigger.span)
    first = [told.index] if told is not None else []
    for index in first + sorted(set(draft.sentences) - set(first)):
        sentence = doc.sentences[index]
        for actor in doc.in_sentence(doc.actors, sentence):
            if actor.kind not in ARMED_KINDS or actor.pronoun or actor.name == group.name:
                continue
            if tells_it(doc, actor.span.start, actor.span.end):
                continue
            name = acled_name(fighting_forces(actor), on, country_code)
            if name is not None and name not in own:
                return name
    return None
