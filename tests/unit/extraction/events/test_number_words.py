"""Every number word counts the same in the readings of who is hit (``events/link/hit.py``
reads them from ``text/numbers.py``): the owner of drones shot down is the side hit whatever
the count ("eleven", "thirty", "scores of")."""

from __future__ import annotations

import re

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.extraction.text.numbers import MANY_OF, NUMBER_WORD, WORD_VALUES


@pytest.mark.parametrize("count", ["nine", "eleven", "thirty", "scores of"])
def test_the_owner_of_drones_shot_down_is_hit_whatever_the_count(count: str) -> None:
    """A count the drones' owner follows never makes the owner the agent of the interception."""
    body = (
        f"Russian air defences shot down {count} Ukrainian drones over the Belgorod region"
        " overnight, the defence ministry said."
    )
    article = ArticleMessage(id="numbers-test", body=body, published_at="2024-05-08T12:00:00Z")
    acled = {event.event_type: event.acled for event in extract_events(article)}
    assert acled["weapons_disrupted"].actor2 == "Military Forces of Ukraine (2019-)"


def test_the_number_word_alternation_covers_every_number_word() -> None:
    """One alternation for every word of a number and the counts of many."""
    word = re.compile(rf"(?:{NUMBER_WORD}|{MANY_OF})", re.IGNORECASE)
    for text in [*WORD_VALUES, "fourteen", "dozens of", "scores  of", "hundreds of"]:
        assert word.fullmatch(text), text
