"""Dead told apart from the act's toll told first: others added to it ("killing six police
officers. At least two other people died" is 8; "two more died in hospital"), and deaths an act
answered, which are none of its own ("revenge attacks for the killing of three other people",
"protests over the deaths of four men").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...document import QuantityMention, Sentence, sentence_at
from ...text.numbers import NUMBER_WORD
from .attackers import ATTACKERS

# Dead told as others than those told before: "two other people died", "killing three others",
# "two more died in hospital" (the words right after a count of the toll; not "other than", nor
# the wounded: "six people died and four more were injured").
_COUNT = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\b", re.IGNORECASE)
_OTHERS = re.compile(
    r"\s+(?:other|more|further)\b(?!\s+than\b)(?![\w\s'’-]{0,30}?\b(?:injur|wound|hurt))",
    re.IGNORECASE,
)
_NAMED_DEATHS = re.compile(r"(?:deaths?|killings?)\s+of\b", re.IGNORECASE)
# A toll told at a place of its own: the dead of another act, not others of this one.
# ("in the vicinity of Deir Ezzor", "in an army operation against their gathering")
_ELSEWHERE = re.compile(
    r"\b(?:near|in|at|outside|of)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:in|during)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:operation|attack|raid|strike|"
    r"airstrike|ambush|clash|bombing|explosion|blast)\b"
    r"|\b(?:in|at|near)\s+(?:another|a nearby|a neighbou?ring|a separate|a different)\b",
    re.IGNORECASE,
)
# "his son and 20 other terrorists": the one named and the others, one toll of its own
_ONE_AND = re.compile(r"\band\s+(?:at least\s+)?$", re.IGNORECASE)
# Dead told as added with "also" inside the toll or right before it: "two traders were also
# killed in the explosion", "the gunmen also killed two guards" (twenty-seventh round).
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# A toll told as a part of the dead: "nine other people were among the dead".
_A_PART = re.compile(r"\b(?:among|including|of them|of whom|of the dead)\b", re.IGNORECASE)


def others_added(
    groups: Mapping[int, list[QuantityMention]],
    totals: Mapping[int, float],
    by_index: Mapping[int, Sentence],
) -> set[int]:
    """The sentences after the first told whose tolls tell their dead as others than those
    ("killing six police officers. At least two other people died" is 8; "two traders were
    also killed"): added to the first,
    which they do not retell. Not the first's figure told again ("40 Terrorists Killed" and
    "40 more terrorists were killed"), nor the rest of a breakdown of the first ("21 killed
    ... 15 people were killed in A, and six more people lost their lives in B"), nor dead
    told at a place of their own ("three more policemen were shot dead near B")."""
    first = min(totals)
    found: set[int] = set()
    for index, group in groups.items():
        sentence = by_index.get(index)
        if index <= first or sentence is None or _A_PART.search(sentence.text):
            continue
        if _ELSEWHERE.search(sentence.text):
            continue  # "three more policemen were shot dead near Kaura Namoda": another act
        if totals[index] == totals[first]:
            continue
        if all(_told_as_others(q, sentence) for q in group) and not (
            first in by_index and _also_a_part(group, sentence, by_index[first])
        ):
            found.add(index)
    added = sum(totals[i] for i in found)
    rest = [totals[i] for i in totals if i > first and i not in found]
    if any(value + added == totals[first] for value in rest):
        return set()  # a breakdown of the first told
    return found


def _also_a_part(group: list[QuantityMention], sentence: Sentence, first: Sentence) -> bool:
    """Whether "also" retells dead the first sentence told by the same count and noun: "killed
    five soldiers and two civilians ... Two civilians were also killed in the blast" is 7."""
    if _ALSO.search(sentence.text) is None:
        return False
    for quantity in group:
        start = quantity.span.start - sentence.span.start
        told = _COUNT_AND_NOUN.match(sentence.text, max(0, start))
        if (
            told is None
            or re.search(
                rf"\b{re.escape(told.group(1))}\s+{re.escape(told.group(2))}\b", first.text, re.I
            )
            is None
        ):
            return False
    return True


# A toll's count and the noun after it: "Two civilians", "2 policemen".
_COUNT_AND_NOUN = re.compile(r"([\w-]+)\s+([a-z][\w-]*)")


# The wounded who died later, told by their wound: "A man who was wounded in the attack died
# in hospital", "two guards succumbed to their injuries" are others than the dead told
# before, killed outright (forty-second round).
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:wound\w*|injur\w*|hurt|burn\w*|shot)\b.*\b(?:died|dies)\b|\bsuccumb\w*",
    re.IGNORECASE | re.DOTALL,
)


def _told_as_others(quantity: QuantityMention, sentence: Sentence) -> bool:
    if _NAMED_DEATHS.match(quantity.text):
        return False
    if _DIED_OF_WOUNDS.search(quantity.text):
        return True
    start = quantity.span.start - sentence.span.start
    if _ONE_AND.search(sentence.text, max(0, start - 20), start):
        return False
    if _ALSO.search(quantity.text) or _ALSO_BEFORE.search(sentence.text, max(0, start - 12), start):
        # (the attackers' own dead are :mod:`.attackers`'s: "executed 50 captive troops ...
        # 35 militants were also killed in the fighting")
        head = sentence.text[start : start + len(quantity.text) + 30]
        return ATTACKERS.search(head) is None
    return any(
        _OTHERS.match(sentence.text, start + count.end()) is not None
        for count in _COUNT.finditer(quantity.text)
    )


# Deaths named as what an act answered: "revenge attacks for the killing of", "protests over
# the deaths of", "to protest the death of", "mourning the deaths of" (not a claim: "claimed
# responsibility for the killing of 12 soldiers" is the act's toll).
_ANSWERED = re.compile(
    r"(?<!responsibility )(?<!responsible )(?<!blame )(?<!blamed )"
    r"\b(?:for|over|protest(?:s|ed|ing)?|mourn(?:s|ed|ing)?|aveng(?:e|ed|ing))\s+the\s+"
    r"(?:recent\s+|alleged\s+|earlier\s+)?$",
    re.IGNORECASE,
)


# Who is held to account for the deaths: the act told, not what it answered.
_BLAMED = re.compile(r"\b(?:blam\w*|responsib\w*|accus\w*|claim\w*)\b", re.IGNORECASE)


def answered(quantity: QuantityMention, sentences: Sequence[Sentence]) -> bool:
    """Whether a count told as "the killing(s)/death(s) of N" is what the act answered."""
    if _NAMED_DEATHS.match(quantity.text) is None:
        return False
    sentence = sentence_at(sentences, quantity.span)
    if sentence is None:
        return False
    before = sentence.text[: max(0, quantity.span.start - sentence.span.start)]
    if _BLAMED.search(before[-80:]):
        return False  # "blaming al-Shabab militants for the death of an officer": the act's
    return _ANSWERED.search(before[-40:]) is not None
