"""Days counted on from the day told before: "Gunmen killed a village chief on Monday. Two days
later, fighters abducted 14 women from the same village" (Wednesday), "the next day", "the
following morning", "a day later".

Only a day that opens its sentence is read: it sets the time of the act the sentence tells.
Such a day has no date of its own: it is the last day the text told before it (a calendar date,
a weekday, "yesterday"), moved on by its count. With no day told before it, it names none (the
story's day is no anchor). Nor does a day that tells how an act ended: "His body was found three
days later", "three men were found dead the next day", "he died of his wounds the next day" are
the act's end, which the act's own day dates (the merging passes fold them into it). A day
counted past the day after publication is no day read right, and none is given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..document import DateMention, Span
from .numbers import COUNTING, WORD_VALUES, counting

_CAPITALISED = "|".join(word.capitalize() for word in COUNTING[:10])

# Opening its sentence (after a line's start or a full stop, "Then"/"And" allowed): the time of
# the act the sentence goes on to tell. Told at a sentence's end ("22 were arrested the
# following day", "the protest was renewed the following day") it tells how the act went on,
# which the act's own day dates (ACLED's notes code such a sentence in the act's event). (What
# stands before the phrase is read for each match, not by a pattern tried at every space: a run
# of blank lines would be read to its end from each of its lines.)
_LATER = re.compile(
    r"\b(?:(?:Then|And|But)\s*,?\s+)?"
    rf"(?P<phrase>(?P<count>\d{{1,2}}|[Aa]n?|{_CAPITALISED}|{counting(1, 10)})\s+days?\s+later"
    r"|(?:[Tt]he|[Oo]n\s+the)\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night))"
    r"\b",
)
_CLOSES = ".!?"
_QUOTES = "\"'’”"


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and a line's start or a sentence's end."""
    window = text[max(0, start - 200) : start]
    told = window.rstrip()
    if "\n" in window[len(told) :]:
        return True
    if not told:
        return start <= 200  # the text's start
    last = told[-1]
    return last in _CLOSES or (last in _QUOTES and len(told) > 1 and told[-2] in _CLOSES)


def days_later(text: str, dates: Sequence[DateMention], published: dt.date) -> list[DateMention]:
    """The days counted on from the last day told before each (see the module), in text
    order; ``dates``: the text's dates, in text order."""
    found: list[DateMention] = []
    for match in _LATER.finditer(text):
        if not _opens_its_sentence(text, match.start()):
            continue
        start, end = match.span("phrase")
        before = [d for d in dates if d.span.end <= start and d.precision == "day"]
        if not before:
            continue
        days = _count(match)
        date = before[-1].date + dt.timedelta(days=days)
        if date > published + dt.timedelta(days=1):
            continue
        if _ENDED.search(_sentence(text, start, end)):
            continue
        found.append(DateMention(Span(start, end), text[start:end], date, "day"))
    return found


# How an act ended: its dead found, a wounded man's death.
_ENDED = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|found dead|died|succumbed|passed away|death)\b",
    re.IGNORECASE,
)


def _sentence(text: str, start: int, end: int) -> str:
    opened = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    closed = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=-1)
    return text[opened + 1 : closed if closed >= 0 else len(text)]


def _count(match: re.Match[str]) -> int:
    if match.group("next"):
        return 1
    word = match.group("count").lower()
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an") else WORD_VALUES[word]
