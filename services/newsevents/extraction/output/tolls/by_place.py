"""A toll told place by place in one sentence: "31 people had died in Kourakou and 13 in
Tondobi", "up to 70 dead in A and 30 dead in B", "24 people had been killed in Yoro and 17 more
in the village of B", "killed two militants in A on Friday and three others in B on Thursday".
Each place's event takes its own place's count, wherever the article tells it (the lead's total
of both, or no toll at all, is not the act's): an act at one of the places is one occurrence of
its own, as annotators and ACLED code it. So does a count given to each place of a list: "two
people died in each of the villages A, B and C", "killing two people each in A and B" give every
place of the list that count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...document import PlaceMention, Sentence
from ...text.deaths.words import LIVES_OF
from ...text.numbers import COMPOUND, NUMBER_WORD, number_value

# One person told by "a" or "an": "killing a woman in Hish and a child in Al-Tah" (forty-eighth
# round, list68).
_ONE_PERSON = (
    r"an?(?=\s+(?:woman|man|child|boy|girl|civilian|person|baby|infant|teenager|youth"
    r"|fighter|soldier|member|policeman|farmer|shepherd)\b)"
)
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{COMPOUND}|{NUMBER_WORD}|{_ONE_PERSON})"
_BOUND = r"(?:(?:at least|up to|about|nearly|some|another|a further)\s+)?"
# The words of the dead between a count and its place ("people had died", "dead", "were
# killed on Monday evening"), none of the wounded's.
_WORDS = r"(?:(?!(?:injur\w*|wound\w*|hurt|and|or|but|in|at)\b)[\w'’-]+\s+)"


def _place(group: str, most: int) -> str:
    """A place of one to ``most`` words, the group ``p<group>``: the words up to a comma, a
    stop, "and" or a clause of time. (Fiftieth round, raid70: "as" opens a clause of time too,
    "two in Binnish as warplanes pounded the countryside".)"""
    return (
        rf"(?P<p{group}>(?:(?!(?:and|while|on|during|after|when|as)\b)[^\s,.;:!?]+\s*)"
        rf"{{1,{most}}}?)"
    )


# A pair's places: "in" or "at", or (fifty-first round, air71: wire copy tells an air strike's
# dead "around the town of A in eastern Homs and another six outside the town of B") around,
# near or outside, a place of up to eight words, its province told after it.
_AT = r"(?:in|at|around|near|outside)"
_PAIR = re.compile(
    rf"\b{_BOUND}(?P<n1>{_NUM})\s+(?P<w1>{_WORDS}{{0,7}}?){_AT}\s+{_place('1', 8)}"
    rf"\s*,?\s*(?:and|while|with)\s+{_BOUND}(?P<n2>{_NUM})\s+(?P<w2>{_WORDS}{{0,5}}?)"
    rf"{_AT}\s+{_place('2', 8)}"
    r"(?=\s*(?:[,.;:!?()]|$|(?:and|while|on|during|after|when|as)\b))",
    re.IGNORECASE,
)
# A participle of another fate after the second count: "10 arrested", "four injured".
_DONE_TO = re.compile(r"\b\w+(?:ed|en)\b", re.I)
_DEAD = re.compile(r"\b(?:kil+ed|dead|died|deaths?|slain|murdered|lives|massacred)\b", re.I)
# A count given to each place of a list: "two died in each of the villages A and B",
# "two people each in A and B" (the list runs to the end of the clause: not past "while", nor
# past a comma before a word in lower case, "A and B, a monitor in C said", but on past one
# before "and" or an article, "A, al-B and C").
_EACH = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?P<w>{_WORDS}{{0,5}}?)(?:(?:in|at)\s+each\s+of|each\s+in)\s+"
    r"(?P<list>(?:(?!\b(?:while|whereas|but|after|when)\b|"
    r"(?-i:,\s+(?!(?:and|or)\b|[a-z]{1,3}-)[a-z]))[^.;:!?]){1,160})",
    re.IGNORECASE,
)
# The dead counted before a chain that breaks them down: "22 people were killed on Friday,
# including 9 in Homs", "the dead included four in A".
_DEAD_BEFORE = re.compile(
    r"\b(?:kil+ed|dead|died|deaths?|toll)\b[^.;:!?]{0,60}?,?\s*(?:including|among them|of whom)\s+$"
    r"|\b(?:toll|dead)\s+(?:includes?|included)\s+$",
    re.IGNORECASE,
)
# The verb that killed both groups, before the first count: "the army killed two militants in
# Tripoli on Friday and three others in the town of Asoun on Thursday".
_KILLING = (
    r"\b(?:kil+ed|killing|kills|shot dead|gunned down|executed|murdered|massacred|slew"
    # the lives an act took: "claiming the lives of 23 civilians in A and 21 others in B"
    rf"|{LIVES_OF})"
)
_KILLED_BEFORE = re.compile(rf"{_KILLING}\s+$", re.I)
# A sentence that tells the dead: a word of death, or a verb of killing before a count ("killing
# 12 people in A and 4 others in B" has no word of death of its own).
_TOLD_DEAD = re.compile(rf"{_DEAD.pattern}|{_KILLING}\s", re.I)


# One item of a roundup's chain: a count, the words of the dead (none of the wounded's), "in" or
# "at" and the place, up to a comma, a stop, "and" or a clause of time.
_ITEM = re.compile(
    rf"\b{_BOUND}(?P<n>{_NUM})\s+(?P<w>{_WORDS}{{0,7}}?)(?:in|at)\s+{_place('', 6)}"
    r"(?=\s*(?:[,.;:!?()]|$|(?:and|while|on|during|after|when|with|as)\b))",
    re.IGNORECASE,
)
# What joins two items of one chain (read by ``match`` from the first item's end): a comma,
# "and", "while" or "with", after a day told ("in Douma on Friday, three in Harasta").
_CHAINED = re.compile(
    r"\s*(?:(?:on|during)\s+(?:[\w'’-]+\s*){1,3}?)?\s*(?:,\s*(?:and\s+|while\s+|with\s+)?"
    r"|(?:and|while|with)\s+)$",
    re.IGNORECASE,
)


def toll_at(sentences: Sequence[Sentence], place: PlaceMention | None) -> float | None:
    """The count a sentence of the article gives to ``place``'s dead, when it tells the dead of
    two places one by one or gives a count to each place of a list; None when no sentence
    does."""
    if place is None or len(place.text) < 3:
        return None
    named = re.compile(rf"\b{re.escape(place.text)}\b", re.IGNORECASE)
    for sentence in sentences:
        for pair in _pairs_of_the_dead(sentence.text):
            first = named.search(pair.group("p1")) is not None
            second = named.search(pair.group("p2")) is not None
            if first == second:
                continue
            value = _value(pair.group("n1" if first else "n2"))
            if value is not None and value > 0:
                return value
    for sentence in sentences:
        for chain in _series_of_the_dead(sentence.text):
            counts = [n for n, p in chain if named.search(p)]
            value = _value(counts[0]) if len(counts) == 1 else None
            if value is not None and value > 0:
                return value
    for sentence in sentences:
        for each in _each_of_the_dead(sentence.text):
            value = _value(each.group("n"))
            if named.search(each.group("list")) and value is not None and value > 0:
                return value
    return None


def _value(count: str) -> float | None:
    """A count's value, "a" or "an" one person."""
    return 1 if count.lower() in ("a", "an") else number_value(count)


def counted_elsewhere(sentence: Sentence, place: PlaceMention | None) -> bool:
    """Whether the sentence that lists ``place`` with others tells the dead of two other places
    of it one by one and none at ``place``: "struck Sarmin, Binnish and Taftanaz, killing three
    in Binnish and two in Taftanaz" counts no dead at Sarmin (forty-eighth round, list68)."""
    if place is None or len(place.text) < 3 or not sentence.span.contains(place.span):
        return False
    named = re.compile(rf"\b{re.escape(place.text)}\b", re.IGNORECASE)
    pairs = _pairs_of_the_dead(sentence.text)
    start = place.span.start - sentence.span.start
    return any(
        start < pair.start()
        and not named.search(pair.group("p1"))
        and not named.search(pair.group("p2"))
        and named.search(sentence.text, start, pair.start()) is not None
        for pair in pairs
    ) and not any(named.search(pair.group()) for pair in pairs)


@lru_cache(maxsize=1024)
def _each_of_the_dead(text: str) -> tuple[re.Match[str], ...]:
    """The counts of the dead a sentence gives to each place of a list."""
    if not _TOLD_DEAD.search(text):
        return ()
    return tuple(
        each
        for each in _EACH.finditer(text)
        if _DEAD.search(each.group("w"))
        or _KILLED_BEFORE.search(text, max(0, each.start() - 30), each.start())
    )


@lru_cache(maxsize=1024)
def _pairs_of_the_dead(text: str) -> tuple[re.Match[str], ...]:
    """The pairs of a count and a place of a sentence that tell the dead of both places (read
    once per sentence, not once per place an event of the article is at)."""
    if not _TOLD_DEAD.search(text):
        return ()
    found = []
    for pair in _PAIR.finditer(text):
        killed_before = _KILLED_BEFORE.search(text, max(0, pair.start() - 30), pair.start())
        dead = _DEAD.search(pair.group("w1")) or _DEAD.search(pair.group("w2"))
        if dead is None and killed_before is None:
            continue
        if not _DEAD.search(pair.group("w2")) and _DONE_TO.search(pair.group("w2")):
            continue  # "4 fighters died in an explosion and 8 held in B": no toll
        found.append(pair)
    return tuple(found)


@lru_cache(maxsize=1024)
def _series_of_the_dead(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The chains of three or more counts at places a sentence tells the dead in, each item
    (count, place): a roundup told place by place. The first item holds the words of the dead,
    or the killing is told right before it; an item that tells another fate ("10 arrested in
    B") ends the chain."""
    if not _TOLD_DEAD.search(text):
        return ()
    chains: list[list[re.Match[str]]] = []
    for item in _ITEM.finditer(text):
        words = item.group("w")
        if _DONE_TO.search(words) and not _DEAD.search(words):
            chains.append([])  # "4 fighters died in A and 8 held in B": no toll of B
            continue
        if chains and chains[-1] and _CHAINED.match(text, chains[-1][-1].end(), item.start()):
            chains[-1].append(item)
        else:
            chains.append([item])
    found = []
    for chain in chains:
        if len(chain) < 3:
            continue  # two places are read as a pair (:data:`_PAIR`)
        first = chain[0]
        told_dead = (
            _DEAD.search(first.group("w"))
            or _KILLED_BEFORE.search(text, max(0, first.start() - 30), first.start())
            or _DEAD_BEFORE.search(text, max(0, first.start() - 80), first.start())
        )
        if told_dead is None:
            continue
        found.append(tuple((m.group("n"), m.group("p")) for m in chain))
    return tuple(found)
