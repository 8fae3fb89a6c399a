"""Numbers as news tells them, one reading for the counts and the death tolls: a figure with or
without thousands separators ("6,200" is 6,200, never 6 or 200), a number word up to a hundred
("twenty-eight" is 28), and the vague counts of ACLED's reporting conventions ("several" 3, "a
dozen" and "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000), which only counts of
people and things use: the death tolls (`deaths/`) read no vague count as a toll.
"""

from __future__ import annotations

import re

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# The number words in counting order, "one" to "nineteen": a pattern that names a run of them
# ("two" to "ten") takes it from here by `counting`.
COUNTING = (
    *UNITS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
)  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_VALUES: dict[str, int] = {
    **{word: i + 1 for i, word in enumerate(COUNTING)},
    **{word: 20 + 10 * i for i, word in enumerate(TENS)},
    "hundred": 100,
}  # fmt: skip
# Ordinals in counting order: "the first", "the second raid", "the fifth anniversary".
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
)  # fmt: skip
# ACLED's conventions for a vague count: approximate, but a figure all the same.
VAGUE_VALUES: dict[str, int] = {
    "several": 3, "a dozen": 12, "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100,
    "thousands": 1000,
}  # fmt: skip
# The vague counts of many, told by their dozens, scores or hundreds ("dozens of people").
MANY = ("dozens", "scores", "hundreds")


def counting(first: int, last: int) -> str:
    """The number words from ``first`` to ``last`` (nineteen at most) as the alternation of a
    regex, in counting order: ``counting(2, 5)`` is "two|three|four|five"."""
    return "|".join(COUNTING[first - 1 : last])


# A figure: "6,200" whole (its thousands separators), else digits with an optional decimal.
FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
# A number word, "twenty-eight" before its "twenty" (never the "eight" after its hyphen).
COMPOUND = rf"(?:{'|'.join(TENS)})[-‐–](?:{'|'.join(UNITS)})"
WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
VAGUE = "|".join(re.escape(w) for w in sorted(VAGUE_VALUES, key=len, reverse=True))
# A count of a few things, "two" to "ten" or one digit: how summaries count acts and places.
FEW = counting(2, 10) + "|[2-9]"
# A count of several in words, "two" to the fifties or vague ("twelve", "fifteen", "forty",
# "dozens of"): how the tolls and the people counted in a fight are told.
SEVERAL_WORDS = rf"{counting(2, 12)}|\w+teen|{'|'.join(TENS[:4])}|several|dozens of|scores of"
# A number word inside a regex over words ("killed two soldiers", "shot down fifteen drones"):
# every word up to a hundred, and any "-teen".
NUMBER_WORD = rf"(?:{WORDS}|\w+teen)"
# A count of many told by its hundreds or its dozens: "dozens of", "scores of", "hundreds of".
MANY_OF = rf"(?:{'|'.join(MANY)})\s+of"
# Every word of a number, for the stages that must not read one as a word of meaning.
NUMBER_WORDS = frozenset(WORD_VALUES) | frozenset(w for v in VAGUE_VALUES for w in v.split())


_COMPOUND = re.compile(r"([a-z]+)[-‐–]([a-z]+)")
_ABOUT = frozenset({"odd", "plus", "some"})


def number_value(text: str) -> float | None:
    """The value of a figure, a number word (any case) or a vague count; None for anything
    else. "6,200" is 6200, "twenty-eight" 28, "dozens of" 12."""
    word = " ".join(text.lower().split())
    word = word.removesuffix(" of")
    if word in WORD_VALUES:
        return float(WORD_VALUES[word])
    if word in VAGUE_VALUES:
        return float(VAGUE_VALUES[word])
    if (compound := _COMPOUND.fullmatch(word)) and compound.group(1) in TENS:
        tens, unit = compound.group(1), compound.group(2)
        if unit in UNITS:  # "twenty-eight"; "forty-ten" or "one-two" is no number
            return float(WORD_VALUES[tens] + WORD_VALUES[unit])
        if unit in _ABOUT:  # "thirty-odd": the tens, approximately
            return float(WORD_VALUES[tens])
        return None
    if re.fullmatch(FIGURE, word):
        return float(word.replace(",", ""))
    return None


def is_vague(text: str) -> bool:
    """Whether a count is one of the vague conventions ("dozens", "several")."""
    return " ".join(text.lower().split()).removesuffix(" of") in VAGUE_VALUES


# Words that count exactly two: "both raids", "twin blasts".
_PAIRS = frozenset({"both", "twin"})


def exact_count(text: str) -> int | None:
    """How many things a count word or figure tells exactly ("two" 2, "7" 7, "both" and "twin"
    2); None for a vague count ("several", "multiple", "a series of") or no number."""
    word = " ".join(text.lower().split())
    if word in _PAIRS:
        return 2
    if word in VAGUE_VALUES:
        return None
    value = number_value(word)
    return int(value) if value is not None and value.is_integer() else None
