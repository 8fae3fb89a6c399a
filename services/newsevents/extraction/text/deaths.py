"""Death tolls: "3 fatalities", "killed two soldiers", "a man was found dead", "the body of a
man", "Abu Taleb and three others were killed" (4). Each becomes a count with unit
"fatalities"; the injured and wounded never count. Read by :func:`.quantities.find_quantities`
before the other counts, which may not overlap a toll.
"""

from __future__ import annotations

import re

from ..document import QuantityMention, Span, SpanIndex
from ..prefilter import folded, may_match
from .death_wordings import FATALITY_PATTERNS, KILLED_N, ONE, WORD_NUMBERS_AGE
from .numbers import number_value

# An age is no count: "a 25-year-old", "six pupils between 8 and 13 years old", "aged 30".
_AGE = re.compile(
    rf"\b(?:between\s+)?(?:\d{{1,3}}|{'|'.join(WORD_NUMBERS_AGE)})(?:\s*(?:-|–|and|to)\s*\d{{1,3}})?"
    r"[\s‐–-]+(?:years?|months?)[\s‐–-]+old\b|\baged\s+\d{1,3}(?:\s*(?:-|–|and|to)\s*\d{1,3})?\b",
    re.I,
)
# A group's acronym in brackets after its name is no word of the subject: "Two militants of
# the Beta Army (BA) outfit were killed", "Two Beta Defence Forces (BDF) soldiers".
_ACRONYM = re.compile(r"\((?=[^()\s]{2,12}\))(?=[^)]*[A-Z][^)]*[A-Z])[A-Z][\w&./-]*\)")
# One named before a count: "Abu Taleb and three others were killed" = 4, "the spokesman, his
# son and 20 other fighters" (a name or a kin word right before "and"; not a place: "in Homs
# and 3 people").
_ONE_BEFORE = re.compile(
    r"(?:(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bnear )(?<!\bto )(?<!\bbetween )"
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’.-]+"
    r"|\b(?:his|her|their)\s+(?:son|daughter|wife|husband|brother|sister|father|mother|"
    r"bodyguard|driver|deputy|aide))\s+and\s+(?:at least\s+|another\s+)?$"
)


def find_deaths(text: str, spans: list[Span]) -> list[QuantityMention]:
    """The death tolls the text tells, each a count with unit "fatalities", outside ``spans``
    (money and dates already read)."""
    found: list[QuantityMention] = []
    original = text
    # an age reads as one person: "shot dead 25-year-old Ahmed" is one
    text = _AGE.sub(lambda m: "a".ljust(len(m.group())), text)
    text = _ACRONYM.sub(lambda m: " " * len(m.group()), text)
    taken = SpanIndex(spans)
    tolls = SpanIndex()
    lowered = folded(text)
    for pattern in FATALITY_PATTERNS:
        if not may_match(pattern, lowered):
            continue  # none of the pattern's words is in the text
        position = 0
        while (match := pattern.search(text, position)) is not None:
            span = Span(match.start(), match.end())
            position = span.end
            # A date inside a toll's words is no count of it ("the number of people killed in
            # the raid on Friday climbed to six"); one read as its count is.
            blocking = [t for t in taken.overlapping(span) if _holds_count(match, t)]
            if blocking:
                # "Dec 28 2015 Two civilians killed": look again after the date.
                position = max(span.start + 1, min(t.end for t in blocking))
                continue
            if tolls.overlaps(span):
                continue
            n = (match.group("n") or "one").lower()
            value = _death_count(n)
            if value is None:
                n, value = "one", 1.0  # "killing him", "killed the commander"
            if "m" in pattern.groupindex and match.group("m") and _adds_up(pattern, n, match):
                value += _death_count(match.group("m").lower()) or 0.0
            if value > 10_000:
                continue  # a year or an identifier, not a death toll
            if match.start("n") == span.start and _ONE_BEFORE.search(
                original, max(0, span.start - 60), span.start
            ):
                value += 1
            mention = original[span.start : span.end]
            found.append(QuantityMention(span, mention, "count", value, "fatalities"))
            tolls.add(span)
    return found


def _holds_count(match: re.Match[str], span: Span) -> bool:
    """Whether a span (a date, an amount) overlaps a count of the toll ``match``."""
    groups = [g for g in ("n", "m") if g in match.re.groupindex and match.group(g)]
    return not groups or any(
        span.start < match.end(g) and match.start(g) < span.end for g in groups
    )


def _death_count(word: str) -> float | None:
    return 1.0 if word in ONE else number_value(word)


def _adds_up(pattern: re.Pattern[str], n: str, match: re.Match[str]) -> bool:
    """Whether a match's second count adds to its first: always in a clause of two tolls; after
    "killed" after one person ("killed a commander and three fighters" = 4) or after a group
    of its own kind ("killing eight police officers and five investigators" = 13), not after
    people who can be anyone ("killing 12 people and 3 children" is 12: the children are
    among the people; measured, the sum after any count lost on FA-KES)."""
    if pattern is not KILLED_N or n in {"a", "an", "one"}:
        return True
    first = match.string[match.end("n") : match.start("m")]
    return _ANYONE.search(first) is None


# Victims who can be anyone: a later count joined to them is among them.
_ANYONE = re.compile(
    r"\b(?:people|persons?|civilians|citizens|individuals|others|residents|villagers|"
    r"inhabitants|worshippers|passengers|family|members)\b",
    re.I,
)
