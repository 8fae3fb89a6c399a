"""The author of an act told by those who suspect it (thirty-ninth round, sides59): a note's
suspect told bare after the act ("X suspected.", "X are suspected"), the suspects named by
those who tell it ("authorities suspect X", "police blame X", "the police suspect a link with
X"), the unknown men's group without an auxiliary ("perpetrators believed to be linked to X")
and the group's claim of the act ("X claimed to have killed two soldiers")."""

from __future__ import annotations

import pytest

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events

IN_2016 = "2016-05-10T12:00:00Z"


def _acled(body: str) -> AcledFields:
    article = ArticleMessage(id="sides59", body=body, published_at=IN_2016)
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


@pytest.mark.parametrize(
    "body",
    [
        "A bomb went off at a market in Wajir, wounding five people. Al Shabaab are suspected.",
        "Three people were killed when an explosion went off in a car in Mandera town. Al "
        "Shabaab suspected.",
        "A grenade wounded six people at a bus station in Garissa. Residents and authorities "
        "suspect Al Shabaab.",
        "A bomb exploded near a police post in Mandera, killing two officers. The police "
        "suspect a link with Al Shabaab.",
        "Gunmen killed a chief in Dadaab; perpetrators believed to be linked to Al Shabaab.",
        "Two soldiers were killed when their truck hit a roadside bomb in Mandera. Al Shabaab "
        "claimed to have killed two soldiers.",
    ],
)
def test_the_suspected_group_is_actor1(body: str) -> None:
    assert _acled(body).actor1 == "Al Shabaab"


def test_the_suspected_group_as_an_adjective_still_acts() -> None:
    acled = _acled("Suspected Al Shabaab militants attacked a police post in Mandera.")
    assert acled.actor1 == "Al Shabaab"


@pytest.mark.parametrize(
    "body",
    [
        "A bomb exploded near a church in Garissa, killing two people. Police said no group "
        "had claimed it.",
        # (the clause goes on: the suspect is the object of a verb, no author named)
        "A bomb exploded near a church in Garissa, killing two people. Police arrested a "
        "suspect in the town.",
    ],
)
def test_no_suspect_named_stays_unidentified(body: str) -> None:
    assert _acled(body).actor1 == "Unidentified Armed Group (Kenya)"
