"""The story's time frame: a sentence built on a period, and the story's closing paragraph,
tell background (texts written for these tests; published Tuesday 20 February 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


def _article(body: str) -> ArticleMessage:
    return ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC)
    )


def _events(body: str, *, include_background: bool = False) -> list[EventMessage]:
    return Pipeline(include_background=include_background).extract(_article(body))


def _told_in(events: list[EventMessage], text: str) -> list[EventMessage]:
    return [e for e in events if e.evidence.text == text]


@pytest.mark.parametrize(
    "period",
    [
        # "since" before a point older than the news window
        "The bombardment has killed more than 900 people in the province since last October.",
        # a toll over a stretch of time
        "More than 500 people have been killed in the province during the past three months.",
        # a campaign's running tally
        "The army's offensive on the enclave has killed 400 fighters.",
        "A total of 109 people have been killed in the region, officials said.",
    ],
)
def test_a_sentence_built_on_a_period_is_background(period: str) -> None:
    body = f"{NEWS} {period}"
    published = _events(body)
    assert published and all(e.evidence.text == NEWS for e in published)
    assert "airstrike" in {e.event_type for e in published}
    marked = _told_in(_events(body, include_background=True), period)
    assert marked, "the period's events are extracted, and marked"
    assert {e.temporal_status for e in marked} == {"background"}


def test_since_a_recent_weekday_is_the_news_of_the_days_since() -> None:
    """Clashes "since Friday" are the news of the week, not a standing situation."""
    since_friday = "Clashes between the army and rebels near Hama have continued since Friday."
    events = _told_in(_events(f"{NEWS} {since_friday}"), since_friday)
    assert "armed_clash" in {e.event_type for e in events}
    assert {e.temporal_status for e in events} == {"current"}


_STORY = [
    NEWS,
    "Rescue workers said three children were among the dead in the market.",
    "The Syrian Observatory for Human Rights said the strikes targeted a bakery and a school.",
]
_CLOSING = (
    "Government forces have clashed with rebel factions across the province, and Islamic "
    "State cells have carried out bombing attacks in the desert east of Hama."
)


def test_the_closing_paragraph_of_a_story_is_its_context() -> None:
    body = "\n\n".join([*_STORY, _CLOSING])
    published = _events(body)
    assert published
    assert not _told_in(published, _CLOSING), "the frame is not published as news"
    airstrikes = [e for e in published if e.event_type == "airstrike"]
    assert airstrikes and airstrikes[0].evidence.text == NEWS
    assert {loc.name for e in airstrikes for loc in e.locations} & {"Saraqib", "Saraqeb"}
    marked = _told_in(_events(body, include_background=True), _CLOSING)
    assert {"armed_clash", "explosive_attack"} <= {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}


@pytest.mark.parametrize(
    "update",
    [
        # (a paragraph opening on a day before the lead's recalls an earlier incident:
        # test_recalled.py)
        "On Tuesday, gunmen ambushed an army patrol near the village of Kafr Nabl.",
        # a weekday as agencies write it, with no preposition
        "Gunmen ambushed an army patrol Sunday near the village of Kafr Nabl.",
    ],
)
def test_a_closing_paragraph_that_gives_a_fresh_day_is_news(update: str) -> None:
    """An update of the week in the last paragraph ("On Tuesday ...") is one more piece of news."""
    published = _events("\n\n".join([*_STORY, update]))
    ambush = _told_in(published, update)
    assert ambush, "the update is published"
    assert {e.temporal_status for e in ambush} == {"current"}
    assert {loc.name for e in ambush for loc in e.locations} == {"Kafranbel"}


def test_a_short_note_has_no_closing_paragraph() -> None:
    """A text of three paragraphs (or one block) may end on its news."""
    last = "Islamic State cells carried out a bombing attack in the desert east of Hama."
    published = _events("\n\n".join([NEWS, _STORY[1], last]))
    assert "explosive_attack" in {e.event_type for e in _told_in(published, last)}


def test_a_date_that_opens_the_sentence_frames_what_it_reports() -> None:
    """ "On January 9 the Pentagon said ... air strike": the report verb does not cut the
    fronted date from the strike it reports."""
    recalled = (
        "On January 9 the Pentagon said that a coalition air strike on army positions near "
        "Deir ez-Zor airport was a mistake."
    )
    body = f"{NEWS} {recalled}"
    published = _events(body)
    assert published and not _told_in(published, recalled)
    marked = _told_in(_events(body, include_background=True), recalled)
    assert "airstrike" in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}


def test_a_date_after_the_report_verb_is_the_reports() -> None:
    """ "A report released on January 9 says troops shelled ..." is a report's date: the
    shelling it tells stays news when nothing else dates it."""
    told = "Troops shelled Kafranbel, a report released on January 9 said on Monday."
    events = _told_in(_events(f"{NEWS} {told}"), told)
    assert "shelling" in {e.event_type for e in events}
    assert {e.temporal_status for e in events} == {"current"}


@pytest.mark.parametrize(
    "period",
    [
        # a clause that starts something
        "Some 400 civilians have been killed in Gaza since the border fighting broke out.",
        # any act named as a noun
        "Some 800 people have been detained in Amhara since the declaration of martial law.",
    ],
)
def test_since_a_starting_act_counts_a_period(period: str) -> None:
    body = f"{NEWS} {period}"
    assert all(e.evidence.text == NEWS for e in _events(body))
    marked = _told_in(_events(body, include_background=True), period)
    assert marked, "the period's events are extracted, and marked"
    assert {e.temporal_status for e in marked} == {"background"}
