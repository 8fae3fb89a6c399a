"""Fire from afar told without its weapon: a front line's side firing on a town.

War monitors and both sides' media tell fire across a front line without naming the guns:
"regime forces targeted the town of Kafr Zeita, killing three civilians", "the army targeted
residential neighbourhoods of Douma", "rebels targeted the government-held town of Mhardeh",
"rebel fire killed four people in government-held west Aleppo". ACLED codes such fire as
shelling (fire from a distance), whoever it killed. A state's forces "target" a town with their
guns (their raids are "raided" or "stormed"); an irregular band's "targeted the village" is a
raid (bandits, gunmen, Boko Haram), so a non-state side's fire is read so only at a place told
held by the other side. Small arms named, a sniper, or arms told after "with" keep the act's
own reading.
"""

from __future__ import annotations

import re

from .....places.reading.words import (
    AREA_WORDS,
    LOCALITY_WORDS,
    RURAL_WORDS,
    SETTLEMENT_WORDS,
)
from ...sides.agents import UP_TO_THE_VERB, clause_before
from ..fights.held_places import HELD_BY_A_SIDE
from .arms import SMALL_ARMS

# A settlement or its quarters as what was targeted: "targeted the town of", "targeted
# residential neighbourhoods in", "targeted the outskirts of" (the places stage's own nouns).
_TOWN_NOUNS = "|".join(
    sorted(
        SETTLEMENT_WORDS
        | LOCALITY_WORDS
        | RURAL_WORDS
        | AREA_WORDS
        | {"cities", "districts", "quarters", "area", "areas"}
    )
)
_A_TOWN = re.compile(
    rf"\s+(?:(?:the|a|an|several|some|many|a number of)\s+)?(?:[\w'’()-]+\s+){{0,3}}?"
    rf"(?:{_TOWN_NOUNS})\b(?!['’])",  # not its people: "targeted the town's traders"
    re.IGNORECASE,
)
# An act on the ground told in the sentence: the town was "targeted" by a raid, a sweep or a
# campaign, not by guns ("targeted the town in a raid, arresting 20 men", "a campaign by
# government forces targeted the village").
_ON_THE_GROUND = re.compile(
    r"\b(?:raids?|raided|storm(?:ed|ing)?|ground (?:operation|offensive|assault|incursion)s?|"
    r"arrest\w*|detain\w*|round(?:ed|ing)? up|sweeps?|search(?:es|ed|ing)?|campaigns?|"
    r"loot\w*|burn(?:ed|ing|t)|torch\w*)\b",
    re.IGNORECASE,
)
_TARGETED = re.compile(r"target(?:ed|s|ing)", re.IGNORECASE)
# A place told held by a side: "the government-held town", "opposition-controlled districts".
_HELD = re.compile(rf"\b{HELD_BY_A_SIDE}", re.IGNORECASE)
# A state's ground forces as the doer (not the police or "security forces", who raid).
_STATE_FORCES = re.compile(
    r"(?<!security )(?<!police )(?<!special )"
    r"\b(?:(?:regime|government|pro-government|pro-regime|army|Syrian|Iraqi|Turkish|Israeli|"
    r"Pakistani|Indian|Russian|Saudi|Houthi)\s+)?"
    r"(?:army units|units of the army|forces|troops|army|military|regime|artillery|gunners)\b",
    re.IGNORECASE,
)
# A non-state side of a front line as the doer.
_FRONT_SIDES = re.compile(
    r"\b(?:rebels?|opposition(?:\s+(?:fighters|factions|forces|groups))?|"
    r"(?:rebel|armed|opposition|Islamist)\s+(?:factions|groups|fighters|forces)|insurgents)\b",
    re.IGNORECASE,
)
# A side's fire, told as what killed or hurt (not a sniper's, nor small arms').
_SIDE_FIRE = re.compile(
    r"\b(?:rebel|regime|government|pro-government|opposition|army|insurgent|militant|Houthi|"
    r"jihadist)\s+fire\b",
    re.IGNORECASE,
)
_CLOSE_RANGE = re.compile(r"\bsnipers?\b", re.IGNORECASE)


def fire_on_a_town(sentence: str, start: int, end: int) -> bool:
    """Whether the act at ``sentence[start:end]`` is a front line's fire on a town told with no
    weapon: a state's forces (or a rebel side, at a place held by the other) "targeted" a town
    or its quarters, or a side's "fire" killed people at a place told held by a side."""
    if SMALL_ARMS.search(sentence) or _CLOSE_RANGE.search(sentence):
        return False
    if _ON_THE_GROUND.search(sentence):
        return False
    if _SIDE_FIRE.search(sentence) and _HELD.search(sentence):
        return True  # "rebel fire killed four people in government-held west Aleppo"
    if not _TARGETED.fullmatch(sentence[start:end]):
        return False
    town = _A_TOWN.match(sentence, end)
    if town is None or re.match(r"[^,;.]*\bwith\b", sentence[town.end() :]):
        return False  # the arms told decide: "targeted the village with gunfire"
    before = clause_before(sentence, start)
    if _doer_right_before(_STATE_FORCES, before):
        return True
    return _doer_right_before(_FRONT_SIDES, before) and _HELD.search(sentence, end) is not None


def _doer_right_before(doer: re.Pattern[str], before: str) -> bool:
    """Whether ``before`` ends with the doer, only an adverb or the day between it and the verb
    ("regime forces on Monday targeted")."""
    return any(UP_TO_THE_VERB.match(before, m.end()) for m in doer.finditer(before))
