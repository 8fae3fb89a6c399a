"""The deaths one sentence tells. Within a sentence, separate tolls add up: "killed two
soldiers and three militants" is 5; a stated total, a toll told twice, or a part told beside a
larger toll of anyone counts once (for :mod:`.tolls`).
"""

from __future__ import annotations

import re

from ...document import QuantityMention, Sentence
from .attackers import STATED as _STATED
from .victims import specific_words


def sentence_total(group: list[QuantityMention], sentence: Sentence | None) -> float:
    """A sentence's deaths: its tolls added up, unless it states the toll ("the death toll rose
    to 10 killed", "putting the toll at 6"): a total, not one more group of the dead."""
    # (or tells a total beside its parts: "six teachers also died ... 35 people in total had
    # died" is 35, forty-fourth round)
    stated = [q.value for q in group if _STATED.search(q.text) or _IN_TOTAL.search(q.text)]
    if sentence is not None:
        start = sentence.span.start
        stated += [
            q.value
            for q in group
            if _STATED_BEFORE.search(sentence.text, 0, max(0, q.span.start - start))
            # ("35 people were killed in all")
            or _IN_TOTAL_AFTER.match(sentence.text, q.span.end - start)
        ]
    if stated:
        return max(stated)
    return sum(_once(_without_parts(group, sentence)).values())


# Victims who can be anyone, and the kinds that are a part of them: "killed 58 civilians ...
# Twenty-five children were killed" tells the children among the civilians (twenty-seventh round).
_ANYONE = re.compile(
    r"\b(?:people|persons|civilians|residents|villagers|citizens|inhabitants)\b", re.IGNORECASE
)
_A_KIND_OF_THEM = re.compile(
    r"\b(?:children|women|kids|minors|girls|boys|infants|babies|toddlers)\b", re.IGNORECASE
)


def _without_parts(
    group: list[QuantityMention], sentence: Sentence | None
) -> list[QuantityMention]:
    """A sentence's tolls less those of children or women told beside a larger toll of anyone
    ("airstrikes killed 58 civilians ... 25 children were killed" is 58, not 83)."""
    if sentence is None or len(group) < 2:
        return group
    heads = {id(q): _head(q, sentence) for q in group}
    anyone = [q.value for q in group if _ANYONE.search(heads[id(q)])]
    if not anyone:
        return group
    return [
        q
        for q in group
        if not (
            _A_KIND_OF_THEM.search(heads[id(q)])
            and not _ANYONE.search(heads[id(q)])
            and q.value < max(anyone)
        )
    ]


_NEXT_WORDS = re.compile(r"(?:\s+[\w'’-]+){0,2}")


def _head(quantity: QuantityMention, sentence: Sentence) -> str:
    """A toll's words and the two after it ("killed 58" + "civilians in")."""
    end = quantity.span.end - sentence.span.start
    after = _NEXT_WORDS.match(sentence.text, max(0, end))
    return quantity.text + (after.group() if after else "")


# "the death toll ... rose to" right before the count: "rose to 10 killed"
_STATED_BEFORE = re.compile(
    r"\b(?:toll|number of)\s+(?:[\w'’-]+\s+){0,15}?(?:(?:has\s+|had\s+)?(?:rises|rose|risen|"
    r"climbed|reached|"
    r"jumped|increased)\s+to|at|stands?\s+at|stood\s+at)\s+(?:at least\s+|about\s+|nearly\s+)?$"
    r"|\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\s+(?:at least\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_IN_TOTAL = re.compile(r"\b(?:in\s+(?:total|all)|altogether)\b(?!\s+(?:of|the)\b)", re.I)
_IN_TOTAL_AFTER = re.compile(rf",?\s+{_IN_TOTAL.pattern}", re.I)


def _once(group: list[QuantityMention]) -> dict[tuple[float, frozenset[str]], float]:
    """A sentence's tolls, each told once: a body that repeats its lead inside one sentence
    ("At least 45 people have been killed ... - At least 45 people have been killed") is 45,
    and so is a toll of the same value that names no kind of victim ("Kills 45 ... 45
    fighters were killed")."""
    told = {(q.value, specific_words(q.text)): q.value for q in group}
    # a run-on headline and lead: "Strike Kills 3 Fighters ... Three fighters from the
    # committees were killed": a toll naming no kind of victim retells one of its value
    return {
        key: value
        for key, value in told.items()
        if key[1] or not any(other[0] == key[0] and other[1] for other in told)
    }
