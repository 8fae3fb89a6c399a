"""The demo's event rendering explains its own marks (issue 15: `←` and "(vague)")."""

from __future__ import annotations

import datetime as dt

from newsevents.cli.console import LEGEND, render_event
from newsevents.contracts import ArticleMessage, TimeRef
from newsevents.extraction.pipeline import extract_events

_PUBLISHED = dt.datetime(2024, 3, 14, 8, tzinfo=dt.UTC)


def _rendered(body: str) -> str:
    article = ArticleMessage(id="console", body=body, published_at=_PUBLISHED)
    events = extract_events(article)
    assert events, body
    return render_event(events[0])


def test_a_dated_event_quotes_the_words_of_its_date() -> None:
    text = _rendered(
        "Rebels attacked an army checkpoint in Aleppo on March 10, killing two soldiers."
    )
    assert "  when: 2024-03-10 (day) ← “March 10”" in text.splitlines()


def test_an_undated_event_says_its_date_is_the_publication_date() -> None:
    text = _rendered("Rebels attacked an army checkpoint in Aleppo, killing two soldiers.")
    assert "  when: 2024-03-14 (vague: publication date)" in text.splitlines()


def test_a_vague_word_is_quoted_beside_the_publication_date() -> None:
    text = _rendered(
        "Rebels previously attacked an army checkpoint in Aleppo, killing two soldiers."
    )
    when = next(line for line in text.splitlines() if line.startswith("  when:"))
    assert when == "  when: 2024-03-14 (vague: publication date; the text says “previously”)"


def test_the_legend_explains_the_arrow_and_vague() -> None:
    assert "← “…”   " in LEGEND
    assert "the words of the article the value on its left was read from" in LEGEND
    assert "dated by the article's publication date" in LEGEND


def test_time_ref_rendering_of_a_month_without_words() -> None:
    from newsevents.cli.console import _when

    assert _when(TimeRef(date=dt.date(2024, 3, 1), precision="month")) == "2024-03-01 (month)"
