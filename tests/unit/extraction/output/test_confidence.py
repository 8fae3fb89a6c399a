"""`confidence`: the clues of how an article tells an event, combined so that the score reads as
the probability that the event is right."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events

_MAIN = (
    "An air strike hit a market in Maarat al-Numan in Idlib province on Monday, killing 9 "
    "civilians. "
    "Rescuers said the air strike destroyed a row of shops. "
    "The air strike was the deadliest in the town this year."
)
_OTHER = "In Hama province, gunmen abducted two aid workers on Sunday."


def _events(body: str, title: str = "Air strike kills 9 in Maarat al-Numan") -> list[EventMessage]:
    article = ArticleMessage(
        id="confidence-test", title=title, body=body, published_at="2020-05-06T12:00:00Z"
    )
    return extract_events(article)


def _one(events: list[EventMessage], event_type: str) -> EventMessage:
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.evidence.text) for e in events]
    return found[0]


def test_the_headline_incident_told_again_and_again_at_a_town_is_trusted() -> None:
    strike = _one(_events(_MAIN), "airstrike")
    assert strike.confidence >= 0.8
    assert strike.locations[0].name.startswith("Ma")  # the town, not the province


def test_a_side_incident_told_once_at_the_end_is_trusted_less() -> None:
    events = _events(f"{_MAIN} {_OTHER}")
    strike, kidnap = _one(events, "airstrike"), _one(events, "abduction")
    assert kidnap.confidence < 0.7
    assert kidnap.confidence < strike.confidence


def test_the_only_event_of_an_article_is_trusted_more_than_one_of_two() -> None:
    alone = _one(_events(_MAIN), "airstrike")
    beside = _one(_events(f"{_MAIN} {_OTHER}"), "airstrike")
    assert alone.confidence > beside.confidence


def test_a_claim_is_trusted_less_than_an_assertion() -> None:
    title = "Helicopter downed near Kafr Nabl"
    said = "Rebels shot down a government helicopter near Kafr Nabl on Monday."
    claimed = "Rebels claimed they shot down a government helicopter near Kafr Nabl on Monday."
    asserted_event = _one(_events(said, title), "weapons_disrupted")
    claimed_event = _one(_events(claimed, title), "weapons_disrupted")
    assert (asserted_event.modality, claimed_event.modality) == ("asserted", "claimed")
    assert claimed_event.confidence < asserted_event.confidence
