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

The day before the last one told ("the previous day", "the day before", "a day earlier", "the
night before") is read anywhere in its sentence: "rebels fired rockets on Friday ... six had
been killed the previous day" (Thursday); not before a named time ("the day before the vote",
"the day before yesterday"). With no day told before it, it names none (forty-sixth round).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..document import DateMention, Sentence, Span, sentence_at
from .numbers import COUNTING, WORD_VALUES, counting

_CAPITALISED = "|".join(word.capitalize() for word in COUNTING[:10])

# Opening its sentence ("Then"/"And" allowed before it): the time of the act the sentence goes
# on to tell. Told at a sentence's end ("22 were arrested the following day", "the protest was
# renewed the following day") it tells how the act went on, which the act's own day dates
# (ACLED's notes code such a sentence in the act's event). The sentences are the splitter's
# (`text/sentences.py`), found by `sentence_at`.
_LATER = re.compile(
    r"\b(?:(?:Then|And|But)\s*,?\s+)?"
    rf"(?P<phrase>(?P<count>\d{{1,2}}|[Aa]n?|{_CAPITALISED}|{counting(1, 10)})\s+days?\s+later"
    r"|(?:[Tt]he|[Oo]n\s+the)\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night))"
    r"\b",
)


# The day before the last one told, anywhere in its sentence (forty-sixth round): "rebels fired
# rockets on the city on Friday ... Six had been killed the previous day" (Thursday), "a
# monitor on Tuesday raised the toll from strikes on a market the previous day" (Monday). Not a
# day before a named one ("the day before the vote", "the day before yesterday").
EARLIER_DAY = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night)|the\s+(?:day|night)\s+before"
    r"|a\s+day\s+(?:earlier|before))\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|yesterday|last)\b)",
    re.IGNORECASE,
)


def days_later(
    text: str, sentences: Sequence[Sentence], dates: Sequence[DateMention], published: dt.date
) -> list[DateMention]:
    """The days counted on from the last day told before each (see the module), in text
    order; ``dates``: the text's dates, in text order."""
    found = _days_earlier(text, dates)
    for match in _LATER.finditer(text):
        sentence = sentence_at(sentences, Span(match.start(), match.end()))
        if sentence is None or sentence.span.start != match.start():
            continue
        start, end = match.span("phrase")
        before = [d for d in dates if d.span.end <= start and d.precision == "day"]
        if not before:
            continue
        days = _count(match)
        date = before[-1].date + dt.timedelta(days=days)
        if date > published + dt.timedelta(days=1):
            continue
        if _ENDED.search(sentence.text):
            continue
        found.append(DateMention(Span(start, end), text[start:end], date, "day"))
    return sorted(found, key=lambda m: m.span.start)


def _days_earlier(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """The days before the last day told before each ("the previous day"); none with no day
    told before (the story's day is no anchor)."""
    found: list[DateMention] = []
    for match in EARLIER_DAY.finditer(text):
        before = [d for d in dates if d.span.end <= match.start() and d.precision == "day"]
        if before:
            date = before[-1].date - dt.timedelta(days=1)
            found.append(DateMention(Span(*match.span()), match.group(), date, "day"))
    return found


# How an act ended: its dead found, a wounded man's death.
_ENDED = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|found dead|died|succumbed|passed away|death)\b",
    re.IGNORECASE,
)


def _count(match: re.Match[str]) -> int:
    if match.group("next"):
        return 1
    word = match.group("count").lower()
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an") else WORD_VALUES[word]
