"""A headline's group against the group a round-up's item names at its place.

A bulletin's headline names one group ("Troops Slay 30 ISIL Terrorists near Hama") and its items
tell the army's fights place by place, each with the group it fought there ("an army unit
clashed with Nusra terrorists in A, B and C"). When the item's act is merged with the
headline's, the clash at A keeps the headline's group as its side, though the sentence that
names A names another. The analysts code the group the item's own sentence names (the first of
several), the headline's only for an item that names none.

``item_foe``: an armed clash of a state's forces (actor1) whose actor2 is a named non-state
armed group told in another sentence than the one its first place is told in (the headline, the
bulletin's lead; FA-KES bodies repeat the headline as their first sentence, no heading), that
place's sentence being the body's, takes the first named non-state armed group that sentence
names, not told as speaking, as backing a side, as a state's auxiliary nor as the force's ally
(the bulletin foe's reading, `events/merge/parties/targets/bulletin_foe.py`), when its ACLED
name is another. A sentence naming the headline's group first keeps it.
"""

from __future__ import annotations

import datetime as dt

from ...document import NON_STATE_ARMED_KINDS, Document, sentence_at
from ...events.draft import EventDraft
from ...events.stages import may_be_foe, state_ally
from ..names.actor_names import acled_name
from .sides import Sides


def item_foe(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Put the group the clash's place sentence names in place of a headline's group (see the
    module's rules); else leave the sides."""
    agent, foe = draft.actor1, draft.actor2
    if draft.event_type != "armed_clash" or agent is None or foe is None or not draft.places:
        return
    if agent.kind != "state_force" or foe.generic or foe.kind not in NON_STATE_ARMED_KINDS:
        return
    told = sentence_at(doc.sentences, foe.span)
    where = sentence_at(doc.sentences, draft.places[0].span)
    if told is None or where is None or where.heading or told.index == where.index:
        return
    group = next(
        (
            a
            for a in doc.in_sentence(doc.actors, where)
            if may_be_foe(doc, a) and not state_ally(doc, a, where)
        ),
        None,
    )
    if group is None or group.name == foe.name:
        return
    name = acled_name(group, on, country_code)
    if name is not None and name != sides.actor2:
        sides.actor2 = name
