"""Argument-linking rules, each on a sentence written for it."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _actor1(event: EventMessage) -> str:
    return next(a.name for a in event.actors if a.role == "actor1")


def test_members_of_a_named_group_are_that_group() -> None:
    """ "Fighters from the Fatemiyoun Division": the division is the actor, not a generic."""
    (event,) = _events("Fighters from the Fatemiyoun Division arrived in Palmyra on Monday.")
    assert (event.event_type, _actor1(event)) == ("deployment", "Fatemiyoun Division")


def test_a_modifier_noun_is_not_an_actor() -> None:
    """ "The military centre ... was reinforced": no Military Forces of Syria in it."""
    events = _events("The military centre in Palmyra, Syria, was reinforced with militia presence.")
    assert [e.event_type for e in events] == ["deployment"]
    assert all(not a.name.startswith("Military Forces") for a in events[0].actors)


def test_a_town_of_a_province_beats_the_provincial_capital() -> None:
    """ "the Deir Ezzor border town of Albu Kamal": the event is in Albu Kamal."""
    (event,) = _events("Hezbollah fighters arrived in the Deir Ezzor border town of Albu Kamal.")
    assert event.locations[0].name == "Albu Kamal"


def test_what_is_feared_or_avoided_did_not_happen() -> None:
    """ "to avoid being noticed or targeted by raids": no raid event."""
    events = _events(
        "The militias redeployed their fighters to Homs"
        " to avoid being noticed or targeted by raids."
    )
    assert [e.event_type for e in events] == ["deployment"]
