"""Patterns over the whole text that open on a lookahead of their first characters (a test that
rules most positions out before the rest is read at each) match exactly what they match
without it: same spans, same groups."""

from __future__ import annotations

import re

import pytest

from newsevents.extraction.text import dates, quantities

TEXTS = [
    "Gunmen killed two traders on Monday; since Sunday the roads have been closed.",
    "Monday Okafor, the police chief, said the raid during Sunday Mass left 4 dead.",
    "The attack on Friday (July 11) and the protest Tuesday night; from Wednesday on, calm.",
    "MONDAY: officials paid $5 million and up to 300,000 naira; about 2.5 bn euros later.",
    "Some 40 Syrian pounds, over £12, as much as 7 dollars, more than 1,200 shillings.",
    "Nothing here but words: Mondays, Sundays and Fridays are named in passing, ſome 3 USD.",
]


def _without_lookahead(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    assert pattern.pattern.startswith(lookahead)
    return re.compile(pattern.pattern[len(lookahead) :], pattern.flags)


def _weekday() -> tuple[re.Pattern[str], str]:
    pattern = next(p for kind, p in dates._PATTERNS if p.pattern.startswith("(?=(?:Monday"))
    return pattern, pattern.pattern[: pattern.pattern.index(")\\b)") + 4]


def _money() -> tuple[re.Pattern[str], str]:
    pattern = quantities._MONEY
    return pattern, pattern.pattern[: pattern.pattern.index("])") + 2]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("which", [_weekday, _money])
def test_the_lookahead_changes_no_match(text: str, which: object) -> None:
    pattern, lookahead = which()  # type: ignore[operator]
    plain = _without_lookahead(pattern, lookahead)
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected


def test_the_texts_hold_weekdays_and_sums() -> None:
    weekday, _ = _weekday()
    assert [m.group("weekday") for m in weekday.finditer(TEXTS[0])] == ["Monday"]
    assert [m.group("weekday") for m in weekday.finditer(TEXTS[1])] == ["Sunday"]
    sums = [m.group() for m in quantities._MONEY.finditer(TEXTS[4])]
    assert sums == ["Some 40 Syrian pounds", "over £12", "as much as 7 dollars"]
    # (a long s matches "s" case-insensitively: the lookahead's class reads it as the word does)
    assert [m.group() for m in quantities._MONEY.finditer(TEXTS[5])] == ["\u017fome 3 USD"]
