"""The side an event hits, by ACLED's codes (called by ``output/acled.py`` once both sides are
named).

Violence against civilians hits civilians, always: ACLED's actor2 of the type is "Civilians (X)"
on every row, whatever group the text names near the toll ("20 civilians died in an attack on a
village ... the Islamic State claimed it", "killed during gunmen attacks": the attacker read
twice, or a named group or person told beside the dead). A crowd the attack hit ("assailants
attacked the sit-in tents": protesters) stays the crowd.

Tried and not kept: one named actor on both sides of any other type ("troops fought rebels of
the New People's Army" read with the troops twice) replaced on the side hit by the event's other
armed side: as often it is actor1 that is wrong (the side hit read as agent), and the tuning
parts lost three actor2 for one gained.
"""

from __future__ import annotations

import re

from ..actors.dictionary import country_name

_VAC = "Violence against civilians"
# Crowds an attack may hit as they are: the protesters of a sit-in, civilians of another country.
_HIT_CROWD = re.compile(r"(?:Civilians|Protesters) \(")


def side_hit(actor2: str | None, acled_event_type: str, country_code: str | None) -> str | None:
    """Actor2 by the rule above."""
    if acled_event_type != _VAC or actor2 is None or _HIT_CROWD.match(actor2):
        return actor2
    return f"Civilians ({country_name(country_code)})"
