"""text/numbers.py: the exact count a word tells, which the counting summaries and counted
places both read."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.numbers import exact_count


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
