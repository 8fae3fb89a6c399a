"""Times a reader dates an earlier incident by, which the extractor did not read: a part of a
month ("At the end of July, ...") and a fronted time after a linking word ("Also in April,
..."). Texts written for these tests; published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_LEAD,
    actor1,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    "recalled",
    [
        # a part of an earlier month, opening its sentence
        "At the end of January, militants in four trucks overran an army post in the town of "
        "Saraqib, killing nine soldiers.",
        "At the beginning of January, gunmen abducted twelve traders near Saraqib.",
        # a fronted earlier month after a linking word, with a report's verb between it and
        # the act (the month frames all the sentence)
        "Also in January, jets bombed a market in Saraqib that residents said killed about "
        "forty people.",
        "However, in December, gunmen killed six traders in Saraqib, residents said.",
    ],
)
def test_an_incident_of_an_earlier_month_is_background(recalled: str) -> None:
    body = f"{KAFR_NABL_LEAD}\n\n{recalled}"
    published = events_on_a_tuesday(body)
    assert told_in(published, recalled) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), recalled)
    assert marked and all(e.temporal_status == "background" for e in marked)
    # the lead's killing stays the news, with its place and doer
    lead = told_in(published, KAFR_NABL_LEAD)
    assert [e.event_type for e in lead] == ["attack_on_civilians"]
    assert lead[0].temporal_status == "current"
    assert lead[0].locations[0].name == "Kafranbel"
    assert "Unidentified Armed Group" in actor1(lead[0])


@pytest.mark.parametrize(
    "news",
    [
        # a linking word before a recent day: the day is fresh
        "Also on Sunday, gunmen killed three traders in Saraqib, residents said.",
    ],
)
def test_a_fresh_day_after_a_linking_word_stays_news(news: str) -> None:
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{news}"), news)
    assert published and all(e.temporal_status == "current" for e in published)
    assert all(e.locations[0].name == "Saraqib" for e in published)


@pytest.mark.parametrize(
    "trend",
    [
        "Due to the intensification of clashes in the province, the army sent more troops to "
        "Saraqib.",
        "The province has seen a sharp increase in attacks on farmers in recent weeks.",
        "Residents fear an escalation of fighting around Saraqib.",
    ],
)
def test_a_trend_of_acts_is_no_occurrence(trend: str) -> None:
    """A trend noun ("the intensification of clashes", "a sharp increase in attacks") names a
    change of pace, not one act: not published; the lead's killing stays the news."""
    body = f"{KAFR_NABL_LEAD}\n\n{trend}"
    published = events_on_a_tuesday(body)
    assert told_in(published, trend) == []
    assert [e.event_type for e in told_in(published, KAFR_NABL_LEAD)] == ["attack_on_civilians"]


def test_a_fresh_wave_of_strikes_stays_news() -> None:
    """ "wave", "spate", "series" and "string" take no adjective: "a fresh wave of airstrikes"
    on a day is the news."""
    news = "On Monday, a fresh wave of airstrikes hit Saraqib, killing six civilians."
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{news}"), news)
    assert [e.event_type for e in published] == ["airstrike"]
    assert published[0].locations[0].name == "Saraqib"


def test_the_beginning_of_this_month_weeks_back_is_background() -> None:
    """ "At the beginning of February" told on 20 February is more than a week back: an earlier
    incident, not the news."""
    recalled = "At the beginning of February, two rockets were fired from Saraqib."
    body = f"{KAFR_NABL_LEAD}\n\n{recalled}"
    assert told_in(events_on_a_tuesday(body), recalled) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), recalled)
    assert marked and all(e.temporal_status == "background" for e in marked)
