"""An air strike told with no attacker is the article's air power's.

Wire copy tells most air strikes of a war by their effect: "Airstrikes struck a centre of the
White Helmets, killing eight volunteers", "air raids on rebel-held districts killed 13
civilians", "a reported airstrike at a market". The attacker is named elsewhere in the
article, by the aircraft or strikes of a state ("regime warplanes", "Russian airstrikes",
"Syrian warplanes bombed"), and only states field aircraft in these wars, so an air strike (or
a chemical attack, dropped from the air) left with no actor1 takes the state force the article
first names by its aircraft or air strikes. The first, as the lead names the side the article
is about ("Russian warplanes ... Russian and Syrian government warplanes").

Only the ACLED block's name (the event's actor stays empty, as ``state_agent`` does: the
merging of retellings reads the events' actors); never a force named only by its ground troops
("regime forces", "the Syrian army"), which fight on the ground as often as they fly.
"""

from __future__ import annotations

import datetime as dt
import re

from ....document import STATE_KINDS, Document
from ....events.draft import EventDraft
from ....ontology import EventTypeName
from ...names.actor_names import acled_name
from ..sides import Sides, armed_forces_of

_FROM_THE_AIR: frozenset[EventTypeName] = frozenset({"airstrike", "chemical_attack"})
# The aircraft and the strikes a state force is named by ("Russian warplanes", "regime
# bombing raids", "Turkish air force jets", "US-led coalition aircraft").
_AIR = re.compile(
    r"\b(?:air\s?(?:craft|force|strikes?|raids?)|airstrikes?|warplanes?|war\s+planes|planes|"
    r"jets?|helicopters?|gunships?|choppers|drones?|bombers|bombing\s+raids?|barrel[ -]bombs?)$",
    re.IGNORECASE,
)

# A government or force named right before its aircraft: "Assad regime airstrikes", "Syrian
# government warplanes" (the name is the dictionary's, the aircraft are not in it).
_AIR_AFTER = re.compile(
    r"\s+(?:air\s?(?:craft|strikes?|raids?)|airstrikes?|warplanes?|war\s+planes|jets?|"
    r"helicopters?|bombing\s+raids?)\b",
    re.IGNORECASE,
)


def article_air_power(doc: Document, draft: EventDraft, on: dt.date, sides: Sides) -> None:
    """Fill in actor1 of an air strike told with no attacker: the state force the article
    first names by its aircraft or air strikes, if any (see the module's rules): by its
    forces, for a government named before them."""
    if draft.event_type not in _FROM_THE_AIR or sides.actor1 is not None:
        return
    for actor in doc.actors:
        if actor.kind not in STATE_KINDS or (actor.generic and actor.kind == "government"):
            continue
        after = doc.text[actor.span.end : actor.span.end + 20]
        if _AIR.search(actor.text) or _AIR_AFTER.match(after):
            named = acled_name(armed_forces_of(actor), on, actor.country_code)
            if named != sides.actor2:
                sides.actor1 = named
            return
