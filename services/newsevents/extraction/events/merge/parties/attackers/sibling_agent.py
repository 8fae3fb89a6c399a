"""An act told with no agent takes the state's forces the article's other acts of its kind
name: "The governor reported the shelling of Shebekino ... The shelling conducted by the Armed
Forces of Ukraine lasted for an hour".

A report often names who shelled, struck or bombed in one sentence and tells the same kind of
act again, or its outcome, in another that names no one; when the two tellings stay apart as
events, the one without an agent lost the name the article gave. An asserted news act of armed
violence (not a crowd's) whose agent is missing takes the agent of the article's other news
acts of the same type when they all name one and the same state's forces. Two different agents
of that kind leave it without one: the text does not say which of them acted. The side the act
hit, or one its own sentences name otherwise, is never carried in; nor is any agent into an act
whose sentences tell another armed side not hit ("the pro-Iran group said it launched drones":
the group, unnamed there, acted).
"""

from __future__ import annotations

from .....document import ARMED_KINDS, ActorMention, Document
from .....ontology import is_violent
from ....crowds import CROWD_TYPES
from ....draft import OCCURRED, EventDraft, actors_told
from ....link.sides.hit import is_hit


def carry_sibling_agents(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each agentless news act of armed violence takes the one armed agent its kind's other
    news acts name (see the module's rules)."""
    for draft in drafts:
        if draft.actor1 is not None or not _news_violence(draft):
            continue
        agents = {
            other.actor1.name: other.actor1
            for other in drafts
            if other is not draft
            and other.event_type == draft.event_type
            and _news_violence(other)
            and other.actor1 is not None
            and _names_armed_agent(other.actor1)
        }
        if len(agents) != 1:
            continue
        agent = next(iter(agents.values()))
        hit = draft.actor2
        if hit is not None and hit.name == agent.name:
            continue
        if any(_other_agent(doc, a, agent) for a in actors_told(doc, draft)):
            # Its own sentences name the agent otherwise, or another armed side that may
            # have acted ("the pro-Iran group said it launched drones").
            continue
        draft.actor1 = agent
    return drafts


def _other_agent(doc: Document, told: ActorMention, agent: ActorMention) -> bool:
    """Whether a mention of the act's own sentences stands against carrying ``agent`` in: the
    agent itself (told there, yet not read as the agent) or another armed side not told hit."""
    if told.name == agent.name:
        return True
    return told.kind in ARMED_KINDS and not is_hit(doc, told)


def _news_violence(draft: EventDraft) -> bool:
    return (
        draft.temporal_status == "current"
        and draft.modality in OCCURRED
        and is_violent(draft.event_type)
        and draft.event_type not in CROWD_TYPES
    )


def _names_armed_agent(actor: ActorMention) -> bool:
    """A state's forces ("Israeli forces", "the Armed Forces of Ukraine"). A named group told
    in another act's sentences is carried by :mod:`.named_attackers` when it is the article's
    one acting group; read here from any act of the kind, it came in from its context as often
    as not ("the handover of the STC leader" after an explosion)."""
    return actor.kind == "state_force"
