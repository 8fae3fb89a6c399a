"""The report's day against the page's stamp, and the acts it dates (forty-third round, date63;
texts written for these tests, published Wednesday 21 February 2024)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.document import DateMention, Span, TimePrecision
from newsevents.extraction.events.draft import better_date
from newsevents.extraction.pipeline import Pipeline

_TUESDAY = dt.date(2024, 2, 20)
_PUBLISHED = dt.date(2024, 2, 21)


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 2, 21, 12, tzinfo=dt.UTC)
    )
    return Pipeline().extract(article)


def _dates(body: str) -> set[tuple[str, dt.date, str]]:
    return {(e.event_type, e.time.date, e.time.precision) for e in _events(body)}


_LEAD = (
    "Published February 21 2024 The Syrian army has captured several villages north of Aleppo "
    "from rebels, a monitoring group said on Tuesday."
)


def test_the_reports_day_dates_a_stamped_lead_not_the_stamp() -> None:
    """The stamp is the page's day; the act was told by the monitor on Tuesday, so it is
    Tuesday's (vague: the report's day), not Wednesday's."""
    assert _dates(_LEAD) == {("territory_regained", _TUESDAY, "vague")}


def test_a_stamped_lead_with_no_day_of_its_own_keeps_the_stamp() -> None:
    """With no report dated, the stamp stays the lead's day."""
    body = (
        "Published February 21 2024 Government warplanes struck the town of Atarib in Aleppo "
        "province, killing five civilians."
    )
    assert _dates(body) == {("airstrike", _PUBLISHED, "day")}


def test_an_undated_act_told_as_a_sources_word_takes_the_reports_day() -> None:
    """The body's strike, told as what the Observatory said, is news of the report the lead
    dated to Tuesday."""
    body = (
        f"{_LEAD} Government warplanes later struck the town of Atarib in Aleppo province, "
        "killing five civilians, the Observatory said."
    )
    assert _dates(body) == {
        ("territory_regained", _TUESDAY, "vague"),
        ("airstrike", _TUESDAY, "vague"),
    }


def test_an_undated_act_told_by_no_one_borrows_no_reports_day() -> None:
    """Told by no source, the act is not the report's: it keeps the publication day, vague."""
    body = (
        "Rebels shelled a market in Taiz, a rescuer said on Monday. Houthi fighters also "
        "stormed the village of Hays."
    )
    assert _dates(body) == {
        ("shelling", dt.date(2024, 2, 19), "vague"),
        ("attack_on_civilians", _PUBLISHED, "vague"),
    }
    told = body.replace("of Hays.", "of Hays, the rescuer said.")
    assert _dates(told) == {
        ("shelling", dt.date(2024, 2, 19), "vague"),
        ("attack_on_civilians", dt.date(2024, 2, 19), "vague"),
    }


def _mention(date: dt.date, precision: TimePrecision) -> DateMention:
    return DateMention(Span(0, 4), "text", date, precision)


def test_a_period_that_holds_the_reports_day_does_not_replace_it() -> None:
    """ "this week" holds Tuesday's report: the report's day stays; a day, or a month that
    does not hold it, replaces it."""
    report = _mention(_TUESDAY, "vague")
    this_week = _mention(_PUBLISHED, "week")
    assert better_date(report, this_week) is report
    sunday = _mention(dt.date(2024, 2, 18), "day")
    assert better_date(report, sunday) is sunday
    last_month = _mention(dt.date(2024, 1, 1), "month")
    assert better_date(report, last_month) is last_month
    assert better_date(report, _mention(dt.date(2024, 2, 1), "month")) is report
