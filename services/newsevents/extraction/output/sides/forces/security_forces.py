"""Security forces that fight a battle are the country's military (ACLED's actor name).

"Security forces" are read as the country's police (``actors/generic.py``): the forces that
guard a demonstration, raid a house or arrest suspects. When they fight an armed group (an
armed clash, an attack they repel, ground taken or lost) ACLED codes them as the military:
"militants attacked security forces in the district", "a unit of the defence and security forces
exchanged fire with armed groups", "the rebels killed twelve members of the security forces"
are "Military Forces of X". Only the ACLED block's name changes: the event's actor stays as
read, so the merging of retellings does not change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....actors.unnamed.state_names import state_force_name
from ....document import ActorMention

_SECURITY_FORCES = re.compile(r"\bsecurity\s+forces$", re.IGNORECASE)
# The ACLED name of a known state's military or police ("Military Forces of Nigeria (2015-2023)").
STATE_FORCE_NAME = re.compile(r"^(?:Military|Police) Forces of ")


def fighting_forces(actor: ActorMention) -> ActorMention:
    """The military of the country whose security forces fight a battle; any other actor as
    it is."""
    if (
        actor.kind != "state_force"
        or not actor.name.startswith("Police Forces")
        or _SECURITY_FORCES.search(actor.text) is None
    ):
        return actor
    return replace(actor, name=state_force_name("Military Forces", actor.country_code))


# (a state's arrest: ACLED codes an armed group's "arrest" as an abduction)
_UNNAMED_ARMED = "Unidentified Armed Group ("


def arresting_force(actor1: str | None, code: str | None) -> str | None:
    """Who arrests when the text names no one, or only unnamed armed men ("two suspects were
    arrested in the town", "police said militants were arrested"): the country's police
    (ACLED's arrests are a state's act), without its period; None when a named agent stands."""
    if code is not None and (actor1 is None or actor1.startswith(_UNNAMED_ARMED)):
        return state_force_name("Police Forces", code)
    return None
