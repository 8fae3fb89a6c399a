"""The one air force of an article: an air or drone strike told with no agent is by the state
whose forces the article tells striking from the air.

A report of a campaign of strikes names whose aircraft fly once ("Saudi warplanes struck ...",
"a Ukrainian drone attack on ...") and tells the other raids with no agent ("Air raids hit a
market", "Drone attacks were reported near the plant"). When the article's news air strikes
that name an agent name one state's forces and no other, the strikes told without an agent take
those forces. Two air forces named (each side striking the other) leave them unnamed: the text
does not say whose they are.
"""

from __future__ import annotations

import re

from .....actors.dictionary import ActorMatcher, default_matcher
from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document
from ....draft import OCCURRED, EventDraft, actors_told
from ....link.sides.hit import is_hit


def one_air_force(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each news air strike without an agent takes the one state force the article's other
    news air strikes are told by."""
    del doc  # the drafts tell it all
    news = [
        d
        for d in drafts
        if d.event_type == "airstrike" and d.temporal_status == "current" and d.modality in OCCURRED
    ]
    agents: dict[str, ActorMention] = {
        d.actor1.name: d.actor1 for d in news if d.actor1 is not None
    }
    if len(agents) != 1:
        return drafts
    force = next(iter(agents.values()))
    if force.kind != "state_force":
        return drafts
    for draft in news:
        hit = draft.actor2
        if draft.actor1 is None and (hit is None or hit.name != force.name):
            draft.actor1 = force
    return drafts


# Words of strikes by aircraft: "air strikes", "an air raid", "warplanes", "fighter jets",
# "helicopter gunships", "aerial bombardment", "sorties". Not drones, missiles or rockets,
# which armed groups fly and fire too ("the group launched attack drones").
_AIRCRAFT = re.compile(
    r"\b(?:air\s?strikes?|air\s?raids?|air\s+attacks?|aerial|war\s?planes?|jets?|aircraft|"
    r"helicopters?|gunships?|air\s?force|bombers?|sorties)\b",
    re.IGNORECASE,
)
_FLOWN_BY_GROUPS = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?)\b", re.IGNORECASE)
# A faction that fields a state's air force ("Military Forces of Libya (2014-) Haftar
# Faction") does fly.
_STATE_FACTION = re.compile(r"^(?:Military|Police) Forces of ")


def grounded_groups(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """An air strike told with aircraft is never by an armed group that has none: "Israel
    launched air strikes against the Islamic Jihad", "the coalition confirmed the raids were by
    its aircraft ..., the Houthi group said", "airstrikes were launched at the PDF by the
    military". The group is the one struck; the striker is the first state force the event's
    sentences name and do not tell as hit, else none (the article's one air force may then
    take it: :func:`one_air_force`)."""
    matcher = default_matcher()
    for draft in drafts:
        group = draft.actor1
        if (
            draft.event_type != "airstrike"
            or group is None
            or group.kind not in NON_STATE_ARMED_KINDS
            or not _told_with_aircraft(draft)
            or _fields_an_air_force(group, matcher)
        ):
            continue
        force = _named_force(doc, draft)
        draft.actor1 = force
        if draft.actor2 is None or (force is not None and draft.actor2.name == force.name):
            draft.actor2 = group
    return drafts


# Strikes told as more of those of aircraft in the sentence before (the trigger rule's gate,
# `strikes_again_after_aircraft`, checked it): "the group lost more men in similar strikes".
_STRIKES_AGAIN = re.compile(r"^(?:similar|further|more|other|renewed) (?:air )?strikes$", re.I)


def _told_with_aircraft(draft: EventDraft) -> bool:
    """Whether the trigger's phrase names aircraft and nothing groups fly or fire."""
    phrase = draft.trigger.text
    if _STRIKES_AGAIN.match(phrase):
        return True
    return _AIRCRAFT.search(phrase) is not None and not _FLOWN_BY_GROUPS.search(phrase)


def _fields_an_air_force(group: ActorMention, matcher: ActorMatcher) -> bool:
    entry = matcher.entry(group.name)
    return entry is not None and _STATE_FACTION.match(entry.acled or "") is not None


def _named_force(doc: Document, draft: EventDraft) -> ActorMention | None:
    """The first state force the draft's sentences name that they do not tell as hit."""
    for actor in actors_told(doc, draft):
        if actor.kind == "state_force" and not is_hit(doc, actor):
            return actor
    return None
