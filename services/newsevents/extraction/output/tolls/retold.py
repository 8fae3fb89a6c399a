"""One toll told again across an event's sentences: a figure retold under another name
counted once, a later sentence that updates the toll or counts the first told among a higher
total (for :mod:`.tolls`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...document import QuantityMention, Sentence
from ...text.deaths.words import RAISED_TALLY_OF
from ...text.numbers import number_value
from .roundups import ADDED

# A sentence that adds a group to the dead told before: "Also a militant was killed".
_ADDED = re.compile(ADDED, re.IGNORECASE)


def figures_once(
    totals: dict[int, float],
    by_index: Mapping[int, Sentence],
    parts: Mapping[int, set[float]] | None = None,
) -> list[float]:
    """The sentences' tolls of distinct victims, a figure told again under another name
    counted once: the headline's "28 Terrorists Killed" and the body's "twenty-eight heads of
    the group were killed" are one toll retold, and so is one side's part of a toll told
    before ("two soldiers and four rebels were killed ... the rebels lost four of their
    comrades": ``parts``, the figures inside each sentence's tolls). Not one person ("a soldier
    was killed ... a militant was killed": two of them), nor a sentence that says it adds
    ("also")."""
    seen: set[float] = set()
    kept: list[float] = []
    for index in sorted(totals):
        value = totals[index]
        sentence = by_index.get(index)
        adds = sentence is not None and _ADDED.search(sentence.text) is not None
        if value in seen and value > 1 and not adds:
            continue
        seen.add(value)
        seen |= (parts or {}).get(index, set())
        kept.append(value)
    return kept


def figures_inside(groups: Mapping[int, list[QuantityMention]]) -> dict[int, set[float]]:
    """The figures told inside each sentence's tolls ("two soldiers and four rebels": 2, 4)."""
    return {
        index: {
            value
            for q in group
            for word in q.text.split()
            if (value := number_value(word.strip(",;:()"))) is not None and value > 1
        }
        for index, group in groups.items()
    }


# A later sentence that updates the toll: "the death toll rose to 27".
_UPDATE = re.compile(
    r"\b(?:toll|deaths?|number of (?:the )?(?:[\w'’-]+\s+){0,2}?(?:dead|deaths|victims|killed))\s+"
    r"(?:\w+\s+){0,6}?"
    r"(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|hit|went up)\b"
    # a death told beside the tally it raised: "died of his wounds, bringing the toll to six"
    r"|\b(?:rais(?:es|ed|ing)|bring(?:s|ing)|brought|push(?:es|ed|ing)|tak(?:es|ing)|took)\s+"
    rf"(?:the\s+)?(?:death\s+)?toll\s+{RAISED_TALLY_OF}to\b",
    re.IGNORECASE,
)


def updates(totals: dict[int, float], by_index: Mapping[int, Sentence]) -> list[int]:
    """The sentences after the first told that update one toll told several times (``totals``:
    each sentence's). Without them the first told is the toll (the headline's or the lead's): a
    different figure further down is another source's ("the Observatory said 26 were killed") or
    a part of the dead ("six civilians were among the dead"), not the event's toll; with them
    the highest update is."""
    first = min(totals)
    return [i for i in totals if i != first and i in by_index and _UPDATE.search(by_index[i].text)]


# What follows a total to break it down: "7 dead, among them five villagers and two bombers".
_BREAKDOWN = re.compile(
    r"\s*,?\s*(?:including|among them|among whom|of whom|of which)\s+(?:at least\s+)?"
    r"(?P<k>\d{1,3}(?:,\d{3})+|[\w-]+)",
    re.IGNORECASE,
)


def counting_the_first(
    groups: dict[int, list[QuantityMention]],
    totals: dict[int, float],
    by_index: Mapping[int, Sentence],
) -> list[int]:
    """The later sentences whose toll is a higher total that counts the first told among its
    dead: "Five villagers have been killed ... The attack left 7 dead, among them five villagers
    and two bombers" is 7 (the same dead and others), as a toll update would be."""
    first = min(totals)
    found: list[int] = []
    for index, group in groups.items():
        sentence = by_index.get(index)
        if index <= first or sentence is None or totals[index] <= totals[first]:
            continue
        if (
            totals[first] == 1
            and not _ADDED.search(sentence.text)
            and any(_one_and_others(q) for q in group)
        ):
            found.append(index)  # "killed the emir ... The emir and 10 fighters were killed"
            continue
        for quantity in group:
            after = _BREAKDOWN.match(sentence.text, quantity.span.end - sentence.span.start)
            if after is not None and number_value(after.group("k")) == totals[first]:
                found.append(index)
                break
    return found


# The first number of a toll's words: "10 members of the group were killed".
_FIRST_NUMBER = re.compile(r"\d{1,3}|[a-z]+", re.IGNORECASE)


def _one_and_others(quantity: QuantityMention) -> bool:
    """Whether a toll counts one dead told before its count and others beside him ("Mahmoud
    Brouq and at least 10 members of the group were killed" is 11, its words from "10"): the
    one is the dead told before."""
    for word in _FIRST_NUMBER.findall(quantity.text):
        value = number_value(word)
        if value is not None:
            return value > 1 and quantity.value == value + 1
    return False
