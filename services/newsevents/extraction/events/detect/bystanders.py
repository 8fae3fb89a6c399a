"""Parties beside an act that are neither its side nor its hit, for :mod:`.refinement`: who
reports or hears a fight, the place a fight is in, the crowd an armed party hit before it burned
their homes, and a raid told by the buildings it burned with no one hurt (sixteenth round).
"""

from __future__ import annotations

import re

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


# A raid told by what it burned, no one in the sentence hurt: "troops stormed two villages,
# burning down 400 houses", "soldiers torched ten houses and raided two more villages" (ACLED
# codes the burning as property destruction; a raid that hurt anyone stays an attack).
_RAID = re.compile(r"storm|raid|invad|attack", re.IGNORECASE)
_BURNT_BUILDINGS = re.compile(
    r"\b(?:burn(?:ed|t|ing|s)?|torch(?:ed|ing|es)?|set fire to|setting fire to|razed|razing)"
    r"\s+(?:down\s+)?(?:[\w-]+\s+){0,4}?(?:houses|homes|huts|villages?|buildings|shops|granaries)\b"
    r"|\b(?:houses|homes|huts|buildings|shops)\s+(?:were|was|had been|have been)\s+"
    r"(?:burn(?:ed|t)|torched|razed|set ablaze|set on fire)",
    re.IGNORECASE,
)
_PEOPLE_HURT = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|shot|shoot\w*|abduct\w*|kidnap\w*|"
    r"beat\w*|rap(?:e|ed|ing)|hurt|massacr\w*|behead\w*|murder\w*|casualt\w*|bodies|"
    r"assault\w*|tortur\w*|hostages?|captives?|lives)\b",
    re.IGNORECASE,
)


def only_property_hit(
    sentence: str, start: int, end: int, hit: tuple[str, re.Match[str]] | None
) -> bool:
    """Whether a raid word's sentence tells buildings burned and no one hurt, and names no
    person as the raid's hit (a village or homes may be)."""
    if not _RAID.match(sentence, start) or not _BURNT_BUILDINGS.search(sentence):
        return False
    if hit is not None and not PLACE_NOUN.fullmatch(hit[1].group()):
        return False
    return _PEOPLE_HURT.search(sentence) is None


# A crowd told as the object of an armed party's earlier verb is the hit, not who burns: in
# "gunmen attacked farmers and burned their houses" the gunmen burn.
_OBJECT_OF_VERB = re.compile(
    r"\b[a-z]+ed\s+(?:(?:the|a|an|some|several|dozens of|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+)?(?:[\w-]+\s+)?$",
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
