"""Gates on who acts: a wording that reports an event only when a person, a crowd or armed men do
it ("police hit two women", not "the storm hit two men"; "residents stoned two policemen", not
"stoned on drugs"; "army units continued their operations", not "the company started
operations"), not weather or the ground ("strong winds uprooted trees").
"""

from __future__ import annotations

import re

from ...sides.agents import PASSIVE, clause_before
from ...sides.parties import kind_of, nearest_party

_HUMAN_AGENTS = frozenset({"crowd", "armed", "protesters"})


_ASSAILANTS = re.compile(
    r"\b(?:assailants|attackers|thugs|robbers|vigilantes|kidnappers|hitm[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)


_THINGS = re.compile(r"^(?:homes?|houses?|village|market)$", re.IGNORECASE)


# Sides a headline's fight verb takes besides crowds and armed men: clans, tribes, communities
# and sects ("Degodia and Garre clans battle in Wajir", "Mungiki sect members battle police").
_FIGHTING_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans|tribes|communities|sects?(?: members)?)\s*$", re.IGNORECASE
)


def human_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "police hit two women", not "the storm hit two men"."""
    clause = clause_before(sentence, start)
    return (
        kind_of(clause, last=True) in _HUMAN_AGENTS
        or _ASSAILANTS.search(clause) is not None
        or _FIGHTING_SIDES.search(clause) is not None
    )


def _person_object(sentence: str, end: int) -> bool:
    """Whether the words right after ``end`` name a person, a crowd or the forces."""
    words = " ".join(sentence[end:].split()[:4])
    nearest = nearest_party(words, last=False)
    return nearest is not None and not (
        nearest[0] == "civilian" and _THINGS.match(nearest[1].group())
    )


def person_stoned(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "residents stoned two policemen", "stoned by a mob", not "stoned on drugs"."""
    if re.match(r"\s+(?:\w+\s+)?by\b", sentence[end:]):
        return True
    return not PASSIVE.search(sentence[:start]) and _person_object(sentence, end)


# Weather and the ground move trees and crops too: "strong winds uprooted dozens of trees" is
# no one's act (sixteenth round, review).
_NATURAL_FORCE = re.compile(
    r"\b(?:winds?|gales?|storms?|rains?|rainfall|floods?|floodwaters?|flash floods?|cyclones?|"
    r"hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|earthquakes?|quakes?|"
    r"tremors?|avalanches?|downpours?|hail(?:storms?)?|snowstorms?|blizzards?|weather)\b",
    re.IGNORECASE,
)


def not_weather(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "settlers uprooted olive trees", not "storms uprooted trees across the region"."""
    return _NATURAL_FORCE.search(clause_before(sentence, start)) is None


def armed_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "army units continued their operations in X", not "the company started operations in
    Kenya": the party acting before the wording is armed (forces, troops, armed men)."""
    return kind_of(clause_before(sentence, start), last=True) == "armed"
