"""Acts told as kinds, fights told as going on, reports told as earlier: background, while the
same acts told on a day of their own stay news (texts written for these tests; published 20
February 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


def _events(body: str, *, include_background: bool = False) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC)
    )
    return Pipeline(include_background=include_background).extract(article)


@pytest.mark.parametrize(
    "background",
    [
        # a bare list of kinds of acts after "for" and a gerund
        "The group is known for carrying out robberies, bombings and abductions in the south.",
        # ... after "of" and a gerund, two acts
        "The government accuses the militia of staging blasts and raids in the capital.",
        # ... after "acts of"
        "Traders said nobody stopped the gang's acts of theft, abduction and murder.",
        # a fight going on
        "Alpha and Beta are battling the growth of banditry in the north.",
        # told before the news
        "The rebels previously said they had seized the town of Kafr Nabl.",
        # a count in the perfect over a campaign
        "The army says the rebels have fired over 300 shells at Hama during the offensive.",
    ],
)
def test_kinds_standing_fights_and_earlier_reports_are_not_published(background: str) -> None:
    body = f"{NEWS} {background}"
    events = _events(body)
    assert events, "the news event is published"
    assert {e.evidence.text for e in events} == {NEWS}
    marked = [e for e in _events(body, include_background=True) if e.evidence.text == background]
    assert marked, "the recalled event is extracted, and marked"
    assert {e.temporal_status for e in marked} == {"background"}


@pytest.mark.parametrize(
    ("news", "event_type", "place"),
    [
        # a gerund's objects describe the day's act, not kinds of acts
        (
            "Later gunmen attacked the village of Ariha, firing rockets and mortars at homes.",
            "shelling",
            "Ariha",
        ),
        # a list of acts on a day of its own is news
        (
            "On Monday the army was accused of shelling and airstrikes on Ariha.",
            "shelling",
            "Ariha",
        ),
        # a fight of the past, told after the lead, is news
        ("Later rebels were fighting troops near Ariha.", "armed_clash", "Ariha"),
        # "as previously reported" retells, not recalls
        (
            "As previously reported, gunmen later killed two farmers in the town of Ariha.",
            "attack_on_civilians",
            "Ariha",
        ),
        # a protest going on is news, not a fight's setting
        (
            "Hundreds of residents are protesting outside the governor's office in Ariha.",
            "protest",
            "Ariha",
        ),
        # "previously" in a relative clause about the teller dates the teller, not the act
        (
            "The army, which had previously controlled the area, said rebels attacked a"
            " checkpoint near Ariha.",
            "armed_clash",
            "Ariha",
        ),
    ],
)
def test_the_same_structures_on_the_day_stay_news(news: str, event_type: str, place: str) -> None:
    told = [e for e in _events(f"{NEWS} {news}") if e.evidence.text == news]
    assert told, "the second act is published"
    assert event_type in {e.event_type for e in told}
    assert place in {e.locations[0].name for e in told if e.locations}
    assert {e.temporal_status for e in told} == {"current"}


def test_the_dead_of_the_reported_operation_are_its_days_toll() -> None:
    """Only a count of munitions or targets over a campaign is a running tally: the militants
    killed "during the operation" the lead reports are the day's news."""
    lead = "Pakistani troops launched an operation against militants in North Waziristan on Sunday."
    toll = (
        "Security forces have killed 12 militants in Mir Ali during the operation, the army said"
        " on Monday."
    )
    # (wire51: the lead's "launched an operation against militants" is read as the operation
    # itself, so the toll is a mention of the one event the lead opens)
    told = [
        e
        for e in _events(f"{lead} {toll}", include_background=True)
        if toll in {m.text for m in e.evidence.mentions}
    ]
    assert [(e.event_type, e.locations[0].name, e.temporal_status) for e in told] == [
        ("armed_clash", "Mir Ali", "current")
    ]
    assert told[0].acled is not None and told[0].acled.fatalities == 12
