"""A cheap test that a regular expression cannot match a text, before it is run.

Most rules find nothing in most sentences: a trigger rule of a dozen case-insensitive wordings
("shot down ... drones", "intercepted") is tried at every word of every sentence, and a toll
pattern over the whole text, only to fail. Each pattern is read once (``re``'s own parser) for
the literal words one of which every match must contain ("intercept", " disposal"); a text
that holds none of them, casefolded, is not searched. The answer is the same as the search's
whenever it is "no": where it cannot be sure, it says "maybe" and the pattern runs.

Case: patterns match case-insensitively, so needles and text are both lowered. Four non-ASCII
characters match ASCII letters under ``re.IGNORECASE`` without lowering to them ("K", the
Kelvin sign, matches "k"; "İ", "ı", "ſ"): a text holding one of them is searched as before
(:func:`folded` gives None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, wraps
from itertools import count
from typing import Any, TypeVar

_parser: Any = getattr(re, "_parser", None)
_constants: Any = getattr(re, "_constants", None)
# ``re``'s own parser constants (opcodes), for the modules that read a parsed pattern
# (:mod:`.runs`); None under a Python whose ``re`` has no such module.
RE_CONSTANTS: Any = _constants

_K = TypeVar("_K")
_V = TypeVar("_V")


# Objects an identity cache keeps at most. The module patterns and cached builders it is meant
# for number some hundreds (about 600 after thousands of articles); a caller that passes objects
# built per article (a pattern compiled from an article's words) would otherwise grow it for the
# life of a long-running worker. Past the bound the store starts again, as the narrowed trigger
# rules' does: a few hundred cheap rebuilds, once in a long while.
IDENTITY_CACHE_SIZE = 4096


def identity_cache(function: Callable[[_K], _V]) -> Callable[[_K], _V]:
    """``functools.cache`` of a function of one object built once (a module's pattern, a cached
    builder's), found by the object's identity: a compiled pattern hashes its whole program at
    each lookup, tens of microseconds for a long one, more than the search it rules out. Each
    object is held while its answer is kept, so its id is never another's; at most
    IDENTITY_CACHE_SIZE are kept (then the store starts again)."""
    kept: dict[int, tuple[_K, _V]] = {}

    @wraps(function)
    def cached(argument: _K) -> _V:
        known = kept.get(id(argument))
        if known is not None and known[0] is argument:
            return known[1]
        value = function(argument)
        if len(kept) >= IDENTITY_CACHE_SIZE:
            kept.clear()
        kept[id(argument)] = (argument, value)
        return value

    return cached


# The non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII character (checked over
# all of Unicode by the unit tests): İ, ı, ſ and the Kelvin sign.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# A needle shorter than this hardly rules a text out: the pattern is then always run.
_MIN_NEEDLE = 3


def folded(text: str) -> str | None:
    """``text`` lowered, to look needles up in; None when it holds a character that matches an
    ASCII letter case-insensitively without lowering to it (then every pattern runs)."""
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.lower()


def may_match(pattern: re.Pattern[str], text_folded: str | None) -> bool:
    """False only when ``pattern`` cannot match (search, match or finditer) the text whose
    :func:`folded` form is ``text_folded``: a match needs a needle of each of its clauses.
    For patterns built once (module constants, cached builders): their needles are kept per
    pattern for the life of the process."""
    if text_folded is None:
        return True
    # (plain loops: ``all`` over a generator of ``any(map(...))`` cost three times as much)
    for clause in clauses(pattern):
        for needle in clause:
            if needle in text_folded:
                break
        else:
            return False
    return True


def quick_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, not run when :func:`may_match` rules the text out: for a pattern
    tried on many short texts (each sentence, each stretch before a trigger) that holds its
    words in few of them."""
    return pattern.search(text) if may_match(pattern, folded(text)) else None


def quick_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, not run when :func:`may_match` rules the text out."""
    return pattern.finditer(text) if may_match(pattern, folded(text)) else iter(())


class NeedleIndex:
    """:func:`may_match` of a family of patterns tried in turn on one text (the trigger rules on
    each sentence), all answered from one pass over the text: the needles of every pattern are
    gathered in one search (a trie of them, read at each position of the text), instead of
    looking each needle up in the text pattern by pattern. The same answers as
    :func:`may_match`: a pattern may match when each of its clauses has a needle in the text."""

    __slots__ = ("_always", "_owners", "_satisfies", "_search", "_wanted")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        # each clause of each pattern gets a number; a pattern wants all of its numbers
        wanted: list[frozenset[int]] = []
        holders: dict[str, set[int]] = {}
        numbers = count()
        for pattern in patterns:
            own = []
            for clause in clauses(pattern):
                own.append(number := next(numbers))
                for needle in clause:
                    holders.setdefault(needle, set()).add(number)
            wanted.append(frozenset(own))
        self._wanted = tuple(wanted)
        # a pattern of no clause may always match; the pattern each clause number is of
        self._always = [not numbers for numbers in wanted]
        self._owners = {number: index for index, numbers in enumerate(wanted) for number in numbers}
        # The search finds at each position the longest needle there; the shorter needles
        # there are its prefixes, so a found needle satisfies its prefixes' clauses too.
        # (its prefixes looked up, not every needle tried as one: a lexicon has thousands)
        self._satisfies = {
            needle: frozenset(
                number
                for end in range(1, len(needle) + 1)
                for number in holders.get(needle[:end], ())
            )
            for needle in holders
        }
        self._search = re.compile(f"(?=({_trie(holders)}))") if holders else None

    def may_match(self, text_folded: str | None) -> list[bool]:
        """For each pattern, in order, :func:`may_match` on the text whose :func:`folded`
        form is ``text_folded``."""
        if text_folded is None or self._search is None:
            return [True] * len(self._wanted)
        # (the found needles as strings, not match objects: the one group is all that is read)
        satisfied: set[int] = set().union(
            *map(self._satisfies.__getitem__, self._search.findall(text_folded))
        )
        # only the patterns a found needle is of can have all their clauses (a sentence holds
        # the words of a few of a lexicon's hundreds of wordings)
        answers = self._always.copy()
        wanted = self._wanted
        for index in {self._owners[number] for number in satisfied}:
            answers[index] = wanted[index] <= satisfied
        return answers


@cache
def needle_index(patterns: tuple[re.Pattern[str], ...]) -> NeedleIndex:
    """The :class:`NeedleIndex` of patterns built once (kept for the life of the process)."""
    return NeedleIndex(patterns)


def _trie(words: Iterable[str]) -> str:
    """A regex of ``words`` that matches at a position the longest of them found there (a trie:
    at each letter the longer words are tried before the word that ends there)."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        re.escape(letter) + _trie_node(rest) for letter, rest in sorted(node.items()) if letter
    ]
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a word ends here: the longer ones first, else this one
        return f"(?:{alternation})?"
    return alternation


# Clauses tested per pattern, the most telling first: each is a lookup of its needles.
_MAX_CLAUSES = 3


@identity_cache
def clauses(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The needle sets of ``pattern``'s required parts ("Pokot" and "raiders" in "Pokot
    raiders"), each without the needles that hold another ("killed" holds "kill"), shortest
    first: fewer lookups, the same answer. No clause: the pattern always runs."""
    kept: list[tuple[str, ...]] = []
    for wanted in _needle_sets(pattern)[:_MAX_CLAUSES]:
        fewest = [n for n in wanted if not any(m != n and m in n for m in wanted)]
        kept.append(tuple(sorted(fewest, key=lambda n: (len(n), n))))
    return tuple(kept)


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowered ASCII strings one of which every match of ``pattern`` contains (the most telling
    such set), or None when there is no set worth testing (a needle under three characters, or
    a construct not read here)."""
    sets = _needle_sets(pattern)
    return sets[0] if sets else None


def parse_pattern(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    """``pattern`` read by ``re``'s own parser, its items in order; None where that parser is
    missing or reads it otherwise (another Python version): then nothing is inferred from it."""
    if _parser is None or _constants is None:
        return None
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an internal parser of another version
        return None


@identity_cache
def _needle_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Every needle set of the parts the whole pattern requires, the most telling first."""
    items = parse_pattern(pattern)
    if items is None:  # no prefilter, same answers
        return ()
    found = [frozenset(o) for o in _options(items) if min(map(len, o)) >= _MIN_NEEDLE]
    return tuple(sorted(found, key=_telling, reverse=True))


def _telling(option: frozenset[str] | set[str]) -> tuple[int, int]:
    """How well a needle set rules texts out: its shortest needle longest, then fewest."""
    return min(map(len, option)), -len(option)


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, the most telling
    of those its parts give, or None."""
    options = _options(items)
    return max(options, key=_telling) if options else None


def _options(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """The needle sets of the sequence ``items``: every match holds a needle of each."""
    c = _constants
    options: list[set[str]] = []
    run: list[str] = []
    for index, (op, av) in enumerate(items):
        if op is c.LITERAL and av < 0x80:
            run.append(chr(av).lower())
            continue
        if op is c.BRANCH and run:
            # The parser takes a common start out of the alternatives ("A(?:far|mhara)" for
            # "Afar|Amhara"): read each with the letters before it.
            before = items[index - len(run) : index]
            union: set[str] | None = set()
            for alternative in av[1]:
                part = _required(before + list(alternative.data))
                if part is None or union is None:
                    union = None
                    break
                union |= part
            if union is not None:
                options.append(union)
        repeated = _repeated_literal(op, av)
        if repeated is not None:
            # "kil+ed": the first "l" ends the run "kil", the last begins the run "led"
            options.append({"".join(run) + repeated})
            run = [repeated]
            continue
        if run:
            options.append({"".join(run)})
            run = []
        part = _required_of(op, av)
        if part is not None:
            options.append(part)
    if run:
        options.append({"".join(run)})
    return options


def _repeated_literal(op: Any, av: Any) -> str | None:
    """The letters a repeat of plain ASCII letters at least once repeats ("l" of "l+")."""
    c = _constants
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) or av[0] < 1:
        return None
    body = list(av[2].data)
    if body and all(o is c.LITERAL and a < 0x80 for o, a in body):
        return "".join(chr(a).lower() for _, a in body)
    return None


def _required_of(op: Any, av: Any) -> set[str] | None:
    """What one item of a sequence requires: a group's, a branch's (one of each alternative's),
    a repeat's that occurs at least once; nothing for the rest (lookarounds included)."""
    c = _constants
    if op is c.SUBPATTERN:
        return _required(list(av[3].data))
    if op is c.ATOMIC_GROUP:
        return _required(list(av.data))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2].data))
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            part = _required(list(alternative.data))
            if part is None:
                return None
            union |= part
        return union
    return None


def first_char_alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, in their order, the words of one first character
    gathered behind a lookahead of it: at a position the engine tries the few dozen words that
    can start there, not hundreds of country names. For case-sensitive patterns only (under
    IGNORECASE the lookaheads of "a" and "A" would both pass and the order change); there it
    matches exactly what the plain alternation matches, the same word at the same position."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word in an alternation")
        groups.setdefault(word[0], []).append(re.escape(word))
    return "|".join(
        f"(?={re.escape(first)})(?:{'|'.join(escaped)})" for first, escaped in groups.items()
    )
