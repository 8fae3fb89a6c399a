"""Where in a text a pattern can match: a search tried only there, with the search's answers.

A toll wording is searched over the whole text, and most of its time goes to the positions of
sentences that hold none of its words. Two facts of a pattern, read once from ``re``'s own
parser, rule most positions out:

- the characters no match can hold (its *stops*): a wording of words and spaces never runs
  through a full stop or a semicolon, so a match lies inside one stretch of the text between
  two stops;
- the needles of :mod:`.prefilter`: every match holds one needle of each clause, so that
  stretch holds them, and the match starts at or before the last of them.

The search then tries ``pattern.match`` at each position of those stretches that can open a
match (a word boundary when the pattern opens with ``\\b``) in order, and returns the first: the
same match as ``pattern.search`` from the same position, since ``match`` at a position of the
whole text sees what ``search`` sees there (lookbehinds, ``\\b`` and ``^`` read the text before
it). Where a pattern has no stop or no needle, or the text no lowered form of its length, it is
searched as before.

A pattern whose every match opens with one of a few literal words ("killed", "shot dead", "gunned
down" after lookbehinds that are tried at every character of a whole-text search) is tried only
where one of those words starts in the lowered text (within the stretches, when there are any):
no match starts elsewhere, so the first match there is the search's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .prefilter import RE_CONSTANTS, clauses, folded, identity_cache, parse_pattern

# Characters tested as stops, the punctuation that ends a phrase or a sentence.
_CANDIDATE_STOPS = '.,;:!?()[]"“”\n'
# What each category of a character class accepts, as a regex of the same category.
_CATEGORIES = {
    "CATEGORY_WORD": re.compile(r"\w"),
    "CATEGORY_NOT_WORD": re.compile(r"\W"),
    "CATEGORY_DIGIT": re.compile(r"\d"),
    "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
    "CATEGORY_SPACE": re.compile(r"\s"),
    "CATEGORY_NOT_SPACE": re.compile(r"\S"),
}
# The zero-width openings a match can be told to start at: a word boundary, a line's start.
_OPENINGS = {"AT_BOUNDARY": r"\b", "AT_BEGINNING": r"(?m:^)", "AT_BEGINNING_LINE": r"(?m:^)"}

# Above this share of the text's positions to try, the plain search is the faster.
_MOST_TRIED = 0.4
# The same for the starts of a pattern's opening words (each tried with a match of its own).
_MOST_OPENINGS = 0.05
# An opening word shorter than this starts too often to rule positions out.
_MIN_OPENING = 3

Ranges = list[tuple[int, int]] | None


class RunSearch:
    """``pattern.search`` tried only where a match can start (see the module's doc)."""

    __slots__ = ("_clauses", "_opening", "_stop_chars", "_stops", "_words", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        stops = pattern_stops(pattern)
        self._stop_chars = stops
        self._stops = re.compile(f"[{re.escape(stops)}]") if stops else None
        self._clauses = clauses(pattern)
        opening = pattern_opening(pattern)
        self._opening = re.compile(opening) if opening else None
        self._words = opening_words(pattern)

    def ranges(self, text: str, text_folded: str | None) -> Ranges:
        """The stretches ``(first, last)`` of ``text`` a match can start in, in order; None to
        search the whole text (anywhere can hold a match, or most of the text: there one search
        is the faster). ``text_folded`` is :func:`.prefilter.folded` of ``text``. For a pattern
        of opening words, each stretch is one position where one of them starts."""
        if text_folded is None or len(text_folded) != len(text):
            return None
        stretches = self._stretches(text, text_folded)
        if self._words is None:
            return stretches
        # the starts of the opening words, in the stretches if there are any
        starts = _reading(text, text_folded).starts_of_any(self._words)
        if stretches is not None:
            starts = [at for at in starts if _within(stretches, at)]
        if len(starts) > len(text) * _MOST_OPENINGS:
            return stretches  # words that start everywhere: ruling positions out costs more
        return [(at, at) for at in starts]

    def _stretches(self, text: str, text_folded: str) -> Ranges:
        """The stretches between stops a match can start in (see :meth:`ranges`), or None."""
        if self._stops is None or not self._clauses:
            return None
        read = _reading(text, text_folded)
        # per stretch (by its first position), the last start of a needle of every clause
        last: dict[int, int] | None = None
        for clause in self._clauses:
            found = read.last_starts(self._stops, self._stop_chars, clause)
            last = (
                found
                if last is None
                else {f: min(z, found[f]) for f, z in last.items() if f in found}
            )
        ranges = sorted((last or {}).items())
        if sum(z - f + 1 for f, z in ranges) > len(text) * _MOST_TRIED:
            return None  # most of the text can hold a match: one search is faster
        return ranges

    def search(self, text: str, position: int, ranges: Ranges) -> re.Match[str] | None:
        """``self.pattern.search(text, position)``, tried only in ``ranges`` (of :meth:`ranges`
        on this text)."""
        if ranges is None:
            return self.pattern.search(text, position)
        match = self.pattern.match
        for first, last in ranges:
            if last < position:
                continue
            start = max(first, position)
            if self._opening is None or first == last:  # (one position: its match says)
                starts: Iterable[int] = range(start, last + 1)
            else:
                starts = (m.start() for m in self._opening.finditer(text, start, last + 1))
            for at in starts:
                found = match(text, at)
                if found is not None:
                    return found
        return None


class _TextReading:
    """What the searches of one text share: where its stops are (per set of stop characters)
    and, per clause of needles, the last needle start in each stretch between stops. The
    patterns tried on one text share them: the toll wordings their verbs, the communal patterns
    the same eighty peoples' names, each found once per text instead of once per pattern."""

    __slots__ = ("_last", "_needles", "_openings", "_stops", "folded", "text")

    def __init__(self, text: str, text_folded: str) -> None:
        self.text = text
        self.folded = text_folded
        self._stops: dict[str, list[int]] = {}
        self._last: dict[tuple[str, tuple[str, ...]], dict[int, int]] = {}
        self._needles: dict[str, list[int]] = {}
        self._openings: dict[tuple[str, ...], list[int]] = {}

    def last_starts(
        self, stops: re.Pattern[str], stop_chars: str, clause: tuple[str, ...]
    ) -> dict[int, int]:
        """Per stretch (by its first position) holding a needle of ``clause``, the start of
        the last one in it; the stretches end at ``stops`` (of the characters ``stop_chars``).
        Kept: callers must not change it."""
        key = (stop_chars, clause)
        found = self._last.get(key)
        if found is not None:
            return found
        at_stops = self._stops.get(stop_chars)
        if at_stops is None:
            at_stops = self._stops[stop_chars] = [m.start() for m in stops.finditer(self.text)]
        found = {}
        for needle in clause:
            for at in self._starts_of(needle):
                index = bisect_left(at_stops, at)
                first = at_stops[index - 1] + 1 if index else 0
                found[first] = max(found.get(first, -1), at)
        self._last[key] = found
        return found

    def starts_of_any(self, words: tuple[str, ...]) -> list[int]:
        """Where any of ``words`` starts in the lowered text, in order. Kept: callers must not
        change it."""
        found = self._openings.get(words)
        if found is None:
            found = self._openings[words] = sorted(
                {at for word in words for at in self._starts_of(word)}
            )
        return found

    def _starts_of(self, needle: str) -> list[int]:
        """Where ``needle`` starts in the lowered text (the clauses of several patterns share
        needles: "kill", "dead")."""
        starts = self._needles.get(needle)
        if starts is None:
            starts = self._needles[needle] = []
            text_folded = self.folded
            at = text_folded.find(needle)
            while at >= 0:
                starts.append(at)
                at = text_folded.find(needle, at + 1)
        return starts


# The readings of the last texts searched (a text's patterns are tried one after another; the
# toll wordings read a text of their own beside the article's): a few, so memory stays bounded.
_READINGS: list[_TextReading] = []
_MAX_READINGS = 4


def _reading(text: str, text_folded: str) -> _TextReading:
    """The shared reading of ``text`` (a new one when it is not among the last few)."""
    for read in _READINGS:
        if (read.text is text or read.text == text) and read.folded == text_folded:
            return read
    read = _TextReading(text, text_folded)
    _READINGS.insert(0, read)
    del _READINGS[_MAX_READINGS:]
    return read


def run_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, each match searched only where one can start (for a pattern
    built once: its :class:`RunSearch` is kept)."""
    runs = run_search(pattern)
    ranges = runs.ranges(text, folded(text))
    position = 0
    while (match := runs.search(text, position, ranges)) is not None:
        if match.end() == match.start():
            # (finditer steps past an empty match: from here it is finditer's own walk)
            yield from pattern.finditer(text, match.start())
            return
        yield match
        position = match.end()


@identity_cache
def run_search(pattern: re.Pattern[str]) -> RunSearch:
    """The :class:`RunSearch` of a pattern built once (kept for the life of the process)."""
    return RunSearch(pattern)


def pattern_stops(pattern: re.Pattern[str]) -> str:
    """The characters of _CANDIDATE_STOPS that no match of ``pattern`` holds."""
    items = parse_pattern(pattern)
    if items is None:
        return ""
    return "".join(c for c in _CANDIDATE_STOPS if not _consumes(items, c))


def _consumes(items: list[tuple[Any, Any]], char: str) -> bool:
    """Whether a part of the sequence ``items`` may match ``char`` (in any case: flags are not
    read, so the answer holds under IGNORECASE); yes for what is not read here."""
    c = RE_CONSTANTS
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT, c.GROUPREF):
            continue  # zero-width, or what a group already matched
        if op is c.SUBPATTERN:
            inner = [list(av[3].data)]
        elif op is c.BRANCH:
            inner = [list(alternative.data) for alternative in av[1]]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = [list(av[2].data)]
        elif op is c.ATOMIC_GROUP:
            inner = [list(av.data)]
        elif op is c.LITERAL:
            if _same_letter(av, char):
                return True
            continue
        elif op is c.IN:
            if _in_class(av, char):
                return True
            continue
        else:
            return True  # any character, a negated literal, a construct not read here
        if any(_consumes(part, char) for part in inner):
            return True
    return False


def _same_letter(code: int, char: str) -> bool:
    return chr(code).lower() == char.lower()


def _in_class(members: list[tuple[Any, Any]], char: str) -> bool:
    """Whether the class ``[members]`` may match ``char``, in any case."""
    c = RE_CONSTANTS
    negated, hit = False, False
    variants = {char, char.lower(), char.upper()}
    for op, av in members:
        if op is c.NEGATE:
            negated = True
        elif op is c.LITERAL:
            hit = hit or _same_letter(av, char)
        elif op is c.RANGE:
            hit = hit or any(av[0] <= ord(v) <= av[1] for v in variants if len(v) == 1)
        elif op is c.CATEGORY and str(av) in _CATEGORIES:
            hit = hit or _CATEGORIES[str(av)].match(char) is not None
        else:
            return True
    # a negated class matches what it does not list: any character but the listed one may be
    # another case of it, so only a class that lists none of the variants is sure to match
    return hit != negated or (negated and hit and len(variants) > 1)


def _within(stretches: list[tuple[int, int]], at: int) -> bool:
    """Whether position ``at`` lies in one of the ordered ``stretches``."""
    index = bisect_right(stretches, at, key=lambda stretch: stretch[0]) - 1
    return index >= 0 and at <= stretches[index][1]


def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal words, lowered, one of which every match of ``pattern`` opens with (after
    zero-width tests: lookbehinds, ``\\b``), when each is ASCII and at least _MIN_OPENING long;
    else None. A case-insensitive match of an ASCII word lowers to it (see :mod:`.prefilter`,
    whose :func:`.folded` gives no text where it would not)."""
    items = parse_pattern(pattern)
    words = _opening_words(items) if items is not None else None
    if not words or any(len(w) < _MIN_OPENING or not w.isascii() for w in words):
        return None
    return tuple(sorted({w.lower() for w in words}))


def _opening_words(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal words a match of the sequence ``items`` opens with (its literal characters
    up to the first part that is none); None where it may open otherwise."""
    return _first_part(
        items, (RE_CONSTANTS.AT, RE_CONSTANTS.ASSERT, RE_CONSTANTS.ASSERT_NOT), _word_at
    )


def _word_at(items: list[tuple[Any, Any]], index: int) -> set[str] | None:
    """The literal word that opens ``items[index:]``, or None."""
    word = ""
    for op, av in items[index:]:
        if op is not RE_CONSTANTS.LITERAL:
            break
        word += chr(av)
    return {word} if word else None


def pattern_opening(pattern: re.Pattern[str]) -> str | None:
    """A regex of the positions every match starts at (a word boundary, a line's start), when
    the pattern opens with one before any character it matches; else None."""
    items = parse_pattern(pattern)
    if items is None or pattern.flags & re.ASCII:
        return None
    found = _opening_of(items)
    return "|".join(sorted(found)) if found else None


def _opening_of(items: list[tuple[Any, Any]]) -> set[str] | None:
    return _first_part(items, (RE_CONSTANTS.ASSERT, RE_CONSTANTS.ASSERT_NOT), _zero_width_at)


def _zero_width_at(items: list[tuple[Any, Any]], index: int) -> set[str] | None:
    """The regex of the zero-width opening at ``items[index]`` (a word boundary, a line's
    start), or None."""
    op, av = items[index]
    opening = _OPENINGS.get(str(av)) if op is RE_CONSTANTS.AT else None
    return {opening} if opening else None


def _first_part(
    items: list[tuple[Any, Any]],
    skipped: tuple[Any, ...],
    read: Callable[[list[tuple[Any, Any]], int], set[str] | None],
) -> set[str] | None:
    """What ``read`` finds at the first part of the sequence ``items`` past the ``skipped``
    zero-width ones, through groups and every branch of an alternation (their union); None
    where a branch has none. The walk both openings share: words, zero-width openings."""
    c = RE_CONSTANTS
    for index, (op, av) in enumerate(items):
        if op in skipped:
            continue  # tried at the same position: the match opens after it
        if op is c.SUBPATTERN:
            return _first_part(list(av[3].data), skipped, read)
        if op is c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                part = _first_part(list(alternative.data), skipped, read)
                if part is None:
                    return None
                union |= part
            return union
        return read(items, index)
    return None
