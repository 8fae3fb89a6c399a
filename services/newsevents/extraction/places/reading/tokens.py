"""The tokens of a text: words, acronyms ("U.S.") and names with apostrophes ("Ma'arrat"),
folded for matching, with the text between them ("-" in "Syria-Iraq", ", " in "Shchastia,
Luhansk")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple, Protocol, overload

from ..shared.keys import ARTICLES, fold

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['\u2019\u2018`\u02bf\u02be](?!s\b)[^\W_]+)*")

_APOSTROPHES = ("'", "\u2019")  # of a possessive: "Deir al-Zour's countryside"


class Run(Protocol):
    """A run of tokens, ``first`` to ``last`` inclusive: a :class:`.surface.Match`."""

    @property
    def first(self) -> int: ...

    @property
    def last(self) -> int: ...


class Token(NamedTuple):
    start: int
    end: int
    fold: str
    cap: bool  # starts with an uppercase letter
    upper: bool  # an acronym: all letters uppercase


class Tokens:
    """The tokens of one text, with the text: what lies between two tokens ("-" in
    "Syria-Iraq"), the words a single space away ("rural" in "rural Damascus")."""

    __slots__ = ("_items", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._items: list[Token] = []
        for found in _TOKEN.finditer(text):
            word = found.group()
            upper = len(word) >= 2 and word.isupper()
            start, end = found.span()
            self._items.append(Token(start, end, fold(word), word[0].isupper(), upper))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Token]:
        return iter(self._items)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        return self._items[index]

    def gap(self, a: int, b: int) -> str:
        """The text between token ``a`` and token ``b``."""
        return self.text[self._items[a].end : self._items[b].start]

    def between(self, run: Run, later: Run) -> str:
        """The text between two runs: ", " in "Shchastia, Luhansk"."""
        return self.gap(run.last, later.first)

    def surface(self, run: Run) -> str:
        """The text of a run, as written."""
        return self.text[self._items[run.first].start : self._items[run.last].end]

    def fold(self, run: Run) -> str:
        """The folded words of a run, joined: what a candidate's name is scored against."""
        return "".join(t.fold for t in self._items[run.first : run.last + 1])

    def content(self, run: Run) -> list[Token]:
        """The tokens of a run but its articles ("al-Raqa": "Raqa")."""
        return [t for t in self._items[run.first : run.last + 1] if t.fold not in ARTICLES]

    def word_before(self, index: int) -> int | None:
        """The token a single space before token ``index``, or None."""
        j = index - 1
        if j >= 0 and self.gap(j, index) == " ":
            return j
        return None

    def word_after(self, index: int) -> int | None:
        """The next word after token ``index`` (skipping a possessive "'s"), or None."""
        j = index + 1
        if (
            j < len(self._items)
            and self._items[j].fold == "s"
            and self.gap(index, j) in _APOSTROPHES
        ):
            index, j = j, j + 1
        if j < len(self._items) and self.gap(index, j) == " ":
            return j
        return None

    def before(self, index: int) -> Token | None:
        """The token a single space before token ``index``: "rural" in "rural Damascus"."""
        j = self.word_before(index)
        return None if j is None else self._items[j]

    def after(self, index: int) -> Token | None:
        """The token a single space after token ``index`` (no possessive skipped)."""
        j = index + 1
        if j >= len(self._items) or self.gap(index, j) != " ":
            return None
        return self._items[j]


def tokenise(text: str) -> Tokens:
    return Tokens(text)
