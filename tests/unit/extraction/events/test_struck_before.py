"""An attack on a quarter the news told as hit on a later day is the earlier attack recalled
(texts written for these tests; published Tuesday 20 February 2024, the news on Tuesday)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

NEWS = (
    "Two people were hurt on Tuesday when militants fired mortar shells on the Akrama "
    "neighborhood in Homs city, a police officer told reporters. Several shops were damaged, "
    "he said."
)
RECALLED = (
    "On Monday, four civilians died and nine were hurt as militants fired rocket shells on "
    "the Akrama and al-Zahraa neighborhoods."
)


def test_the_day_before_attack_on_a_quarter_hit_again_is_background() -> None:
    recalled = RECALLED
    body = f"{NEWS} {recalled}"
    published = events_on_a_tuesday(body)
    assert [(e.event_type, e.locations[0].name) for e in published] == [("shelling", "Akrama")]
    assert published[0].acled.fatalities == 0, "the recalled dead are not the news's"
    marked = told_in(events_on_a_tuesday(body, include_background=True), recalled)
    assert {loc.name for e in marked for loc in e.locations} >= {"Akrama", "al-Zahraa"}
    assert {e.temporal_status for e in marked} == {"background"}


@pytest.mark.parametrize(
    "item",
    [
        # another place: one more item of the report
        "On Monday, four civilians were killed when militants fired rocket shells on the town "
        "of Talbiseh.",
        # a city named again, not a quarter: a wire story names it for every day's acts
        "On Sunday, rebel rockets hit Homs, killing two people, the same source said.",
    ],
)
def test_an_earlier_day_elsewhere_stays_news(item: str) -> None:
    """Told beside the recalled attack on the quarters, each item stays news."""
    published = events_on_a_tuesday(f"{NEWS} {RECALLED} {item}")
    assert not told_in(published, RECALLED)
    told = told_in(published, item)
    assert [e.event_type for e in told] == ["shelling"]
    assert {e.temporal_status for e in told} == {"current"}


def test_an_attack_whose_toll_is_updated_stays_news() -> None:
    """The recalled attack's toll updated: the incident is told as the day's news again (a pin
    of the rule's exception: the start publishes it too)."""
    update = "The toll of Monday's rocket attack on the Akrama neighborhood has risen to six dead."
    published = events_on_a_tuesday(f"{NEWS} {RECALLED} {update}")
    monday = [e for e in published if str(e.time.date) == "2024-02-19"]
    assert {loc.name for e in monday for loc in e.locations} >= {"Akrama"}
    assert {e.temporal_status for e in monday} == {"current"}


def test_a_lead_told_over_days_keeps_the_day_before() -> None:
    """A lead that counts the news over a span of days takes the day before in: its attack on
    the quarter stays news (a pin of the rule's exception: the start publishes it too)."""
    lead = (
        "Six civilians were killed and 20 hurt in rocket attacks on Homs city over the past 48 "
        "hours, a police officer told reporters."
    )
    published = events_on_a_tuesday(f"{lead} {NEWS} {RECALLED}")
    monday = told_in(published, RECALLED)
    assert {loc.name for e in monday for loc in e.locations} >= {"Akrama", "al-Zahraa"}
    assert {e.temporal_status for e in monday} == {"current"}


def test_a_quarter_whose_name_holds_the_news_quarters_is_another_quarter() -> None:
    """The quarter told again is matched as a whole name: the day before's shells on the
    "Akramani" quarter are no recall of the news's "Akrama" (review, fifty-third round)."""
    other = (
        "On Monday, four civilians died and nine were hurt as militants fired rocket shells on "
        "the Akramani neighborhood."
    )
    told = told_in(events_on_a_tuesday(f"{NEWS} {other}"), other)
    assert [(e.event_type, e.locations[0].name) for e in told] == [("shelling", "Akramani")]
    assert {e.temporal_status for e in told} == {"current"}
