"""Armed men told as the dead or hurt of a sentence (for :func:`..refinement.refine_type` and the
merging pass ``forces_among_dead``): on duty, right before the word telling their harm ("More
than a dozen soldiers died"), as an item of a counted list ("16 soldiers and two civilians were
killed", "killing three civilians and five police officers"), in what a toll of people includes
or after "among the dead", or as a counted subject ("The monitor said 11 regime fighters were
killed"); not by a possessive, as kin, off duty, nor the attackers' own kinds in a toll's list.
"""

from __future__ import annotations

import re

from .....text.numbers import SEVERAL_WORDS, counting
from ...sides.agents import clause_before
from ...sides.parties import ARMED, is_off_duty, nearest_party

# The dead or hurt of a sentence, told before their word: "a dozen soldiers died as gunmen
# attacked the north" (the attack names no one hit after it: its dead are the hit).
# Only intransitive and passive forms: "a sniper wounded three children" names the agent, not
# the hurt.
_HURT = re.compile(
    r"\b(?:died|lost their lives|(?:was|were|been|being|got)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred))\b",
    re.IGNORECASE,
)


# The dead or hurt of a sentence told as a list of counted items joined by "and", the subject
# of a passive harm verb ("16 soldiers and two civilians were killed", "3 militants and 2
# security officials were killed"), or the forces a toll of people includes ("killed at least
# 12 people, including a number of Kurdish forces").
_LISTED_HURT = re.compile(
    r"\b(?:was|were|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred|beheaded|slain)\b",
    re.IGNORECASE,
)
_COUNTED = (
    r"(?:(?:at least|about|nearly|around|more than|over|some)\s+)?"
    rf"(?:\d+|an?|one|{SEVERAL_WORDS})\s+[^,;:()]{{1,60}}?"
)
_COUNTED_LIST = re.compile(
    rf"\b{_COUNTED}(?:\s*,\s*{_COUNTED})*\s*,?\s+and\s+{_COUNTED}\s*$", re.IGNORECASE
)
_TOLL_INCLUDING = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+"
    r"(?:(?:at least|about|nearly|around|more than|over|some)\s+)?[\w-]+\s+"
    r"(?:people|persons|individuals)\s*,?\s+(?:including|among them)\s+(?P<who>[^,;:.()]{1,60})",
    re.IGNORECASE,
)

# The dead or hurt told as the counted list an act's own harm verb takes ("killing three
# civilians and five police officers", "killed 15 civilians and 27 pro-government fighters"),
# or named after "among the dead" ("Among the dead were five soldiers", "eight of the dead were
# soldiers"; thirty-seventh round).
_KILLED_LIST = re.compile(
    rf"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left)\s+"
    rf"(?P<who>{_COUNTED}(?:\s*,\s*{_COUNTED})*\s*,?\s+and\s+{_COUNTED})"
    r"(?=[,;:.()]|\s+(?:with|in|at|on|near|during|when|as|after|while|including)\b|$)",
    re.IGNORECASE,
)
# A participle after "were": the dead told harmed, not who they were.
_PASSIVE = r"(?:(?!armed\b)\w+ed|taken|beaten|shot|hit|struck|slain|by)"
_AMONG_DEAD = re.compile(
    rf"\b(?:among|(?:\d+|{counting(1, 10)}|most|some|all) of)\s+"
    r"(?:the|those) (?:dead|killed|victims|wounded|injured|casualties)\s*"
    rf"(?:were|was|are|is)\s+(?!{_PASSIVE}\b)"
    r"(?P<who>[^,;:.()]{1,60})|"
    r"\b(?:the|all) (?:dead|victims) (?:were|included)\s+(?:all\s+)?"
    # (not a passive: "the victims were killed by shells fired by regime forces")
    rf"(?!(?:{_PASSIVE}|in|at|on|from|among)\b)"
    r"(?P<all>[^,;:.()]{1,60})",
    re.IGNORECASE,
)

# An item of a list told as one man ("a guard", "one policeman").
_ONE_MAN = re.compile(r"\s*(?:an?|one|another)\s", re.IGNORECASE)


def _armed_items(words: str) -> list[str]:
    """The items of a counted list that name armed men."""
    return [item for item in re.split(r",|\band\b", words) if ARMED.search(item)]


def armed_among_hurt(sentence: str, end: int, *, listed: bool = True) -> bool:
    """Whether armed men on duty are among the listed dead or hurt of the act ending at
    ``end``: one item of a counted list told as the subject of a passive harm verb ("at least
    16 soldiers and two civilians were killed during an attack"), or named in what a toll of
    people includes ("an attack ... killed 12 people, including a number of Kurdish forces").
    A possessive names no armed man ("a soldier's wife and two children were killed"), nor do
    words before the list ("inside the police station, 2 prisoners were killed").
    ``listed``: whether to read the counted list (not when the act's agent is told: "... were
    wounded following an attack by Taliban militants" is read by its sides)."""
    spans: list[tuple[int, str, bool]] = []
    for m in _LISTED_HURT.finditer(sentence, 0, end if listed else 0):
        subject = clause_before(sentence, m.start())
        counted = _subject_list(subject)
        if counted is not None:
            spans.append((m.start() - len(subject) + counted.start(), counted.group(), False))
    for m in _TOLL_INCLUDING.finditer(sentence):
        spans.append((m.start("who"), m.group("who"), True))
    for m in _KILLED_LIST.finditer(sentence):
        # (one man of a list is a lone member: "killed two teachers and a guard")
        if any(_ONE_MAN.match(item) is None for item in _armed_items(m.group("who"))):
            spans.append((m.start("who"), m.group("who"), True))
    for m in _AMONG_DEAD.finditer(sentence):
        who = "who" if m.group("who") is not None else "all"
        spans.append((m.start(who), m.group(who), True))
    return any(
        _armed_on_duty(sentence, offset, words, included=included)
        for offset, words, included in spans
    )


def _armed_on_duty(sentence: str, offset: int, words: str, *, included: bool) -> bool:
    """Whether ``words`` (at ``offset`` in ``sentence``) name armed men on duty: not by a
    possessive ("a soldier's wife"), nor as their kin, nor men off duty; nor, when the words are
    a toll's own list (``included``), the attackers' kinds ("three of the gunmen")."""
    return any(
        not re.match(r"['’]s?\b", words[a.end() :])
        and not _KIN_OF.search(words, 0, a.start())
        and not (included and _NOT_FORCES.fullmatch(a.group()))
        and not is_off_duty(sentence, offset + a.start(), offset + a.end())
        for a in ARMED.finditer(words)
    )


# The whole subject a counted phrase, after any teller ("The monitor said 11 soldiers"); not
# one man ("a soldier"), whom a lone death of the attack's tells less surely.
_COUNTED_SUBJECT = re.compile(rf"^\s*(?!an?\s){_COUNTED}\s*$", re.IGNORECASE)
_TELLER = re.compile(
    r"\b(?:said|says|say|reported|reports|told|added|stated|confirmed)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def armed_counted_dead(sentence: str) -> bool:
    """Whether the sentence's dead or hurt, a counted subject of a passive harm verb, are armed
    men on duty, whoever they fought for ("The monitor said 11 regime fighters were killed",
    "Eight soldiers were wounded"); not the attackers' kinds ("five gunmen were killed"). The
    merging pass reads it of a retelling, with the force it names besides the attacker."""
    for m in _LISTED_HURT.finditer(sentence):
        subject = _TELLER.split(clause_before(sentence, m.start()))[-1]
        counted = _COUNTED_SUBJECT.search(subject)
        if counted is None:
            continue
        offset = m.start() - len(subject) + counted.start()
        # ("five gunmen were killed": the attackers' own, read as a toll's list)
        if _armed_on_duty(sentence, offset, counted.group(), included=True):
            return True
    return False


# Armed men a toll of people includes who are no force on duty: the attackers themselves or
# criminals ("Gunmen stormed a hotel, killing 12 people, including three of the gunmen",
# "including two bandits held by villagers"; review43). The forces it includes make the battle.
_NOT_FORCES = re.compile(
    r"gunmen|militants?|insurgents?|jihadists?|terrorists?|rebels?|bandits?|separatists|"
    r"guer(?:r)?illas?|(?:cattle )?raiders?|(?:cattle )?rustlers?|pirates?|armed criminals|"
    r"gang members?|gangsters?|gangs?|hitm[ae]n|suspects|mercenaries|"
    r"armed (?:m[ae]n|individuals?|persons?|people|assailants|attackers)",
    re.IGNORECASE,
)


# A list that is the object of a preposition is no subject: "Near an army base outside the
# town, two farmers and a child were killed", "The wife of a police officer and two of their
# children were killed" (review43).
_AFTER_PREPOSITION = re.compile(
    r"\b(?:near|in|at|on|outside|inside|of|from|by|with|into|onto|against|towards?|behind|"
    r"beside|around|across|along|between|off|past|through|under|over|for|after|before|"
    r"during|amid|among)\s+$",
    re.IGNORECASE,
)
# A relative of an armed man names no armed man: "including the wife of a soldier".
_KIN_OF = re.compile(
    r"\b(?:wi(?:fe|ves)|husbands?|widows?|sons?|daughters?|child(?:ren)?|famil(?:y|ies)|"
    r"relatives?|mothers?|fathers?|brothers?|sisters?|parents?|homes?|houses?)\s+of\s+"
    r"(?:(?:a|an|the|two|three|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _subject_list(subject: str) -> re.Match[str] | None:
    """The counted list that ends the clause ``subject`` as its subject: the longest one not
    told right after a preposition (whose object opens the match, not the dead)."""
    start = 0
    while (counted := _COUNTED_LIST.search(subject, start)) is not None:
        if not _AFTER_PREPOSITION.search(subject, 0, counted.start()):
            return counted
        start = counted.start() + 1
    return None


def armed_dead(sentence: str) -> bool:
    """Whether the sentence names armed men, on duty, as its dead or hurt, right before the word
    telling it ("More than a dozen soldiers died")."""
    for m in _HURT.finditer(sentence):
        before = clause_before(sentence, m.start())[-50:]
        offset = m.start() - len(before)
        party = nearest_party(before, last=True)
        if (
            party is not None
            and party[0] == "armed"
            and not is_off_duty(sentence, offset + party[1].start(), offset + party[1].end())
        ):
            return True
    return False
