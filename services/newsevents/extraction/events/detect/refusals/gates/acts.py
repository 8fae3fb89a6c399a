"""Gates on what a wording names of people: a death beside a body found wrapped, the hurt not
arriving, vigilantes acting and not hit, armed men not fleeing after their own act, an abduction
and not the police leading the arrested away, a season's violence with no act told beside it,
and diplomats not expelled. Strikes are :mod:`.strikes`, weapons fired :mod:`.weapons`.
"""

from __future__ import annotations

import re

from .....text.numbers import counting
from .....vocabulary import ATTACKER_NOUNS
from ...sides.agents import clause_before
from ...sides.parties import nearest_party

# Vigilantes hit are no mob (forty-fifth round): "Boko Haram insurgents attacked Gajiram, killing
# five vigilantes", "gunmen abducted two members of a vigilante group", "three vigilantes were
# shot dead"; "attacked by a vigilante group" and "vigilantes lynched a thief" are the mob's act.
_HIT_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|"
    r"abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|ambush(?:ed|ing|es)?|behead(?:ed|ing|s)?|"
    r"murder(?:ed|ing|s)?|slaughter(?:ed|ing|s)?)\s+"
    rf"(?:(?:at\s+least|about|some|several|scores\s+of|dozens\s+of|\d+|{counting(1, 20)}|"
    r"the|a|an|local|suspected|armed|civilian)\s+){0,4}"
    r"(?:members?\s+of\s+(?:a|the)\s+(?:local\s+)?)?$",
    re.IGNORECASE,
)
_HIT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot|wounded|injured|abducted|kidnapped|beheaded|murdered)\b",
    re.IGNORECASE,
)


def vigilantes_act(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "vigilantes lynched a thief", not "killing five vigilantes"."""
    return (
        _HIT_BEFORE.search(sentence, 0, start) is None and _HIT_AFTER.match(sentence, end) is None
    )


# A body found bound or wrapped is a killing; a parcel or a sleeper found wrapped is not.
_DEATH = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|dead|lifeless|decompos\w+|died|death|killed|murdered|slain)\b",
    re.IGNORECASE,
)


def death_named(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "a body was found wrapped in a sack", not "a parcel was found wrapped"."""
    return _DEATH.search(sentence) is not None


# "the wounded from the blast arrived at a clinic": the hurt and the dead arrive, no force;
# "30 wounded, some of whom were evacuated": the hurt are moved, no one displaced.
_THE_HURT = re.compile(
    r"\b(?:bod(?:y|ies)|victims?|wounded|injured|casualties|patients|dead|corpses?|remains)\b"
    r"(?:,?\s+[\w-]+){0,6}\s*$",
    re.IGNORECASE,
)


def not_the_hurt(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "reinforcements arrived in Idlib", not "the bodies of six victims arrived at a clinic"."""
    return _THE_HURT.search(sentence[:start]) is None


# Armed men who flee after their own act escape; no one is displaced: "the attackers burned
# dozens of homes before fleeing into the bush", "gunmen killed four villagers and fled"
# (forty-fourth round, lead64). Not "the militants stormed the town and residents fled".
_AFTER_THEIR_ACT = re.compile(r"(?:\bbefore|\bafter|\band(?:\s+then)?|,\s*then)\s+$", re.IGNORECASE)
_ARMED_SUBJECT = re.compile(
    r"^\W*(?:[\w,-]+\s+){0,5}?"
    rf"(?:{ATTACKER_NOUNS}|bandits?|militiam[ae]n|kidnappers?|abductors?)\b",
    re.IGNORECASE,
)


def not_attackers_fleeing(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "residents fled the fighting", not armed men fleeing after their own act."""
    if not _AFTER_THEIR_ACT.search(sentence, 0, start):
        return True
    # (the sentence's subject, told in its first words: "On Tuesday, Islamist insurgents ...")
    return _ARMED_SUBJECT.match(sentence, 0, start) is None


# People led away after their arrest, or by the police: "police arrested three men and took
# them away", "officers led the suspects away" (an arrest told on; the abduction is the captors'
# act: "gunmen took five passengers into the bush").
_ARREST_BEFORE = re.compile(
    r"\b(?:arrest\w*|detain\w*|apprehend\w*|nabb(?:ed|ing)|custody|rounded up)\b", re.IGNORECASE
)


_POLICE = re.compile(
    r"\b(?:police(?:m[ae]n)?|officers|security forces|gendarmes?|gendarmerie|"
    r"cops|detectives|agents)\b",
    re.IGNORECASE,
)


def not_an_arrest(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen took five passengers into the bush", not "police arrested three men and took
    them away" nor "officers led the men away"."""
    if _ARREST_BEFORE.search(sentence, 0, start):
        return False
    clause = clause_before(sentence, start)
    nearest = nearest_party(clause, last=True)
    if nearest is None:
        return True
    # the party's phrase with the word before its head: "security forces", "riot police"
    phrase = clause[max(0, nearest[1].start() - 10) : nearest[1].end()]
    return _POLICE.search(phrase) is None


# The acts a sentence tells beside a season's violence, which keep their own types: "two were
# killed by an armed gang in the post-election violence" is the gang's attack.
_ACTS_TOLD = re.compile(
    r"\b(?:kill\w*|murder\w*|attack\w*|clash\w*|battl\w*|fight\w*|fought|raid\w*|shot|"
    r"shoot\w*|gun\w*|hack\w*|stabb?\w*|arrows?|machetes?|bod(?:y|ies)|dead|died|die|deaths?|"
    r"armed|gangs?|rap(?:e|ed|es|ing)|assault\w*|live rounds)\b",
    re.IGNORECASE,
)


# A season told as the past: "survivors of the 2008 election violence", "since the violence",
# "a long history of post-election violence", "the post-election violence of 2007" (review).
_SEASON_PAST = re.compile(
    r"(?:\b(?:\d{4}(?:-\d{2,4})?|survivors of|victims of|since|anniversary of|last|"
    r"history of|memories of|legacy of|scars of|wake of|repeat of|recurrence of|haunted by)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)


_SEASON_YEAR_AFTER = re.compile(r"^\s+(?:of|in)\s+\d{4}\b")


def violence_untold(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "two injured in post-election violence", "4 vehicles burnt in post-election violence";
    not "killed by an armed gang in the post-election violence" (the gang's attack) nor
    "survivors of the 2008 election violence" (the past)."""
    return (
        not _ACTS_TOLD.search(sentence)
        and not _SEASON_PAST.search(sentence[:start])
        and not _SEASON_YEAR_AFTER.match(sentence[end:])
    )


# Diplomats expelled are diplomacy, no one displaced: "expelled Russian diplomats", "the number of
# envoys who were expelled" (twenty-sixth round, spur46).
_DIPLOMATS = re.compile(
    r"\b(?:diplomats?|envoys?|ambassadors?|consul\w*|embassy|embassies|attach[ée]s?|"
    r"diplomatic staff)\b",
    re.IGNORECASE,
)


def not_diplomats(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "militants expelled 300 families from the village", not "expelled Russian diplomats"."""
    return _DIPLOMATS.search(sentence) is None
