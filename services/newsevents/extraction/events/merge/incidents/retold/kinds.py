"""The kinds of act one incident can be told in: the same type, generic words, what the attack
did, a fight read two ways (:func:`kinds_fit`); two specific kinds ("clashes" and "shelling", an
air strike and the fighting it supports) are two acts, as the gold codes them. Read by
:mod:`.same_sentence` and :mod:`.named_back`, and by :func:`.fold.keep_best` for the type the
kept event takes.
"""

from __future__ import annotations

from .....ontology import EventTypeName, is_violent
from ....crowds import CROWD_TYPES
from ....draft import EventDraft
from ....generic_violence import is_generic, is_violent_act

# What an attack did, told as its own event: "burning homes", "looted the health centre",
# "3,000 people who fled the attack".
CONSEQUENCES: frozenset[EventTypeName] = frozenset(
    {"property_destroyed", "property_seized", "relocation"}
)
# Fighting read once between armed sides and once between crowds ("clashes between the army
# and Ansar al-Sharia", "in the clashes, which were centred in the south of the town").
FIGHTS: frozenset[EventTypeName] = frozenset({"armed_clash", "mob_violence"})
# Types that say how the violence was done no more than who did it to whom: an air strike or a
# bombing is more specific than any of them.
BY_SIDES: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"}
)


def kinds_fit(incident: EventDraft, draft: EventDraft) -> bool:
    """Whether ``draft``'s kind of act can be ``incident`` told again (see the module)."""
    a, b = incident.event_type, draft.event_type
    if a == b:
        return True
    if not is_violent(a):
        return False  # a protest's sentence may tell the violence done to it: another event
    if b in CONSEQUENCES:
        return True
    if a in BY_SIDES and b in BY_SIDES and not (a in CROWD_TYPES or b in CROWD_TYPES):
        return True  # who was hit read two ways: an ambush on police as an attack, a clash
    if a in FIGHTS and b in FIGHTS:
        return True
    crowd = a in CROWD_TYPES or b in CROWD_TYPES
    return not crowd and is_violent_act(draft) and (is_generic(incident) or is_generic(draft))
