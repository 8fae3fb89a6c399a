"""Gates on a theft: what armed men, a crowd or looters take, not burglars in the night.

(The arrests of the crime desk were gated here by their case, twenty-sixth round's
``political_arrest``; since the twenty-seventh round they are refused by who is held, in
:mod:`..who_acts`, for every arrest wording.)
"""

from __future__ import annotations

import re

from .....document import NON_STATE_ARMED_KINDS
from ...sides.parties import ARMED, names_armed

# Who takes what is taken: armed men, a crowd or looters ("bandits stole 200 cattle", "the mob
# looted shops and stole goods"), not burglars in the night ("burglars entered the studio and
# stole two guitars") nor a figure ("robbing Peter to pay Paul").
_TAKERS = re.compile(
    r"\b(?:mobs?|crowds?|rioters|protesters|demonstrators|looters|youths|militants|raiders|"
    r"robbers|armed|explosives?|guns?|firearms|weapons?|machetes?|clans?|tribes?|herders|"
    r"rustl\w+|raids?)\b",
    re.IGNORECASE,
)


def taken_by_arms(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen stole three vehicles", "the mob stole goods", not "burglars stole two
    guitars"."""
    if re.match(r"\s+Peter\b", sentence[end:]):
        return False
    return bool(ARMED.search(sentence) or _TAKERS.search(sentence)) or names_armed(
        sentence, NON_STATE_ARMED_KINDS
    )
