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

from ....document import ActorMention, Document
from ...draft import OCCURRED, EventDraft


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
