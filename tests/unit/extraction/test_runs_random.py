"""A run search gives ``pattern.search``'s own answers on random texts built of the words of the
patterns the pipeline routes through it (review56): case variants, stops, overlapping starts,
letters that fold to ASCII without lowering to it, and patterns of opening words with inline
flags, lookbehinds and alternations whose branches open with optional words."""

from __future__ import annotations

import random
import re
from functools import partial
from typing import Any

from newsevents.extraction.actors.unnamed.communal import _patterns as communal_patterns
from newsevents.extraction.actors.unnamed.forces import _by_country_pattern
from newsevents.extraction.actors.unnamed.generic import _GENERIC
from newsevents.extraction.prefilter import RE_CONSTANTS, folded, parse_pattern
from newsevents.extraction.runs import RunSearch, opening_words, run_finditer
from newsevents.extraction.text.deaths.later_died import LATER_DIED
from newsevents.extraction.text.deaths.named import NAMED_DEAD
from newsevents.extraction.text.deaths.one_dead import ONE_DEAD
from newsevents.extraction.text.deaths.wordings import FATALITY_PATTERNS
from tests.unit.extraction.test_runs import _all

# Patterns of their own shapes, beside the pipeline's: the opening-words path must hold for all.
SHAPES = [
    re.compile(r"(?<!not )(?:killed|shot dead|gunned down)\s+(?P<n>\d+|two)", re.I),
    re.compile(r"(?i:Killed)\s+\w+"),
    re.compile(r"Killed\s+\w+"),  # case-sensitive, a capital opening word
    re.compile(r"(?:(?:the\s+)?killed|wounded)\s+\w+", re.I),  # a branch opens with an option
    re.compile(r"(?<=\s)(?:gunmen|gunman)\s+(?:shot|killed)", re.I),
    re.compile(r"\b(?:dead|death)s?\b", re.I),
    re.compile(r"(?m:^)killed\b", re.I),
    re.compile(r"kil+ed", re.I),
    re.compile(r"(?x) killed \s+ (?: two | three )", re.I),
    re.compile(r"ssing\w*", re.I),  # folds to ſ-words
]
PATTERNS = [
    *SHAPES,
    *FATALITY_PATTERNS,
    NAMED_DEAD,
    ONE_DEAD,
    LATER_DIED,
    *communal_patterns(),
    _by_country_pattern(),
    _GENERIC,
]
# Glue between words: spaces, stops, brackets, a line's end, a hyphen.
_GLUE = [" ", " ", " ", " ", ". ", ", ", "; ", "\n", "-", " (", ") ", ": ", "! ", '"']
# Letters that fold to ASCII under IGNORECASE without lowering to it, and others not ASCII.
_ODD = ["kılled", "Kılled", "\u212ailled", "miſsing", "İdlib", "Ünal", "straße", "é", "dead’s"]


def _vocabulary(pattern: re.Pattern[str]) -> list[str]:
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern)
    return sorted(set(words)) or ["killed"]


def _sample(rng: random.Random, items: list[tuple[Any, Any]]) -> str:
    """A random text the sequence ``items`` of a parsed pattern may match (negative lookarounds
    and word boundaries are not read: the text may fail them, which the comparison wants too)."""
    c = RE_CONSTANTS
    out = ""
    for op, av in items:
        if op is c.LITERAL:
            out += chr(av)
        elif op is c.IN:
            members = [(o, a) for o, a in av if o in (c.LITERAL, c.RANGE, c.CATEGORY)]
            if not members or av[0][0] is c.NEGATE:
                out += rng.choice("ab1 ")
                continue
            o, a = rng.choice(members)
            if o is c.LITERAL:
                out += chr(a)
            elif o is c.RANGE:
                out += chr(rng.randint(a[0], min(a[1], a[0] + 25)))
            else:
                out += rng.choice(_OF_CATEGORY.get(str(a), "x"))
        elif op is c.BRANCH:
            out += _sample(rng, list(rng.choice(av[1]).data))
        elif op is c.SUBPATTERN:
            out += _sample(rng, list(av[3].data))
        elif op is c.ATOMIC_GROUP:
            out += _sample(rng, list(av.data))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high = av[0], min(av[1], av[0] + 2)
            out += "".join(_sample(rng, list(av[2].data)) for _ in range(rng.randint(low, high)))
        elif op is c.ASSERT and (av[0] < 0 or rng.random() < 0.5):
            # a lookbehind's text comes before; a lookahead's, half the time, is that of
            # the parts after it
            out += _sample(rng, list(av[1].data))
        elif op in (c.ANY, c.NOT_LITERAL):
            out += rng.choice("xz ")
    return out


def _text(rng: random.Random, words: list[str], items: list[tuple[Any, Any]] | None) -> str:
    out: list[str] = []
    for _ in range(rng.randint(0, 30)):
        roll = rng.random()
        if items is not None and roll < 0.1:
            word = _sample(rng, items)
            word = rng.choice([word, word, word.upper(), word.capitalize(), word.lower()])
        elif roll < 0.16:
            word = rng.choice(_ODD)
        elif roll < 0.24:
            word = str(rng.randint(1, 40))
        elif roll < 0.3:
            word = rng.choice(["two", "three", "people", "were", "was", "the", "a"])
        else:
            word = rng.choice(words)
            word = rng.choice([word, word.lower(), word.upper(), word.capitalize()])
        out.append(word)
        out.append(rng.choice(_GLUE))
    return "".join(out)


# What a character class of a category stands for in a sample.
_OF_CATEGORY = {
    "CATEGORY_SPACE": "  \n",
    "CATEGORY_DIGIT": "0123456789",
    "CATEGORY_WORD": "abkz09_é",
    "CATEGORY_NOT_WORD": " .,-",
    "CATEGORY_NOT_SPACE": "ak.9",
    "CATEGORY_NOT_DIGIT": "ak .",
}


def test_the_pipeline_routes_patterns_of_opening_words() -> None:
    # (else the random comparison below would not try that path)
    assert opening_words(SHAPES[0]) == ("gunned down", "killed", "shot dead")
    assert opening_words(SHAPES[3]) is None  # "the" is optional: no word opens every match
    assert sum(opening_words(p) is not None for p in PATTERNS) >= 5


def test_a_run_search_is_the_search_on_random_texts() -> None:
    rng = random.Random(56)
    for pattern in PATTERNS:
        runs = RunSearch(pattern)
        words = _vocabulary(pattern)
        items = parse_pattern(pattern)
        for _ in range(80):
            text = _text(rng, words, items)
            ranges = runs.ranges(text, folded(text))
            tried = _all(partial(runs.search, ranges=ranges), text)
            assert tried == _all(pattern.search, text), (pattern.pattern[:60], text)
            iterated = [(m.span(), m.groups()) for m in run_finditer(pattern, text)]
            assert iterated == [(m.span(), m.groups()) for m in pattern.finditer(text)]
