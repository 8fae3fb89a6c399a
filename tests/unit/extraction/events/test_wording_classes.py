"""Event types by classes of wording seen in other regions' notes (issue 11): who acts when a
phrase names its head before "of", the grievance of a strike or shutdown, crowd actions."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _main(body: str) -> EventMessage:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the head of "supporters of a candidate" acts, not the candidate
        (
            "On 3 June 2023, supporters of a mayoral candidate assaulted two shopkeepers in Comilla town.",
            "Mob violence",
        ),
        # rivals and henchmen in a feud are a crowd
        (
            "On 3 June 2023, rivals assaulted and killed a farmer in Bogra over a pond.",
            "Mob violence",
        ),
        (
            "On 3 June 2023, a ward councillor and his accomplices assaulted a journalist in Pabna.",
            "Mob violence",
        ),
        # the hit is the head too: the wife of a soldier is a civilian
        ("The wife of a soldier was killed by gunmen in Kano on Monday.", "Attack"),
    ],
)
def test_the_head_of_a_phrase_acts_or_is_hit(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type
