"""Events of a short article written for a test, and what tests read of them."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def events_of(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def actor1(event: EventMessage) -> str:
    return next(a.name for a in event.actors if a.role == "actor1")


def fatalities(event: EventMessage) -> int | None:
    return event.acled.fatalities if event.acled is not None else None
