"""A ground force told beside an air arm is its ally: neither the side the strike hits nor a
force that took the ground from the air.

Copy of a war fought by an air coalition and a ground force it backs tells both in one clause:
"US-led coalition air strikes and the Syrian Democratic Forces drove Islamic State out of
Tabqa", "Backed by coalition air strikes, the SDF captured Tal Samin". The linking reads the
ground force after the air strikes as the side they hit, and the air arm as the one that took
the town. ACLED codes the ground force as the side that takes ground (the air arm at most its
associate), and an air strike's hit is the enemy the clause names, not the ally.
"""

from __future__ import annotations

import datetime as dt
import re

from ....document import ARMED_KINDS, ActorMention, Document
from ....events.draft import EventDraft
from ...names.actor_names import acled_name
from ..sides import Sides

# The air arm's words after its name ("coalition air strikes", "Russian warplanes").
_AIR_AFTER = re.compile(
    r"\s*(?:-led\s+)?(?:(?:air\s?strikes?|airstrikes?|air\s+raids?|air\s+power|air\s+support|"
    r"warplanes?|war\s+planes|jets|aircraft|helicopters|drones?|bombing)\b)?",
    re.IGNORECASE,
)
_AIR_NOUN = re.compile(
    r"(?:air\s?strikes?|airstrikes?|air\s+raids?|air\s+power|warplanes?|war\s+planes|jets|"
    r"aircraft|helicopters|drones?)\s*$",
    re.IGNORECASE,
)
# Two sides coordinated as one subject: "coalition air strikes and the SDF".
_AND = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|alongside|together\s+with)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# An air arm told as the backing of what follows: "Backed by coalition air strikes, the SDF".
_BACKED = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|covered)\s+by\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
_THEN_SUBJECT = re.compile(r"^[^.;:]{0,40},\s*(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_TERRITORY = frozenset({"territory_taken", "territory_regained"})


def allied_sides(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Set the sides by the module's rules: the ground force told beside the air arm takes
    the ground, and is not the side its strike hits."""
    air, ground = draft.actor1, draft.actor2
    if draft.event_type in _TERRITORY and air is not None and ground is None:
        ground = next(
            (
                a
                for a in draft.associates
                if a.kind in ARMED_KINDS and air.span.end <= a.span.start < draft.trigger.span.start
            ),
            None,
        )
    if air is None or ground is None or not _allies(doc.text, air, ground):
        return
    if draft.event_type in _TERRITORY:
        sides.actor1 = acled_name(ground, on, country_code)
        if sides.actor2 in (None, sides.actor1):
            sides.actor2 = _enemy(draft, air, ground, country_code, on)
    elif draft.event_type == "airstrike" and sides.actor2 == acled_name(ground, on, country_code):
        sides.actor2 = _enemy(draft, air, ground, country_code, on)


def _enemy(
    draft: EventDraft,
    air: ActorMention,
    ground: ActorMention,
    country_code: str | None,
    on: dt.date,
) -> str | None:
    """The armed side the clause names after the two allies ("drove Islamic State out"), or
    None."""
    enemy = next(
        (
            a
            for a in draft.associates
            if a.kind in ARMED_KINDS
            and a.span.start > ground.span.end
            and a.name not in (air.name, ground.name)
        ),
        None,
    )
    return acled_name(enemy, on, country_code) if enemy is not None else None


def _allies(text: str, air: ActorMention, ground: ActorMention) -> bool:
    """Whether ``air`` is an air arm told beside ``ground`` (see the module)."""
    if ground.kind not in ARMED_KINDS or air.span.end > ground.span.start:
        return False
    words = _AIR_AFTER.match(text, air.span.end)
    end = words.end() if words is not None else air.span.end
    if not (_AIR_NOUN.search(text[air.span.start : end]) or _AIR_NOUN.search(air.text)):
        return False
    between = text[end : ground.span.start]
    if _AND.match(between):
        return True
    start = air.span.start
    return bool(_BACKED.search(text, max(0, start - 40), start)) and bool(
        _THEN_SUBJECT.match(between)
    )
