"""The seventeenth round's review: a people's youths punishing someone they hold for a crime
are a mob (mob justice), not the people's communal militia; the militia reading of "Kalenjin
youths attacked a village" stays (events/detect/refine/fights/communal_fights.py). Invented
reports."""

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _one(body: str) -> EventMessage:
    events = extract_events(ArticleMessage(id="r1", body=body, published_at="2024-03-14T12:00:00Z"))
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


@pytest.mark.parametrize(
    "body",
    [
        "Kikuyu youths beat a suspected thief to death in Nyeri on Monday.",
        "A man was beaten to death by Luhya youths in Kakamega on Monday after he was accused"
        " of stealing a cow.",
    ],
)
def test_a_peoples_youths_dealing_mob_justice_are_a_mob(body: str) -> None:
    event = _one(body)
    assert event.event_type == "mob_violence"
    assert event.acled is not None
    assert event.acled.actor1 == "Rioters (Kenya)"
    assert event.acled.fatalities == 1


def test_a_peoples_youths_attacking_a_rival_party_stay_its_militia() -> None:
    event = _one("Luo youths attacked supporters of the rival party in Kisumu on Monday.")
    assert event.event_type == "attack_on_civilians"
    assert event.acled is not None
    assert event.acled.actor1 == "Luo Ethnic Militia (Kenya)"
