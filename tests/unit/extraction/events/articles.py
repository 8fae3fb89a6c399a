"""Events of a short article written for a test, and what tests read of them."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def events_of(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def main_event(body: str, published: str = "2023-06-10T12:00:00Z") -> EventMessage:
    """The article's main event (the one evaluation scores), which must exist."""
    article = ArticleMessage(id="t", body=body, published_at=published)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event


def actor1(event: EventMessage) -> str:
    return next(a.name for a in event.actors if a.role == "actor1")


def fatalities(event: EventMessage) -> int | None:
    return event.acled.fatalities if event.acled is not None else None
