"""Violence told in words any violent act fits ("attack", "raids", "killed", "fired at"),
which only retell a specific act near them.
"""

from __future__ import annotations

import re

from ..ontology import EventTypeName, is_violent
from .draft import EventDraft, tells_a_toll

# Words that name violence without saying which kind: "the attack", "raids", "killed",
# "targeted", "massacre", "fired at" (no weapon named: "a missile fired at Marib" is the
# missile's). An event read from them only retells a specific act near it.
_GENERIC_VIOLENCE = re.compile(
    r"^(?:(?:was|were|been|being|is|are)\s+)?(?:attack|raid|kill|target|massacre|assault|"
    r"hit|struck|strikes?\b|destroy|bodies|dead|died|death|casualt|wounded|injur|violence|"
    r"operation|bomb(?:ed|ing|ardment)|shot|executed|fired (?:at|on|upon|towards?)\b)",
    re.IGNORECASE,
)


# Types a generic word is read as when nothing more specific is said; a specific type (air
# strike, shelling, bombing) replaces them when the occurrence is merged.
_GENERIC_TYPES: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"}
)


def is_generic(draft: EventDraft) -> bool:
    """Whether the event is told only in words any violence fits ("attack", "killed")."""
    return draft.event_type in _GENERIC_TYPES and (
        _GENERIC_VIOLENCE.match(draft.trigger.text) is not None or tells_a_toll(draft.trigger)
    )


def is_violent_act(draft: EventDraft) -> bool:
    return is_violent(draft.event_type) or draft.event_type in _GENERIC_TYPES
