"""Harm told done "by unknown people": an unidentified armed group's attack, not a mob's.

ACLED's codebook keeps mob violence for a crowd's spontaneous violence and codes an act whose
perpetrator the report cannot name as the attack of an "Unidentified Armed Group (X)". Reports
tell such an act with its doer in a "by" phrase that names no one: "two traders were
assaulted by unknown people", "a stabbing by an unknown group left 17 hurt", "the clinic was
firebombed overnight by unidentified attackers", "a raid by unidentified men". Before, the
people or the group in the phrase were read as a crowd, and the act as mob violence.

Only the "by" phrase after the harm word (within its sentence): a band told acting in the
active voice ("unidentified assailants assaulted a journalist", "assailants torched two buses")
stays a band's or a crowd's act (:mod:`.assaults`, Bangladesh's notes code it mob violence);
nor a sentence telling a lynching, a mob or a charge of theft or witchcraft (a crowd's justice).
"""

from __future__ import annotations

import re

# The doer named only as unknown: "by unknown people", "by an unidentified group", "by some
# unidentified men"; the harm word and its doer within one clause of the sentence (not across
# "after", "when" ...: "a man killed two officers after a cleric was killed by unknown men").
_UNKNOWN_DOER = re.compile(
    r"(?:(?!\b(?:after|before|when|while|following|because|since)\b)[^.;:]){0,120}?"
    r"\bby\s+(?:an?\s+|some\s+|a\s+group\s+of\s+|a\s+gang\s+of\s+)?"
    r"(?:unknown|unidentified)\s+"
    r"(?:people|persons|individuals|men|group|attackers|assailants|youths|elements)\b",
    re.IGNORECASE,
)
_CROWD_JUSTICE = re.compile(
    r"\b(?:lynch\w*|mobs?|mob justice|witch\w*|suspected (?:thie\w+|robbers?))\b", re.IGNORECASE
)
_HARMS = frozenset({"mob_violence", "attack_on_civilians"})


def unknown_doer(event_type: str, sentence: str, end: int, agent: str | None) -> bool:
    """Whether the harm ending at ``end`` is told done by a doer named only as unknown or
    unidentified (an unidentified armed group's attack), no crowd's justice in the sentence."""
    return (
        event_type in _HARMS
        and agent in {None, "crowd", "civilian"}
        and _UNKNOWN_DOER.match(sentence, end) is not None
        and _CROWD_JUSTICE.search(sentence) is None
    )
