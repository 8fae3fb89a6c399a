"""The force the toll names: a generic force held as the side hit gives way to the force the
trigger's sentence tells killed or hurt.

The side an attack hit is often read from its target, told by a generic noun ("gunmen who
ambushed a convoy carrying security forces, killing six police officers"), while the toll
clause of the same sentence names who was hit ("killing six police officers": the police,
though "security forces" that fight are read as the military, ``security_forces``). ACLED codes
the force of the dead, so a generic state force held as actor2 is replaced by another state
force of the same country the trigger's sentence tells hit
(:func:`...events.link.sides.hit.is_hit`: the object of a verb of harm, a passive of harm, a
verb of dying), not one off duty or retired, nor actor1's own name. In a battle, "security
forces" told hit are named as they are held (the military: "armed men attacked security forces
on duty" told beside the gendarmerie attacked stays the gendarmerie's clash). A named force held
("the Colombian Army") stays, as does a force of another country (the coalition's soldiers
killed beside the Yemeni army's). Fires on one story (two tuning parts).
"""

from __future__ import annotations

import datetime as dt

from ....document import Document, sentence_at
from ....events.draft import EventDraft
from ....events.stages import is_hit, is_off_duty
from ....ontology import event_type
from ...names.actor_names import acled_name
from ..sides import Sides
from .security_forces import STATE_FORCE_NAME, fighting_forces


def force_of_the_toll(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Replace a generic state force held as actor2 by the state force of the same country
    the trigger's sentence tells hit under another name (the module's rule)."""
    held = draft.actor2
    if (
        held is None
        or held.kind != "state_force"
        or not held.generic
        or sides.actor2 is None
        or not STATE_FORCE_NAME.match(sides.actor2)
        or sides.actor2
        not in (
            acled_name(held, on, country_code),
            acled_name(fighting_forces(held), on, country_code),
        )
    ):
        return
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return
    battle = event_type(draft.event_type).acled_event_type == "Battles"
    for actor in doc.in_sentence(doc.actors, sentence):
        if (
            actor.kind != "state_force"
            or actor.pronoun
            or actor.span.overlaps(held.span)
            or actor.country_code != held.country_code
            or is_off_duty(doc.text, actor.span.start, actor.span.end)
            or not is_hit(doc, actor)
        ):
            continue
        # (in a battle "security forces" told hit are the military, as they are held)
        name = acled_name(fighting_forces(actor) if battle else actor, on, country_code)
        if name not in (sides.actor1, sides.actor2) and STATE_FORCE_NAME.match(name):
            sides.actor2 = name
            return
