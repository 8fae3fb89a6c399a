"""People told as a fight's dead or hurt, not as its side (for :func:`..refinement.refine_type`):
what befell them told between them and the fight's word ("a reporter was killed while covering
the fighting"), or the fight told as what killed them after it ("fighting in the town killed
20 people").
"""

from __future__ import annotations

import re

from .....actors.dictionary import named_actors
from ...sides.between import sides_after
from ...sides.parties import nearest_party

# What befell people in a fight, told between them and the fight's word: "19 men died on both
# sides in the clashes", "the fatalities the group suffered in a clash", "most civilians fled
# when fighting broke out", "six individuals were murdered in two days of fighting".
_BEFELL = re.compile(
    r"\b(?:died|dead|killed|murdered|slain|martyred|wounded|injured|hurt|lost their lives|"
    r"fatalities|casualties|suffered|fled|displaced)\b",
    re.IGNORECASE,
)
_RETOLD = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Fighters of a non-state armed side (the police, who face crowds, are none of them).
_INSURGENTS = re.compile(
    r"\b(?:rebels?|insurgents?|militants?|jihadists?|fighters|gunmen|guer(?:r)?illas?|"
    r"separatists|terrorists|militias?|militiamen|maoists?|naxal(?:ite)?s?)\b",
    re.IGNORECASE,
)


def people_befallen(sentence: str, start: int, end: int, before: str) -> bool:
    """Whether the people told last before the fight word at ``sentence[start:end]`` are its dead,
    hurt or fled, not one of its sides: a word of what befell them stands between them and the
    fight ("a Japanese reporter was killed while covering the fighting" names no brawler). A
    fight retold ("in the clashes") keeps its first telling's sides unless its sentence names a
    non-state armed side ("rebels have attacked a city and 19 men died on both sides in the
    clashes"): a demonstration's clash with the police told again with its toll stays the
    crowd's, even with "police personnel" among its hurt."""
    party = nearest_party(before, last=True)
    if party is None or party[0] != "civilian":
        return False
    befallen = list(_BEFELL.finditer(before, party[1].end()))
    if not befallen:
        return False
    # the words from what befell them to the fight: "civilians killed by the latest shelling in
    # a town at the epicenter of fighting" (the shelling befell them, the fight is only where);
    # "a man was killed when two PML-N groups clashed" (the groups fought)
    rest = before[befallen[-1].end() :]
    if re.search(r"\bby\b", rest) or any(True for _ in named_actors(rest)):
        return False
    # sides told after the fight ("in clashes between rival political groups") decide
    if sides_after(sentence, end) is not None:
        return False
    return _RETOLD.search(before) is None or _INSURGENTS.search(sentence) is not None


# A fight told as the doer of the harm that befell the people after it: "fighting in the town
# killed 20 people", "clashes in Aleppo have left 12 people dead", "the battles claimed the lives
# of 30 people". Those people are its dead, not a side of it (the mirror of a toll told before
# the fight, "20 people were killed in fighting"); no sides told between ("between", "with",
# "against" a party decide).
_FIGHT_KILLED = re.compile(
    r"(?:\s+(?!between\b|with\b|against\b|and\b)[\w'’-]+){0,8}?\s+(?:(?:has|have|had)\s+)?"
    r"(?:killed|wounded|injured|claimed\s+the\s+lives\s+of|"
    r"left\s+(?:[\w-]+\s+){1,4}?(?:dead|killed|wounded|injured))\b",
    re.IGNORECASE,
)


def dead_of_the_fight(sentence: str, end: int) -> bool:
    """Whether the fight whose word ends at ``end`` is told as what killed or hurt the people
    after it ("fighting in the town killed 20 people"): they are its dead, not its side."""
    return _FIGHT_KILLED.match(sentence, end) is not None


# The fight told after what befell them, in the same clause: "... was killed near the village
# on Monday in a battle with".
_IN_THE_FIGHT = re.compile(r"[^,;:]{0,80}?\b(?:in|during|amid)\s+(?:[\w-]+\s+){0,3}$", re.I)


def armed_dead_fought(before: str) -> bool:
    """Whether fighters of a non-state side are told as the dead or hurt of the fight whose word
    follows ``before``: "a militant of the group was killed near the village in a battle with
    the police", "a woman Maoist was killed in clashes with the CRPF" (clash60). With an armed
    side after "with", they are its other side, armed: a battle, not a crowd's brawl with the
    police (the village or "woman" before read as unarmed people)."""
    befallen = list(_BEFELL.finditer(before))
    if not befallen or not _IN_THE_FIGHT.match(before, befallen[-1].end()):
        return False
    return _INSURGENTS.search(before, 0, befallen[-1].start()) is not None
