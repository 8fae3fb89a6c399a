"""An armed side's materiel destroyed, told in the passive with no doer and no means right after
an air strike's sentence: the strike's outcome, an air strike (for the trigger stage).

State media and army communiqués tell a strike, then what it hit in a sentence of its own that
names neither the aircraft nor any other means: "The air force launched a series of strikes on
ISIS hideouts in the eastern countryside of Homs. Three pick-up vehicles equipped with
machineguns were destroyed in Jbab Hamad village and a truck was hit in Dabet al-Mella." The
second sentence's own words make a ground fight (:mod:`.materiel`), which ACLED's coders do
not read: they code the air strike at each place it hit. Only the passive: a doer told
("an army unit destroyed ...") or any means or fight in the sentence ("in clashes", "by
artillery", "an ambush") gives its own act; the sentence before must tell aircraft striking,
not supporting a ground force.
"""

from __future__ import annotations

import re

from .....ontology import EventTypeName
from ...sides.agents import PASSIVE
from .means import names_striking_aircraft

# The fight an armed side's materiel destroyed reads as (:mod:`.materiel`). Not property
# destruction: what else a strike wrecked ("three fuel trucks were reportedly destroyed") is
# folded into the strike as its consequence already (ACLED 2020's LBY9948 became two events).
_OUTCOMES: frozenset[EventTypeName] = frozenset({"armed_clash"})
# Words that tell the sentence's own act, means or doer: then it is read on its own.
_OWN_ACT = re.compile(
    r"\b(?:by|clash\w*|fight\w*|fought|battles?|ambush\w*|attack\w*|assault\w*|raid\w*|"
    r"operations?|artillery|shell\w*|mortars?|rockets?|missiles?|tanks? fire|bomb\w*|"
    r"explosi\w+|blasts?|mines?|IEDs?|units?|soldiers|troops|forces|army|militants|rebels|"
    r"fighters|gunmen|terrorists (?:attacked|fired|shelled|targeted))\b",
    re.IGNORECASE,
)
_DESTROYED_OR_HIT = re.compile(r"(?:destroyed|hit|damaged|struck|targeted)$", re.IGNORECASE)
# The strike told by its own word in the sentence before (its aircraft as the doer).
_STRIKE_BEFORE = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|strikes|sorties|bombed|pounded|targeted|hit|struck|"
    r"raided|bombarded)\b",
    re.IGNORECASE,
)


def strike_told_before(
    kind: EventTypeName, sentence: str, start: int, end: int, previous: str
) -> EventTypeName:
    """``"airstrike"`` when the passive destruction of materiel at ``sentence[start:end]`` (read
    as a fight) is told with no act of its own right after a sentence telling aircraft
    striking; else ``kind``."""
    if kind not in _OUTCOMES or not previous:
        return kind
    if not _DESTROYED_OR_HIT.search(sentence[start:end]) or not PASSIVE.search(sentence, 0, start):
        return kind
    if _OWN_ACT.search(sentence):
        return kind
    if names_striking_aircraft(previous) and _STRIKE_BEFORE.search(previous):
        return "airstrike"
    return kind
