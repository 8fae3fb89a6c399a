"""Events of a short article written for a test, and what tests read of them."""

from __future__ import annotations

import datetime as dt
import re
from types import EllipsisType

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.pipeline import Pipeline, extract_events

# A lead and its elaboration, told on a Tuesday about the Monday before: the news that the
# background tests set earlier incidents beside.
KAFR_NABL_LEAD = (
    "Gunmen killed four farmers in the village of Kafr Nabl in Idlib province on Monday, "
    "a local official said."
)
KAFR_NABL_ELABORATION = [
    "The farmers were working in their fields when the attackers opened fire, he said.",
    "Residents said the gunmen fled towards the hills after the shooting.",
]


def events_of(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def one_event_sides(text: str) -> tuple[str, str | None, str | None]:
    """The type, ACLED actor1 and actor2 of the article's only event (which must be one)."""
    events = events_of(text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    return event.event_type, event.acled.actor1, event.acled.actor2


def placed_by_text(events: list[EventMessage], kind: str) -> dict[str, tuple[str | None, int]]:
    """Each event of ``kind`` by its place's text: its ACLED actor1 and toll (roundup tests)."""
    return {
        e.locations[0].text: (e.acled.actor1, e.acled.fatalities or 0)
        for e in events
        if e.event_type == kind and e.locations
    }


def events_published(body: str, published: dt.datetime) -> list[EventMessage]:
    """Events of an article published at ``published`` (the year names some actors' ACLED
    periods: "Military Forces of Turkey (2002-)")."""
    return extract_events(ArticleMessage(id="t", body=body, published_at=published))


def acled_of(body: str, event_type: str, published: dt.datetime) -> AcledFields:
    """The ACLED block of the article's first event of ``event_type``, which must exist."""
    event = next(e for e in events_published(body, published) if e.event_type == event_type)
    assert event.acled is not None
    return event.acled


def events_on_a_tuesday(body: str, *, include_background: bool = False) -> list[EventMessage]:
    """Events of an article published on Tuesday 20 February 2024, noon: "on Monday" is the
    day before. With ``include_background`` the events judged background are kept, marked."""
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC)
    )
    return Pipeline(include_background=include_background).extract(article)


# A lead of a clash and its elaboration: the news the background tests tell their sentence
# beside (bg63, bg65).
CLASH_LEAD = (
    "Rebels and government troops clashed near the town of Saraqib in Idlib province on "
    "Monday, killing at least 15 fighters, a war monitor said."
)
CLASH_ELABORATION = (
    "The fighting broke out at dawn when rebels attacked an army post, the monitor said. "
    "Residents said the fighting lasted several hours."
)


# An article's events as (type, actor1, actor2, place), ``...`` for an actor a test leaves out.
Told = list[tuple[str, str | EllipsisType | None, str | EllipsisType | None, str | None]]


def told_on_a_tuesday(body: str, expected: Told) -> Told:
    """The article's events (:func:`events_on_a_tuesday`) as (type, actor1, actor2, place), an
    actor left out (``...``) where ``expected`` does not assert it."""
    told: Told = []
    for index, event in enumerate(events_on_a_tuesday(body)):
        wanted = expected[index] if index < len(expected) else None
        actor1 = ... if wanted is not None and wanted[1] is ... else event.acled.actor1
        actor2 = ... if wanted is not None and wanted[2] is ... else event.acled.actor2
        told.append((event.event_type, actor1, actor2, event.acled.location))
    return told


def events_after_a_clash(sentence: str, *, include_background: bool = False) -> list[EventMessage]:
    """The events of the clash's lead and elaboration, then ``sentence``, on a Tuesday."""
    body = "\n\n".join([CLASH_LEAD, CLASH_ELABORATION, sentence])
    return events_on_a_tuesday(body, include_background=include_background)


def assert_clash_lead_is_news(events: list[EventMessage]) -> None:
    """The clash's lead is one current armed clash."""
    lead = [e for e in events if e.evidence.text == CLASH_LEAD]
    assert [e.event_type for e in lead] == ["armed_clash"]
    assert lead[0].temporal_status == "current"


_PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")


def sides_of(
    body: str, published: dt.datetime = dt.datetime(2016, 5, 3, tzinfo=dt.UTC)
) -> list[tuple[str, str | None, str | None]]:
    """Each event's type, ACLED actor1 and actor2, the regime periods left out."""
    return [
        (
            e.event_type,
            *(_PERIOD.sub("", a) if a else None for a in (e.acled.actor1, e.acled.actor2)),
        )
        for e in events_published(body, published)
        if e.acled is not None
    ]


def told_in(events: list[EventMessage], text: str) -> list[EventMessage]:
    """The events whose evidence is exactly ``text``."""
    return [e for e in events if e.evidence.text == text]


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


def event_tolls(body: str) -> list[int | None]:
    """The toll of each event of a short article, in order."""
    return [fatalities(e) for e in events_of(body)]


def place_mention(name: str, start: int, **fields: object) -> PlaceMention:
    """A town ``name`` read at ``start``, in "North Province" of the invented country XA;
    ``fields`` override any of its fields."""
    values: dict[str, object] = {
        "span": Span(start, start + len(name)),
        "text": name,
        "name": name,
        "country_code": "XA",
        "admin1": "North Province",
        "latitude": 10.0,
        "longitude": 20.0,
        "precision": "town",
        "feature": "city",
    }
    values.update(fields)
    return PlaceMention(**values)  # type: ignore[arg-type]
