"""The act told right before a list of places: "the skirmish gave way to mortar fire on
their routes in A, B and C" shells A, B and C, whatever act the list's event was merged from.

``split_listed_places`` makes one event per listed place from a violent draft. When the list's
own clause tells a fire word of another remote type (a shelling's "artillery fire at", "shelled",
"rocket fire on", "targeted with shells"; an air raid's "air strikes on") nearer to the list than
any other violent word, the draft's own trigger included, the events split off the list (here
and in ``placing/unknown_places.act_at``, for villages the gazetteer lacks) are that
act: monitors code one shelling per village there, the draft's clash staying at its first place.
A fire word told elsewhere in the sentence, or before the draft's own word ("after shelling,
troops clashed in A and B"), leaves the list the draft's. The triggers are the document's own
(``Document.triggers``), read once per list.
"""

from __future__ import annotations

from collections.abc import Collection

from .....document import Document, Span, Trigger
from .....ontology import EventTypeName, is_violent
from ....draft import EventDraft

# The remote acts a fire word before a list may tell (fired from afar at each place). A draft
# of one of them keeps its list: "warplanes fired vacuum missiles on A, B and C" names the
# jets' munition (a shelling's word), not another act.
_FIRE_TYPES: frozenset[EventTypeName] = frozenset({"shelling", "airstrike"})
# How far before the list's first place the fire word may be told (its target between them:
# "artillery fire at the enemy's supply routes and their centres in").
_REACH = 90
# Marks that close the fire word's clause before the list: "the fighting, which followed
# artillery fire at the hills, went on in A, B and C" tells the fire elsewhere.
_CLAUSE_MARKS = (";", ",", ":", "(", ")")


def fire_before_list(doc: Document, draft: EventDraft, index: int, start: int) -> Trigger | None:
    """The fire word of another remote type told last before the list's first place (its start
    ``start``) in sentence ``index``, in the list's clause (no mark of ``_CLAUSE_MARKS``
    between), when no other violent word (nor the draft's own) is nearer."""
    if not is_violent(draft.event_type) or draft.event_type in _FIRE_TYPES:
        return None  # (an air raid's list after its munition: "jets fired missiles on A, B")
    told = [
        t
        for t in doc.in_sentence(doc.triggers, doc.sentences[index])
        if t.span.end <= start and is_violent(t.event_type)
    ]
    if not told:
        return None
    nearest = max(told, key=lambda t: t.span.end)
    if (
        nearest.event_type == draft.event_type
        or nearest.event_type not in _FIRE_TYPES
        or nearest.modality != "asserted"
        or start - nearest.span.end > _REACH
        or any(mark in doc.text[nearest.span.end : start] for mark in _CLAUSE_MARKS)
    ):
        return None
    own = draft.trigger.span
    if nearest.span.end <= own.start and own.end <= start:
        return None  # the draft's own word told between: "shelled, then clashed in A and B"
    return nearest


def retyped_by_fire(
    other: EventDraft, fire: Trigger | None, own: Collection[Span] = ()
) -> EventDraft:
    """``other``, an event split off a list, of the type of the fire word before the list. It
    keeps the draft's trigger: a copy for another listed place, no retelling of the draft's act
    to fold into it (``incidents.retold.same_sentence``). A fire word that is the trigger of a
    draft of its own (``own``) has its own events at the list's places: the copy stays as it
    was (retyped, it would be a second one there, or fold the fire's own into it)."""
    if fire is not None and fire.span not in own:
        other.event_type = fire.event_type
    return other
