"""Dates resolve against the publication date (2024-03-14, a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.extraction.text.dates import find_dates
from tests.unit.helpers import document


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Troops arrived on February 9.", dt.date(2024, 2, 9), "day"),
        ("Troops arrived on 9 February 2023.", dt.date(2023, 2, 9), "day"),
        ("Troops arrived on December 30.", dt.date(2023, 12, 30), "day"),  # not in the future
        ("Troops arrived yesterday.", dt.date(2024, 3, 13), "day"),
        ("Troops arrived on Monday.", dt.date(2024, 3, 11), "day"),
        ("Troops arrived last week.", dt.date(2024, 3, 7), "week"),
        ("Troops arrived last month.", dt.date(2024, 2, 1), "month"),
        ("Troops arrived in January.", dt.date(2024, 1, 1), "month"),
        ("Troops recently arrived.", dt.date(2024, 3, 14), "vague"),
    ],
)
def test_resolution(text: str, date: dt.date, precision: str) -> None:
    """The date and its precision, with the words it came from."""
    doc = document(text)
    find_dates(doc)
    assert [(m.date, m.precision) for m in doc.dates] == [(date, precision)]
    mention = doc.dates[0]
    assert doc.text[mention.span.start : mention.span.end] == mention.text


def test_february_29_after_a_leap_year_is_no_date_and_no_crash() -> None:
    """A day after publication is last year's ("December 30" in March); an article of
    2024-02-20 naming "February 29" has no such day in 2023: no date, rather than a failure."""
    doc = document("Troops arrived on February 29.", published=dt.date(2024, 2, 20))
    find_dates(doc)
    assert doc.dates == []
