"""A claim of responsibility told with an adverb before its verb names the act's author
(forty-ninth round, actor69): "X later claimed responsibility", "X has also claimed
responsibility"."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline


def _actors(body: str) -> list[tuple[str, str]]:
    article = ArticleMessage(
        id="claim", body=body, published_at=dt.datetime(2016, 4, 2, tzinfo=dt.UTC)
    )
    return [(e.event_type, e.acled.actor1 or "") for e in Pipeline().extract(article)]


def test_a_claim_told_later_names_the_bomber() -> None:
    body = (
        "A roadside bomb struck a police truck near Mandera, wounding two officers. "
        "Al Shabaab later claimed responsibility."
    )
    assert _actors(body) == [("explosive_attack", "Al Shabaab")]


def test_a_claim_told_also_names_the_bomber() -> None:
    body = (
        "A grenade exploded at a bus stop in Garissa, injuring four people. Al Shabaab has "
        "also claimed responsibility."
    )
    assert [a for _, a in _actors(body)] == ["Al Shabaab"]


def test_no_group_claiming_names_no_author() -> None:
    body = (
        "A bomb went off at a checkpoint in Quetta, killing a policeman. No group "
        "immediately claimed responsibility."
    )
    assert [a for _, a in _actors(body)] == ["Unidentified Armed Group (Pakistan)"]
