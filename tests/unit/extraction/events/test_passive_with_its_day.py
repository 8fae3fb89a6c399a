"""Thirtieth round: a passive of harm carrying its day between auxiliary and participle, as
Kenyan, Nigerian and Indian papers write it ("was on Wednesday shot dead by police"): the one
told so is hit, the "by" is the agent."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.pipeline import extract_events


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    published = dt.datetime(2016, 5, 5, 12, tzinfo=dt.UTC)
    article = Article(id="t", body=text, published_at=published, countries=[])
    return [(e.acled.actor1, e.acled.actor2) for e in extract_events(article)]


def test_a_passive_with_its_day_tells_the_one_hit() -> None:
    assert _sides(
        "A suspected al-Shabaab fighter was on Wednesday shot dead by police in Kwale."
    ) == [("Police Forces of Kenya (2013-2022)", "Al Shabaab")]
    [(actor1, _)] = _sides(
        "Two Boko Haram commanders were late on Sunday night killed by soldiers in Maiduguri."
    )
    assert actor1 is not None and actor1.startswith("Military Forces of Nigeria")


def test_an_active_verb_after_a_day_is_still_the_agents() -> None:
    # "on Monday" after the subject of an active verb: the subject acted.
    [(actor1, _)] = _sides(
        "Suspected al-Shabaab fighters on Monday attacked a police post in Mandera."
    )
    assert actor1 == "Al Shabaab"
