"""The two sides of an interception: who shot the weapons down and whose they were.

"Russia's Defence Ministry said its air defences destroyed or intercepted 30 Ukrainian
fixed-wing drones over the Kursk region": ACLED codes a disrupted weapon's use with the force
that disrupted it as actor1 and the weapon's owner as actor2 ("Military Forces of Russia",
"Military Forces of Ukraine"). The owner is told by the country's adjective or possessive before
the weapon, often with a modifier between ("fixed-wing", "aircraft-type", "loitering"), which
the actors stage reads as no actor (or reads as the agent, the only state the sentence names).
The one who intercepts is seldom named by more than "air defences" or "its forces": over the
country where it happened, when the weapons are another state's, they are that country's.

Only the ACLED block's names: the event's actors stay as read, so merging does not change.
"""

from __future__ import annotations

import datetime as dt
import re

from ....actors.unnamed.country_words import country_word
from ....actors.unnamed.state_names import state_force_name
from ....document import Document, sentence_at
from ....events.draft import EventDraft
from ...names.regimes import with_period
from ..sides import Sides

# A weapon in the air, with up to two words between the owner and it: "Ukrainian fixed-wing
# drones", "Israeli missiles", "Ukrainian loitering munition".
_WEAPON = r"(?:drones?|UAVs?|missiles?|rockets?|munitions?)\b"
# (read at every capitalised word: "on Tuesday Ukrainian drones" is no owner "Tuesday")
_OWNER_BEFORE_WEAPON = re.compile(
    rf"(?<![\w-])(?=(?P<all>(?P<owner>[A-Z][\w.'’]*)\s+(?:[\w-]+\s+){{0,2}}?{_WEAPON}))"
)
# Downed, shot down, intercepted: the weapon after an active verb, or before a passive one.
_DOWNING = re.compile(
    r"\b(?:intercept\w*|shot\s+down|shoot\w*\s+down|down(?:ed|ing)|destroy\w*)\b", re.IGNORECASE
)
_PASSIVE_AFTER = re.compile(
    r"^\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:intercepted|shot\s+down|downed|destroyed)\b",
    re.IGNORECASE,
)
_AFTER = 90  # characters after the trigger read for the weapon
_BEFORE = 60  # characters before it read for a passive's weapon


def intercepted_sides(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Sets the weapon's owner as actor2 of an interception, and the forces of the country
    where it happened as actor1 when none is read or the owner was read as the agent."""
    if draft.event_type != "weapons_disrupted" or country_code is None:
        return
    owner = _weapon_owner(doc, draft)
    if owner is None or owner == country_code:
        return
    owner_forces = with_period(state_force_name("Military Forces", owner), on)
    if sides.actor2 is None or sides.actor2 == sides.actor1:
        sides.actor2 = owner_forces
    if sides.actor1 is None or sides.actor1 == owner_forces:
        sides.actor1 = with_period(state_force_name("Military Forces", country_code), on)


def _weapon_owner(doc: Document, draft: EventDraft) -> str | None:
    """The country code of the owner of the weapons the trigger's sentence tells downed: told
    after the verb ("intercepted 30 Ukrainian drones") or before a passive ("a Ukrainian drone
    was downed"); None when no country's word names it."""
    trigger = draft.trigger.span
    sentence = sentence_at(doc.sentences, trigger)
    if sentence is None:
        return None
    start = max(sentence.span.start, trigger.start - _BEFORE)
    window = doc.text[start : min(sentence.span.end, trigger.end + _AFTER)]
    verbs = [m for m in _DOWNING.finditer(window) if m.start() >= trigger.start - start - 1]
    for match in _OWNER_BEFORE_WEAPON.finditer(window):
        code = country_word(match.group("owner"))
        if code is None:
            continue
        active = any(
            v.end() <= match.start() and not re.search(r"[;:]", window[v.end() : match.start()])
            for v in verbs
        )
        if active or _PASSIVE_AFTER.match(window[match.end("all") :]):
            return code
    return None
