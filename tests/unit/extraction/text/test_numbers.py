"""text/numbers.py: the exact count a word tells, which the counting summaries and counted
places both read, and the runs of number words the patterns of every stage take from it."""

from __future__ import annotations

import re

import pytest

from newsevents.extraction.text.numbers import (
    COUNTING,
    SEVERAL_WORDS,
    WORD_VALUES,
    counting,
    exact_count,
)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("two", 2),
        ("Three", 3),
        ("7", 7),
        ("both", 2),
        ("Twin", 2),
        ("ten", 10),
        ("several", None),
        ("multiple", None),
        ("a series of", None),
        ("separate", None),
    ],
)
def test_the_exact_count_of_a_word(word: str, count: int | None) -> None:
    assert exact_count(word) == count


def test_a_run_of_number_words_is_told_in_counting_order() -> None:
    assert counting(2, 5) == "two|three|four|five"
    assert counting(1, 12).split("|")[-1] == "twelve"
    assert [WORD_VALUES[word] for word in COUNTING] == list(range(1, 20))


@pytest.mark.parametrize(
    ("text", "counted"),
    [("twelve", True), ("fifteen", True), ("forty", True), ("dozens of", True), ("one", False),
     ("sixty", False), ("a few", False)],
)  # fmt: skip
def test_the_words_of_several_counted(text: str, counted: bool) -> None:
    assert (re.fullmatch(rf"(?:{SEVERAL_WORDS})", text) is not None) is counted
