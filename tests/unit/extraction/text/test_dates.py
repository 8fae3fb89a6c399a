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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # agencies write a weekday bare, or with the hour of the day before it
        ("Gunmen killed three policemen Monday.", dt.date(2024, 3, 11)),
        ("Gunmen killed three policemen late Tuesday.", dt.date(2024, 3, 12)),
        ("Tuesday's attack killed three policemen.", dt.date(2024, 3, 12)),
        ("Gunmen killed three policemen overnight Sunday.", dt.date(2024, 3, 10)),
        # "Last" opening a sentence is a week back, as "last" is
        ("Last Thursday gunmen killed three policemen.", dt.date(2024, 3, 7)),
    ],
)
def test_a_weekday_as_agencies_write_it(text: str, date: dt.date) -> None:
    doc = document(text)
    find_dates(doc)
    assert [(m.date, m.precision) for m in doc.dates] == [(date, "day")]


@pytest.mark.parametrize(
    "text",
    [
        # a bound of a period, not a day of an act
        "Clashes have continued since Monday.",
        "The curfew lasts until Friday.",
        "The curfew runs from Friday.",
    ],
)
def test_a_weekday_bounding_a_period_is_no_date(text: str) -> None:
    doc = document(text)
    find_dates(doc)
    assert doc.dates == []


def test_a_weekday_before_its_date_leaves_the_date_to_date_it() -> None:
    """ "Monday, March 4": the month and day date it (not this week's Monday)."""
    doc = document("The statement was issued Monday, March 4.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [("March 4", dt.date(2024, 3, 4))]


def test_a_date_naming_a_street_is_no_date() -> None:
    """ "April 7th Street" is a place; the act is dated by "on Monday"."""
    doc = document("Mortar shells landed near April 7th Street on Monday.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [("on Monday", dt.date(2024, 3, 11))]


def test_a_date_naming_a_movement_is_no_date() -> None:
    """ "the March 23 movement" names a group, written with a small letter as often as not."""
    doc = document("Fighters of the March 23 movement stormed the village on Monday.")
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [("on Monday", dt.date(2024, 3, 11))]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out yesterday morning (24 January) near the river.",
        "Fighting broke out on Tuesday (January 24) near the river.",
    ],
)
def test_a_counted_day_restated_in_brackets_is_the_date_in_brackets(text: str) -> None:
    """A story published on Friday 26 January tells "yesterday (24 January)": written a day
    before it was published, the date in brackets is the day."""
    doc = document(text, published=dt.date(2024, 1, 26))
    find_dates(doc)
    assert [m.date for m in doc.dates] == [dt.date(2024, 1, 24)]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # on a weekday: the Sunday before (2024-03-10 for a Thursday)
        (
            "A roadside bomb hit a convoy over the weekend.",
            dt.date(2024, 3, 14),
            dt.date(2024, 3, 10),
        ),
        (
            "A roadside bomb hit a convoy at the weekend.",
            dt.date(2024, 3, 14),
            dt.date(2024, 3, 10),
        ),
        ("Last weekend, a roadside bomb hit a convoy.", dt.date(2024, 3, 14), dt.date(2024, 3, 10)),
        # written on a Saturday, the weekend is that day; "last weekend" the one before
        (
            "A roadside bomb hit a convoy over the weekend.",
            dt.date(2024, 3, 16),
            dt.date(2024, 3, 16),
        ),
        ("A roadside bomb hit a convoy last weekend.", dt.date(2024, 3, 16), dt.date(2024, 3, 10)),
    ],
)
def test_a_weekend_is_its_last_day_up_to_publication(
    text: str, published: dt.date, date: dt.date
) -> None:
    """Error 9 of the ninth round: "over the weekend" was no date, so an act told at the
    weekend before a mid-week story took the report's day."""
    doc = document(text, published=published)
    find_dates(doc)
    assert [(m.date, m.precision) for m in doc.dates] == [(date, "day")]
    assert "weekend" in doc.dates[0].text


def test_a_weekend_outing_is_no_date() -> None:
    doc = document("The lake is a popular weekend getaway for city residents.")
    find_dates(doc)
    assert doc.dates == []


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("At the end of January, troops arrived.", dt.date(2024, 1, 1), "month"),
        ("By the close of December, troops arrived.", dt.date(2023, 12, 1), "month"),
        ("Troops arrived at the beginning of February.", dt.date(2024, 2, 1), "week"),
        ("Troops fought there since the start of October 2023.", dt.date(2023, 10, 1), "week"),
    ],
)
def test_a_part_of_a_month_is_the_month_or_its_first_week(
    text: str, date: dt.date, precision: str
) -> None:
    """ "At the end of July" dates to July, as "in July" does; "the beginning of October" to its
    first week (told on October 31, weeks back); neither to a day, nor to the report's."""
    doc = document(text)
    find_dates(doc)
    assert [(m.date, m.precision) for m in doc.dates] == [(date, precision)]
    assert doc.dates[0].text.lower().startswith("the ")


def test_the_middle_of_a_month_is_left_to_the_report() -> None:
    """ "during the middle of September" is not read as the 1st of the month (ACLED dates it to
    the 15th, its report's own date): no mention."""
    doc = document("Two militias clashed during the middle of February.")
    find_dates(doc)
    assert doc.dates == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("During Sundays operation 23 fighters were killed.", [dt.date(2024, 3, 10)]),
        ("Two rescuers were among Tuesdays victims.", [dt.date(2024, 3, 12)]),
        ("The market opens on Fridays and Sundays.", []),  # days that recur
        ("Mondays, Sundays and Fridays are named in passing.", []),
    ],
)
def test_a_weekdays_possessive_without_its_apostrophe(text: str, dates: list[dt.date]) -> None:
    """Texts stripped of apostrophes write a weekday's possessive as a plural: "Sundays
    operation" is Sunday's when a noun of violence follows, not days that recur."""
    doc = document(text)
    find_dates(doc)
    assert [(m.date, m.precision) for m in doc.dates] == [(d, "day") for d in dates]


def test_a_weekday_one_day_after_publication_is_that_day() -> None:
    """A page is often stamped a day before it was written: "on Friday" in a story stamped
    Thursday (2024-03-14) is the next day, as a calendar date may be, not six days back;
    "last Friday" stays the one before."""
    doc = document("The monitor on Friday raised the toll to 61. Troops left last Friday.")
    find_dates(doc)
    assert [m.date for m in doc.dates] == [dt.date(2024, 3, 15), dt.date(2024, 3, 8)]
