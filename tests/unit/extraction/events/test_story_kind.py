"""One reading per article: does it report political violence, unrest or a security event at
all (events/story_kind.py, twenty-eighth round, gate48)? Ordinary news of a general paper's
desks, told with the words of violence in their own senses ("the striker shot", "shares
plunged", "bombed at the box office", "an attack on the budget", "police arrested a man
suspected of burglary"), publishes nothing; reports of violence in the styles of a wire, a local
paper and an NGO keep their events; an article about something else keeps an event that stands
on its own. The articles are written for these tests (story_kinds.py, story_kinds_violent.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.events.story_kind import reports_violence
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_of
from tests.unit.extraction.events.story_kinds import ORDINARY
from tests.unit.extraction.events.story_kinds_violent import (
    LEAD_IN_A_FRAME,
    STRONG_ASIDES,
    VIOLENT,
)


def _read(body: str) -> bool:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return reports_violence(Pipeline().annotate(article))


def test_the_articles_are_of_news_length() -> None:
    for body in [*ORDINARY.values(), *(b for b, _ in [*VIOLENT.values(), *STRONG_ASIDES.values()])]:
        assert 60 <= len(body.split()) <= 150, body[:40]
    assert len(ORDINARY) >= 30 and len(VIOLENT) >= 10


@pytest.mark.parametrize("kind", sorted(ORDINARY))
def test_ordinary_news_is_read_as_about_something_else(kind: str) -> None:
    assert not _read(ORDINARY[kind])


@pytest.mark.parametrize("kind", sorted(ORDINARY))
def test_ordinary_news_publishes_no_event(kind: str) -> None:
    assert [e.event_type for e in events_of(ORDINARY[kind])] == []


@pytest.mark.parametrize("kind", sorted(VIOLENT))
def test_reports_of_violence_are_read_so_and_keep_their_event(kind: str) -> None:
    body, event_type = VIOLENT[kind]
    assert _read(body)
    assert event_type in [e.event_type for e in events_of(body)]


@pytest.mark.parametrize("kind", sorted(STRONG_ASIDES))
def test_an_event_standing_on_its_own_stays_in_a_story_about_something_else(kind: str) -> None:
    body, event_type = STRONG_ASIDES[kind]
    assert not _read(body)
    assert [e.event_type for e in events_of(body)] == [event_type]


def test_a_short_note_is_read_as_before() -> None:
    """A brief of a few sentences is about its event, whatever else it names: an ACLED note of
    a clash at a school ("students", "teachers") keeps it."""
    body = (
        "Students of a secondary school in Kisii clashed with police on Monday. "
        "They threw stones at officers after the school was closed. "
        "Two teachers were injured."
    )
    assert _read(body)
    assert events_of(body)


@pytest.mark.parametrize("kind", sorted(LEAD_IN_A_FRAME))
def test_a_conflict_named_in_the_lead_keeps_its_event_in_another_frame(kind: str) -> None:
    """A story told in a market's or a league's frame whose lead names a side or a weapon of a
    conflict (missiles, militants) reports it, however many sentences of prices or fixtures
    follow (review48b)."""
    body, event_type = LEAD_IN_A_FRAME[kind]
    assert 60 <= len(body.split()) <= 150
    assert _read(body)
    assert event_type in [e.event_type for e in events_of(body)]


def test_shelling_out_and_an_army_of_volunteers_are_no_conflict() -> None:
    """ "Shelling out" for tickets and "an army of volunteers" in the lead keep a story about
    something else one (review48b: "shell(ing|ed)" counted the idiom as a sentence of conflict)."""
    body = (
        "Fans are shelling out hundreds of dollars for tickets to the final, and an army of "
        "volunteers is ready at the stadium.\n\n"
        "Some have shelled out a month's wages for a seat. "
        "Sponsors are shelling out millions for the television rights. "
        "The match kicks off at 8 pm on Sunday. "
        "The home team's coach said his players were fit. "
        "The club's striker has scored 20 goals this season. "
        "The league expects a crowd of 60,000 fans. "
        "Ticket prices have doubled since the semi-final."
    )
    assert not _read(body)
