"""Aircraft named in a sentence: as what struck, not as a ground force's support
(:mod:`.air_support`); read by the trigger gates and by :mod:`..refine.means`."""

from __future__ import annotations

import re

from ....vocabulary import AIRCRAFT_MODELS
from .air_support import AIR_SUPPORT_BEFORE

# Aircraft and what only aircraft drop.
AIRCRAFT = (
    r"(?:war-?planes?|war planes?|(?:fighter |military |army |combat )?jets?|aircraft|"
    # planes and bombers only with an owner or a kind: "government planes", "Russian planes",
    # "Russian bombers" (wire57), not "came in planes", "when their plane crashed" (passengers'
    # planes; review57), nor "Suicide bombers"
    r"(?:(?:fighter|military|army|combat|government|regime|enemy|coalition|strategic|"
    r"(?-i:(?!(?:The|Their|Its|His|Her|Our|Two|Three|Four|Several|Many|Some|Suicide|Car)\b)"
    r"[A-Z][a-z]+)) (?:planes?|bombers?))|"
    rf"{AIRCRAFT_MODELS}|"
    r"helicopters?|(?:helicopter )?gunships?|drones?|UAVs?|unmanned aerial vehicles?|sorties|"
    r"air ?forces?|aerospace forces|air component|aviation|"
    r"air ?strikes?|air ?raids?|drone strikes?|"
    r"aerial (?:bombardments?|attacks?|strikes?|bombings?|bombs?|raids?)|"
    r"barrel ?bombs?)"
)
# Aircraft named anywhere in a sentence (for :mod:`..refine.means.materiel`: what they
# destroyed is the strike's, which the means and merging type).
NAMES_AIRCRAFT = re.compile(rf"(?<![\w-])(?<!anti-){AIRCRAFT}\b", re.IGNORECASE)


def names_striking_aircraft(sentence: str) -> bool:
    """Whether the sentence names aircraft other than as a ground force's support ("units
    backed by the air force destroyed a tank" names none: the tank is the fight's)."""
    return any(
        not AIR_SUPPORT_BEFORE.search(sentence, 0, m.start())
        for m in NAMES_AIRCRAFT.finditer(sentence)
    )


# Words that tell the sentence's own act, means or doer: then it is read on its own.
OWN_ACT = re.compile(
    r"\b(?:by|clash\w*|fight\w*|fought|battles?|ambush\w*|attack\w*|assault\w*|raid\w*|"
    r"operations?|artillery|shell\w*|mortars?|rockets?|missiles?|tanks? fire|bomb\w*|"
    r"explosi\w+|blasts?|mines?|IEDs?|units?|soldiers|troops|forces|army|militants|rebels|"
    r"fighters|gunmen|terrorists (?:attacked|fired|shelled|targeted))\b",
    re.IGNORECASE,
)
# The strike told by its own word in the sentence before (its aircraft as the doer).
_STRIKE_WORD = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|strikes|sorties|bombed|pounded|targeted|hit|struck|"
    r"raided|bombarded)\b",
    re.IGNORECASE,
)


def strike_told_in(sentence: str) -> bool:
    """Whether ``sentence`` tells aircraft striking (the sentence before an act told with no
    doer of its own: "Warplanes pounded Saraqib." then "The village of X was also hit.")."""
    return names_striking_aircraft(sentence) and _STRIKE_WORD.search(sentence) is not None
