"""Context gates: wordings that report an event only with the right agent, object or aim.

"Police hit two women" is an attack, "the storm hit two men" none; "residents stoned two
policemen" is mob violence, "stoned on drugs" none. Without its context a gated wording's span
is still taken (no lower lexicon row may claim it) but yields no trigger.
"""

from __future__ import annotations

import re

from .refinement import PASSIVE, PROTESTERS, clause_before, kind_of, nearest_party

_HUMAN_AGENTS = frozenset({"crowd", "armed", "protesters"})
_ASSAILANTS = re.compile(
    r"\b(?:assailants|attackers|thugs|robbers|vigilantes|kidnappers|hitm[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)
_THINGS = re.compile(r"^(?:homes?|houses?|village|market)$", re.IGNORECASE)
# A body found bound or wrapped is a killing; a parcel or a sleeper found wrapped is not.
_DEATH = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|dead|lifeless|decompos\w+|died|death|killed|murdered|slain)\b",
    re.IGNORECASE,
)
# The words of a grievance, shared by the two aims below.
_GRIEVANCE_WORDS = (
    r"in protest|protest\w*|demonstrat\w+|demand\w*|denounc\w*|condemn\w*|"
    r"(?:to|and) (?:reject|oppose|voice|express|decry)|(?:call|ask|press)(?:s|ed|ing)? for|"
    r"justice for|unpaid|grievances?|discontent|anger|angry|outrage\w*"
)
# Streets filled, slogans chanted, a march joined or Labour Day marked are a protest only when
# the sentence says what for: "to celebrate the victory" or "with a picnic" is none.
_PROTEST_AIM = re.compile(
    rf"\b(?:{_GRIEVANCE_WORDS}|against|anti-[\w-]+|in solidarity with|arrears|"
    r"(?:higher|better|more) (?:wages?|pay|salar(?:y|ies)|pensions?))\b",
    re.IGNORECASE,
)
# Barricades and burning tyres are a violent demonstration only when a crowd sets them or the
# sentence gives a grievance ("engineers built barricades against the flood" gives none).
# ("against" is no grievance here: barricades are built against floods.)
_RIOT_AIM = re.compile(rf"\b(?:{_GRIEVANCE_WORDS})\b", re.IGNORECASE)
# A demand for unpaid wages is a protest when it is made in person, not in a letter.
_GATHERING = re.compile(
    r"\b(?:gathered|assembled|massed|converged|camped|outside|in front of|at the gates?|"
    r"sit-?ins?|strike|marched|blocked|occupied|picket\w*|protest\w*|demonstrat\w+)\b",
    re.IGNORECASE,
)
_HIT = re.compile(r"hit\b", re.IGNORECASE)
_STONED = re.compile(r"ston(?:ed|ing)\b", re.IGNORECASE)
_FOUND_TIED = re.compile(r"found\b.*\b(?:wrapped|bound|tied|handcuffed)$", re.IGNORECASE)
_STREETS_SLOGANS_MARCH = re.compile(
    r"(?:came|poured|spilled|hit the streets|took to the streets|"
    r"chant|shout|rais|commemorat|celebrat|join)",
    re.IGNORECASE,
)
_DEMANDED_PAY = re.compile(r"demand", re.IGNORECASE)
_BARRICADES_TYRES = re.compile(r"barricad|erected|built|set up|put up|burn", re.IGNORECASE)


def _human_agent(sentence: str, start: int) -> bool:
    clause = clause_before(sentence, start)
    return kind_of(clause, last=True) in _HUMAN_AGENTS or _ASSAILANTS.search(clause) is not None


def _person_object(sentence: str, end: int) -> bool:
    """Whether the words right after ``end`` name a person, a crowd or the forces."""
    words = " ".join(sentence[end:].split()[:4])
    nearest = nearest_party(words, last=False)
    return nearest is not None and not (
        nearest[0] == "civilian" and _THINGS.match(nearest[1].group())
    )


def in_context(event_type: str, sentence: str, start: int, end: int, previous: str = "") -> bool:
    """Whether the trigger ``sentence[start:end]`` has the agent, object or aim it needs.

    ``previous`` is the sentence before, where "they" of "they also burned tyres" was named.
    """
    words = sentence[start:end]
    if event_type == "attack_on_civilians":
        if _HIT.match(words):  # "police hit two women", not "the storm hit two men"
            return _human_agent(sentence, start)
        if _STONED.match(words):  # "residents stoned two policemen", not "stoned on drugs"
            after = sentence[end:]
            if words.lower().endswith("to death") or re.match(r"\s+(?:\w+\s+)?by\b", after):
                return True
            return not PASSIVE.search(sentence[:start]) and _person_object(sentence, end)
        if _FOUND_TIED.match(words):
            return _DEATH.search(sentence) is not None
    elif event_type == "protest":
        if _DEMANDED_PAY.match(words):
            return _GATHERING.search(sentence) is not None
        if _STREETS_SLOGANS_MARCH.match(words):
            return _PROTEST_AIM.search(sentence) is not None
    elif event_type == "riot" and _BARRICADES_TYRES.match(words):
        clause = clause_before(sentence, start)
        if kind_of(clause, last=True) in {"crowd", "protesters"} or _RIOT_AIM.search(sentence):
            return True
        return re.search(r"\bthey\b", clause, re.I) is not None and bool(
            PROTESTERS.search(previous) or _RIOT_AIM.search(previous)
        )
    return True
