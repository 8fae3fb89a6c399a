"""Actor1 classes of the twenty-third round (actors43): the maker of a weapon told in a
compound ("a Taliban-planted mine"), ..."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _acled(body: str, published: str = "2020-03-20T12:00:00Z") -> AcledFields:
    article = ArticleMessage(id="actors43", body=body, published_at=published)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


def test_group_that_planted_the_bomb_is_actor1() -> None:
    acled = _acled(
        "On 12 March 2020, two policemen were killed when their car hit a Taliban-planted "
        "roadside bomb in Nad Ali district, Helmand."
    )
    assert acled.actor1 == "Taliban"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Afghanistan")


def test_group_that_controls_a_district_is_no_bomber() -> None:
    acled = _acled(
        "On 12 March 2020, a roadside bomb killed two policemen in a Taliban-controlled area "
        "of Nad Ali district, Helmand."
    )
    assert acled.actor1 == "Unidentified Armed Group (Afghanistan)"
