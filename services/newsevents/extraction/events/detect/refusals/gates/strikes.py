"""Gates on strikes: a state's strike and not a labour strike, a place hit after aircraft
struck, aircraft that strike and not aircraft sold, a drone crash that was no mishap.
"""

from __future__ import annotations

import re

from ...sides.agents import clause_before
from ...sides.air_support import AIR_SUPPORT_BEFORE
from ...sides.aircraft import OWN_ACT, strike_told_in

# A labour strike is told with its workers, unions or wages ("a French strike over pensions"),
# not a state's strike from the air ("an Israeli strike on the village").
_LABOUR = re.compile(
    r"\b(?:workers|unions?|labou?r|wages?|salar(?:y|ies)|pay|pensions?|employees|staff|"
    r"teachers|doctors|nurses|drivers|general strike|walk-?out)\b",
    re.IGNORECASE,
)


# One of the alternatives a source offers is no strike told as such: "killed either in Israeli
# strikes or in clashes" (the clash it names is the event).
_EITHER = re.compile(r"\beither\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def state_strike(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "an Israeli strike on the village", "US strikes killed ...": a state's strike, not a
    labour strike nor one alternative of a guess."""
    return not _LABOUR.search(sentence) and not _EITHER.search(sentence[:start])


# Harm a strike did, told in its sentence: "strikes hit Saraqib and Binnish, killing 14" (air59).
_HARM = re.compile(
    r"\b(?:kill(?:ed|ing|s)|dead|died|wound(?:ed|ing|s)|injur(?:ed|ing|ies)|casualties|"
    r"civilians|destroy(?:ed|ing))\b",
    re.IGNORECASE,
)


# A place or target told hit in the passive, with no doer: "The village of X was also hit",
# "two targets near Idlib were also struck" (the subject ends the clause before the verb).
_STRUCK_SITES = (
    "villages?|towns?|cit(?:y|ies)|districts?|neighbou?rhoods?|areas?|markets?|hospitals?|"
    "schools?|mosques?|camps?|bases?|positions?|targets?"
)
_HIT_SUBJECT = re.compile(
    rf"(?:{_STRUCK_SITES}|(?-i:[A-Z])[\w'’-]+)\s+(?:was|were|had|has|have)"
    r"(?:\s+(?:also|likewise|been)){0,2}\s+$",
    re.IGNORECASE,
)


def hit_after_aircraft(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Warplanes pounded Saraqib. The village of X was also hit.": a place or target told hit
    in the passive right after a sentence of aircraft striking, with no doer, means or act of
    its own (air59)."""
    if not previous or not _HIT_SUBJECT.search(sentence, 0, start):
        return False
    if OWN_ACT.search(sentence[:start]) or OWN_ACT.search(sentence, end):
        return False
    return strike_told_in(previous)


def strikes_again_after_aircraft(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Warplanes struck A." then "The group lost more men in similar strikes on its dens in
    B": the bare plural told as more of the same, right after a sentence of aircraft striking
    (fifty-fourth round, air74); not a labour strike."""
    return state_strike(sentence, start, end, previous) and strike_told_in(previous)


def strike_harm(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "strikes hit Saraqib, killing four", "a strike on a market killed 11": a strike of
    war told with the harm it did; not a labour strike ("strikes hit Paris")."""
    return state_strike(sentence, start, end, previous) and _HARM.search(sentence) is not None


# Aircraft and drones bought, sold or delivered are no strike: "Turkey sold attack drones to
# the army", "the air force bought ten warplanes" (review, sixteenth round). A compound names
# the aircraft's maker, not a sale: "Russian-supplied warplanes bombed the town" is a strike.
_TRADED = re.compile(
    r"(?<!-)\b(?:b(?:uy|uys|uying|ought)|s(?:ell|ells|elling|old)|suppl(?:y|ies|ied|ying)|"
    r"deliver(?:s|ed|ing|y|ies)?|acquir(?:e|es|ed|ing)|acquisitions?|purchas(?:e|es|ed|ing)|"
    r"procur\w*|export(?:s|ed|ing)?|import(?:s|ed|ing)?|donat(?:e|es|ed|ing)|"
    r"arms deals?|contracts? (?:for|to))\b",
    re.IGNORECASE,
)


def not_traded(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "warplanes struck the town", not "the army bought ten warplanes"."""
    return _TRADED.search(clause_before(sentence, start)) is None


def flown_strike(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "warplanes struck the town", not aircraft traded ("bought ten warplanes") nor told as a
    ground force's support ("units backed by warplanes killed 40 militants")."""
    return not_traded(sentence, start, end, previous) and not AIR_SUPPORT_BEFORE.search(
        sentence[:start]
    )


# A drone that crashed by mishap is no strike: "a police surveillance drone crashed into a house
# during a training flight", "the drone lost contact and crashed into a field" (review,
# eighteenth round); "two drones crashed into private homes" is.
_MISHAP = re.compile(
    r"\b(?:(?:training|test|routine|delivery|surveillance|reconnaissance)\s+(?:flights?|drones?|"
    r"missions?)|malfunction\w*|lost\s+(?:contact|control|signal)|technical\s+(?:fault|failure|"
    r"problems?|glitch)|mechanical\s+(?:fault|failure|problems?)|accident(?:al|ally)?|"
    r"no\s+one\s+was\s+(?:hurt|injured|killed))\b",
    re.IGNORECASE,
)


def not_a_mishap(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "two drones crashed into private homes", not "a surveillance drone crashed into a house
    during a training flight"."""
    return _MISHAP.search(sentence) is None
