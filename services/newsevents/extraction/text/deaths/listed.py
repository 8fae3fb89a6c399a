"""The dead told in parts, as a list of people and counts joined by commas and "and": "killed a
man, his wife and their three children" (5), "the commander, his deputy and 12 of their men
were killed" (14), "a child, a woman and an elderly man were killed" (3), "the commander and his
two bodyguards were killed" (3), "claiming the lives of a man and his wife" (2: after the lives
an act took, two persons told by an article or a possessive are a list too). The other
wordings read one or two of the parts (the first object, the last count and the one before
it); this one reads every part, so it is read before them (:func:`.find_deaths`), and a list
of its own kind counts once.

A part is one person (a determiner or possessive, up to two words, a noun of a role or of
kin), a count of people ("20 other fighters", "their three children", "12 of their men"), or a
name. The list holds three parts or more, or two where the second is a count of the first's
kin or men ("and his two bodyguards"); it is the object of a verb of killing or the subject of
a passive death. Not a list whose last part opens a clause of its own ("killed a man, his wife
and his son was wounded"), nor the killed and wounded (:data:`.words.DIED` refuses them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numbers import COMPOUND, WORDS, number_value
from .broken_down import breakdown_total, may_hold
from .named import PERSON_NAME
from .words import (
    ADVERBS,
    ANYONE,
    DIED,
    KILL_VERB,
    KIN,
    KIN_CLAUSE,
    KIN_PLURAL,
    LIVES_OF,
    REPORTED,
    ROLE,
)

# Words a part's adjectives cannot be: a clause, a preposition, a verb of the sentence.
_NOT_ADJECTIVE = (
    r"(?!(?:and|or|but|who|which|that|was|were|is|are|had|has|have|been|in|on|at|of|near|from|"
    r"by|with|while|after|killed|killing|died|dead|wounded|injured|including|among)\b)"
)
_ADJECTIVE = rf"(?:{_NOT_ADJECTIVE}[\w'’-]+\s+)"
# one person's nouns the roles and kin leave out, as lists of a family's dead name them
_MORE_PERSONS = r"(?:neighbou?r|relative|guest|baby|infant|toddler|grandchild|brother-in-law)"
# what a person's noun is of: "the commander of the Ahrar al-Sham group"
_OF_WHOM = rf"(?:\s+of\s+(?:the\s+)?{_NOT_ADJECTIVE}[\w'’-]+(?:\s+{_NOT_ADJECTIVE}[\w'’-]+){{0,3}})"
_ONE = (
    rf"(?i:(?:the|a|an|one|another|his|her|their|its)\s+{_ADJECTIVE}{{0,2}}?"
    rf"(?:{ROLE}|{KIN}|{_MORE_PERSONS})\b{_OF_WHOM}?)"
)
_COUNT = rf"(?:\d{{1,3}}|{COMPOUND}|{WORDS})"
# people counted: plural nouns ("20 other fighters", "three children", "12 of their men")
_PEOPLE = (
    rf"(?:{KIN_PLURAL}|others|people|persons|civilians|men|women|children|kids|soldiers|"
    r"fighters|militants|members|guards|bodyguards|policemen|officers|troops|terrorists|"
    r"jihadists|rebels|gunmen|aides|family members|relatives|students|workers|residents)"
)
_COUNTED = (
    rf"(?i:(?:(?:his|her|their|its)\s+)?(?:at least\s+|another\s+)?(?P<c>{_COUNT})\s+"
    rf"(?:other\s+|more\s+)?(?:of\s+(?:his|her|their|its|the)\s+)?{_ADJECTIVE}{{0,2}}?"
    rf"{_PEOPLE})\b"
)
# What opens no name in a list: the words that open a sentence or a phrase of place or time.
_NOT_A_NAME = (
    r"(?!(?:In|On|At|Near|From|Meanwhile|Elsewhere|Later|Earlier|Also|Separately|Yesterday|"
    r"Today|After|During|Before|Since|Among|According|Published|Updated)\b)"
)
_PART = rf"(?:{_ONE}|{_COUNTED.replace('(?P<c>', '(?:')}|{_NOT_A_NAME}{PERSON_NAME})"
# the second part of a list of two: a count of the first's kin or men ("and his two sons")
_KIN_COUNTED = (
    rf"(?i:(?:his|her|their|its)\s+{_COUNT}\s+{_ADJECTIVE}{{0,1}}?"
    rf"(?:{KIN_PLURAL}|bodyguards|guards|aides|men|companions|escorts))\b"
)
# parts are set apart by commas, or by a bare space before a possessive where an outlet's copy
# drops its commas ("killed a man his wife and their three children")
_APART = r"(?:,\s+|\s+(?=(?i:his|her|their)\s))"
# (one more part told after the list: "a man and his two daughters as well as a neighbour" is
# four; forty-ninth round, wire69)
_AS_WELL_AS = r"\s+(?i:as\s+well\s+as)\s+"
_LIST = (
    rf"(?:(?:{_PART}(?:{_APART}{_PART})+,?\s+and\s+{_PART}|{_PART}\s+and\s+{_KIN_COUNTED})"
    rf"(?:{_AS_WELL_AS}{_PART})?)"
)
# a list after a preposition is a place's or a company's, not the dead
_NOT_AFTER_PREPOSITION = (
    r"(?<![Ii]n )(?<![Oo]f )(?<![Ff]rom )(?<![Aa]t )(?<![Tt]o )(?<![Oo]n )(?<![Ww]ith )"
    r"(?<![Bb]y )(?<![Nn]ear )(?<![Bb]etween )(?<![Aa]mong )(?<![Ii]ncluding )"
)
_PASSIVE = (
    rf"(?:(?i:(?:were|had been|have been|are)\s+){REPORTED}{ADVERBS}(?i:{DIED})"
    r"|(?i:(?:also\s+)?(?:died|perished))\b"
    r"(?!\s*(?:and|or|and/or|&)\s*(?:wounded|injured|maimed)))"
)
# two persons after the lives they lost: "a man and his wife", "a man and a woman"
_TWO = rf"{_ONE}\s+and\s+{_ONE}"
LISTED_DEAD = re.compile(
    rf"(?:(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?i:\b{KILL_VERB})\s+(?P<n>{_LIST})"
    # the last part as the subject of a clause of its own: "and his son was wounded"
    rf"(?!\s+(?i:{KIN_CLAUSE}|wounded|injured))"
    # (the lives of a list or of two persons: "claiming the lives of a man and his wife")
    rf"|(?i:\b{LIVES_OF})\s+(?P<l>{_LIST}|{_TWO})(?!\s+(?i:{KIN_CLAUSE}|wounded|injured))"
    # (the list set off by commas: "Three people, two women and a child, were killed")
    rf"|{_NOT_AFTER_PREPOSITION}\b(?P<p>{_LIST}),?\s+{_PASSIVE})"
)

# Where a list of the dead can close: an "and" between a person's word (or a name) and a part.
# The full pattern opens anywhere, so it runs only around such an "and" in a sentence that tells
# a death (the cost of reading every position of every text was twice the other wordings').
_AND = re.compile(r"\band\s+")
_BEFORE_AND = re.compile(
    rf"(?:\b(?i:{ROLE}|{KIN}|{_MORE_PERSONS}|{_PEOPLE}|{KIN_PLURAL})s?|[A-Z][\w'’.-]*\w),?\s+$"
)
_AFTER_AND = re.compile(rf"(?:{_KIN_COUNTED}|{_PART})")
_DEATH_WORD = re.compile(
    r"kil|died|dead|perish|behead|decapitat|execut|murder|assassin|massacr|slaughter|slew|"
    r"lynch|gunned|shot|slain|martyr|lives\s+of",
    re.IGNORECASE,
)
_STOPS = ".;:!?"
_REACH = 240  # characters a list and its verb span at most on either side of its "and"


def listed_dead(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`LISTED_DEAD` in ``text``, in order, sought only in the sentences
    where an "and" joins a person's word to a part of a list and a word of death is told."""
    done = 0
    for conj in _AND.finditer(text):
        at = conj.start()
        # the part after the "and" is read first: one anchored match, where the word before it
        # is a search over the 60 characters before (most of an article's "and"s fail here)
        if at < done or _AFTER_AND.match(text, conj.end()) is None:
            continue
        if _BEFORE_AND.search(text, max(0, at - 60), at) is None:
            continue
        start = max([text.rfind(stop, max(0, at - _REACH), at) for stop in _STOPS]) + 1
        start = max(start, at - _REACH)
        ends = [text.find(stop, at, at + _REACH) for stop in _STOPS]
        end = min([e for e in ends if e >= 0], default=min(len(text), at + _REACH))
        if _DEATH_WORD.search(text, start, end) is None:
            continue
        for match in LISTED_DEAD.finditer(text, start, end):
            if match.start() >= done:
                done = match.end()
                yield match
        done = max(done, end)


_ONE_PART = re.compile(_ONE)
_COUNTED_PART = re.compile(_COUNTED)
_KIN_PART = re.compile(
    rf"(?i:(?:his|her|their|its)\s+(?P<c>{_COUNT})\s+{_ADJECTIVE}{{0,1}}?"
    rf"(?:{KIN_PLURAL}|bodyguards|guards|aides|men|companions|escorts))\b"
)
_NAME_PART = re.compile(PERSON_NAME)
_ANYONE = re.compile(rf"\b{ANYONE}\b", re.I)
_APPOSITION = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)
_SEPARATOR = re.compile(r",?\s+and\s+|,\s+|\s+(?=(?i:his|her|their)\s)|\s+as\s+well\s+as\s+")


def listed_count(listed: str) -> float:
    """How many dead a list matched by :data:`LISTED_DEAD` holds: one for each person or
    name, the figure of each count."""
    counts: list[float] = []
    position, after_name, after_one = 0, False, False
    while position < len(listed):
        counted = _KIN_PART.match(listed, position) or _COUNTED_PART.match(listed, position)
        one = _ONE_PART.match(listed, position)
        name = _NAME_PART.match(listed, position) if one is None else None
        took_one = False
        if counted is not None and (one is None or counted.end() >= one.end()):
            counts.append(number_value(counted.group("c").lower()) or 1.0)
            position = counted.end()
        elif one is not None:
            took_one = True
            # a role right after a name is the name's apposition, not one more dead: "Tomas
            # Verel, a commander of the front, and two other fighters" is three
            if not (after_name and _APPOSITION.match(one.group())):
                counts.append(1.0)
            position = one.end()
        elif name is not None:
            # a name between commas right after one person is that person's name, not one more
            # dead: "a Taliban commander, Mullah Ahmad, and two of his fighters" is three
            if not (after_one and listed.startswith(",", name.end())):
                counts.append(1.0)
            position = name.end()
        else:
            break
        after_name = name is not None
        after_one = took_one
        separator = _SEPARATOR.match(listed, position)
        if separator is None:
            break
        position = separator.end()
    # a count of people who can be anyone broken down into the parts after it ("killed two
    # civilians, a woman and a child" is two; forty-fourth round)
    # (not where civilians' parts are soldiers: "two civilians, a soldier and a policeman")
    first = _COUNTED_PART.match(listed)
    anyone = None if first is None else _ANYONE.search(first.group())
    return breakdown_total(
        counts,
        anyone is not None and may_hold(anyone.group(), listed[first.end() :] if first else ""),
    )
