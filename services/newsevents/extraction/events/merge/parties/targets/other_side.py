"""The side an event was done to (actor2) once its mentions are one event: the merging passes
``forces_fought`` and ``name_generic_hit``.

- A non-state armed group's battle whose sentence tells no armed opponent is fought with the
  state forces that sentence names ("militants stormed an army camp, leaving many soldiers
  dead", "a patrol from the military detachment was ambushed and two soldiers were killed"):
  the forces, not the people the incident's toll counts, nor a second unnamed armed group.
  Forces told only as the ones speaking ("a military source said") are no side.
- The state forces' enemy by name: when state forces strike or fight "militants", "rebels" or
  "assailants" (a generic armed actor2), the one armed group the event's sentences name (not
  as speaking) is the one hit ("an airstrike killed three militants; Islamic Jihad said they
  were its members"). Two groups named leave the generic side alone, and so does a group the
  article names only in other sentences (an article on an army's fight with gunmen may name
  another group in its background); so does Syria's "Opposition Rebels", which the analysts
  code as such whatever group is named.
"""

from __future__ import annotations

from .....document import NON_STATE_ARMED_KINDS, ActorMention, Document, sentence_at
from .....ontology import event_type, is_violent
from ....draft import EventDraft
from ....link.sides.phrases import backs_a_side
from ....link.sides.telling import speaks


def forces_fought(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each battle of a non-state armed group with no armed opponent (none, civilians)
    takes as actor2 the first state force its trigger's sentence names, not as the speaker."""
    for draft in drafts:
        actor1, actor2 = draft.actor1, draft.actor2
        if actor1 is None or actor1.kind not in NON_STATE_ARMED_KINDS:
            continue
        if actor2 is not None and actor2.kind != "civilians":
            continue
        if event_type(draft.event_type).acled_event_type != "Battles":
            continue
        forces = _state_forces(doc, draft)
        if forces is not None:
            draft.actor2 = forces
    return drafts


def _state_forces(doc: Document, draft: EventDraft) -> ActorMention | None:
    sentence = sentence_at(doc.sentences, draft.sentence_span)
    if sentence is None:
        return None
    return next(
        (
            a
            for a in doc.in_sentence(doc.actors, sentence)
            if a.kind == "state_force"
            and not a.pronoun
            and not speaks(doc, a)
            and not backs_a_side(doc, a)
        ),
        None,
    )


# Generic names of unnamed armed men as ACLED names them.
_UNNAMED = ("Unidentified Armed Group", "Islamist Militia", "Rebel Forces")


def name_generic_hit(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event of state forces against a generic armed actor2 takes the one armed
    group its sentences name."""
    groups = [a for a in doc.actors if _named_group(doc, a)]
    for draft in drafts:
        actor1, actor2 = draft.actor1, draft.actor2
        if actor1 is None or actor1.kind != "state_force" or actor2 is None:
            continue
        if not actor2.generic or not actor2.name.startswith(_UNNAMED):
            continue
        if not is_violent(draft.event_type):
            continue
        spans = [doc.sentences[i].span for i in set(draft.sentences)]
        named = {a.name: a for a in groups if any(s.contains(a.span) for s in spans)}
        if len(named) == 1:
            draft.actor2 = next(iter(named.values()))
    return drafts


def _named_group(doc: Document, actor: ActorMention) -> bool:
    return not actor.generic and actor.kind == "armed_group" and not speaks(doc, actor)
