"""Parties beside an act that are neither its side nor its hit, for :mod:`..refine.refinement`: who
reports or hears a fight, the place a fight is in, and the crowd an armed party hit before it
burned their homes (sixteenth round).
"""

from __future__ import annotations

import re

from ....text.numbers import counting
from .parties import ARMED, nearest_party

PLACE_NOUN = re.compile(r"village|market|homes?|houses?", re.IGNORECASE)
LOCATIVE = re.compile(r"\b(?:in|near|inside|outside|around)\b", re.IGNORECASE)


def place_not_hit(hit: tuple[str, re.Match[str]] | None, after: str) -> bool:
    """Whether the hit read after a fight's word is a place told after a locative, where the
    fight is and not whom it hits: "clashes continued around the market and the village"."""
    return (
        hit is not None
        and PLACE_NOUN.fullmatch(hit[1].group()) is not None
        and LOCATIVE.search(after[: hit[1].start()]) is not None
    )


# A crowd told as the object of an armed party's earlier verb is the hit, not who burns: in
# "gunmen attacked farmers and burned their houses" the gunmen burn.
_OBJECT_OF_VERB = re.compile(
    rf"\b[a-z]+ed\s+(?:(?:the|a|an|some|several|dozens of|\d+|{counting(2, 10)})\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def crowd_hit_before(before: str) -> bool:
    """Whether the nearest party before a burning is a crowd an armed party acted on."""
    party = nearest_party(before, last=True)
    if party is None:
        return False
    earlier = before[: party[1].start()]
    verb = _OBJECT_OF_VERB.search(earlier)
    return verb is not None and ARMED.search(earlier[: verb.start()]) is not None


# A party that reports, hears or sees a fight, right before it: "residents reported fighting",
# "officials said heavy clashes continued", "witnesses heard gunfire and clashes".
_WITNESS_BEFORE = re.compile(
    r"\b(?:said|say|says|reported|reports|told of|heard|saw|witnessed|described|recounted|"
    r"confirmed)\b(?:\s+(?:that|of))?\s+(?:[\w-]+\s+){0,12}?"
    r"(?:(?:heavy|fierce|intense|violent|sporadic|renewed|fresh|armed|deadly)\s+)?$",
    re.IGNORECASE,
)


def witness_before(before: str) -> bool:
    """Whether the nearest party before a fight's word reports, hears or sees it, with no
    other party between its verb and the word: "residents reported fighting"."""
    witness = _WITNESS_BEFORE.search(before)
    if witness is None:
        return False
    party = nearest_party(before, last=True)
    return party is None or party[1].end() <= witness.start()
