"""The crime a mob punishes: told as who its victim is, it is no event of the day.

A report of mob justice names the one lynched by the wrong the crowd holds against them: "a
woman who stabbed her boyfriend to death was lynched by a mob", "the perpetrator of a fatal
stabbing was beaten to death by a crowd", "a suspect in the murder of a rider was beaten to
death by residents", "students attacked and killed a man they believed murdered a colleague".
Conflict monitors code the crowd's act (ACLED: mob violence); the crime told inside the
victim's description is its occasion, coded (if at all) when it happened. Such a harm word
fires no event when it sits in that description (a relative clause in the active voice, a
suspect's or perpetrator's noun, what the crowd believed or accused them of) and the sentence
tells a crowd punishing someone. Not a victim of the crime ("a man who was stabbed by a mob"
is the mob's victim: the passive is the act itself), nor a sentence with no crowd ("police
arrested a man who killed his wife").
"""

from __future__ import annotations

import re

from ..sides.parties import CROWD, PROTESTERS_OR_CROWD

# The harm word opening the victim's description, right before it.
_DESCRIBED = re.compile(
    # a relative clause in the active voice: "a woman who stabbed", "a man who had killed"
    r"\b(?P<who>[\w-]+),?\s+(?:who|that)\s+(?:had\s+|has\s+)?(?:\w+ly\s+){0,2}$|"
    # a suspect's or perpetrator's noun: "the perpetrator of a fatal stabbing", "a suspect in
    # the murder of", "the prime suspect in the killing"
    r"\b(?:perpetrators?|suspects?|culprits?|killers?|mastermind)\s+(?:in|of|behind)\s+"
    r"(?:the|a|an|his|her|their)\s+(?:(?!(?:was|were|is|are|been|being)\b)[\w-]+\s+){0,2}$|"
    # what the crowd held against them: "a man they believed murdered", "suspected of
    # killing", "accused of having raped"
    r"\b(?P<crowd>they|residents|villagers|locals|people)\s+(?:believed|suspected|thought|"
    r"claimed|accused)\s+(?:had\s+|to\s+have\s+|of\s+)?$|"
    r"\b(?:suspected|accused|alleged)\s+(?:to\s+have|of)\s+(?:having\s+)?$",
    re.IGNORECASE,
)
# A crowd's punishment in the sentence: lynching, a mob, a death by beating or burning.
_PUNISHED = re.compile(
    # (the victim told after "to death" too: "villagers beat to death two suspected robbers";
    # review64)
    r"\b(?:lynch\w*|mobs?|mob justice|(?:beaten|(?:beat|stoned|clubbed|burnt|burned|hacked)"
    r"(?:\s+(?:him|her|them))?)\s+to\s+death|set\s+(?:him|her|them)\s+(?:ablaze|alight|on fire))\b",
    re.IGNORECASE,
)


def crime_of_the_punished(before: str, sentence: str) -> bool:
    """Whether a harm word told after ``before`` (its sentence up to it) is the crime by which
    the sentence names the one a crowd punishes (see the module)."""
    tail = before[-80:]
    described = _DESCRIBED.search(tail)
    if described is None:
        return False
    who = described.group("who")
    if who and (PROTESTERS_OR_CROWD.fullmatch(who) or CROWD.fullmatch(who)):
        return False  # "a mob who killed three people": the crowd's own act
    if described.group("crowd"):
        # what they believed is the crowd's grievance when a crowd acts before it: "students
        # attacked and killed a man they believed murdered a colleague"
        head = before[: len(before) - len(tail) + described.start()]
        return CROWD.search(head) is not None or _PUNISHED.search(sentence) is not None
    return _PUNISHED.search(sentence) is not None


def tells_a_crowd_punishing(text: str) -> bool:
    """Whether ``text`` tells a crowd's punishment: lynching, a mob, a death by beating or
    burning ("was lynched", "beaten to death")."""
    return _PUNISHED.search(text) is not None
