"""How much of a body is read: a prefix of NEWSEVENTS_MAX_TEXT_CHARS, cut at a paragraph break."""

from __future__ import annotations

import datetime as dt

from newsevents.config import Settings
from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import MAX_TEXT_CHARS, Pipeline, examined_text

FILLER = "The council met to discuss the budget for the coming year and adjourned.\n"


def test_a_short_body_is_read_whole_and_a_long_one_up_to_a_paragraph_break() -> None:
    assert examined_text("short text", 100) == "short text"
    body = FILLER * 10  # 740 characters, paragraphs of 74
    read = examined_text(body, 400)
    assert body.startswith(read) and read.endswith("\n")
    assert 360 <= len(read) <= 400
    # No break in the last tenth: a sentence end, else a space, else the limit.
    assert examined_text("word " * 100, 101).endswith(" ")
    assert examined_text("x" * 500, 100) == "x" * 100


def test_events_beyond_the_cap_are_not_read_and_offsets_stay_those_of_the_body() -> None:
    early = "Gunmen killed three traders at a market in Kano on Tuesday.\n"
    late = "Teachers protested in Lagos on Wednesday, demanding higher pay.\n"
    body = early + FILLER * 20 + late
    article = ArticleMessage(
        id="long", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    whole = Pipeline().extract(article)
    assert {e.event_type for e in whole} >= {"attack_on_civilians", "protest"}
    capped = Pipeline(max_text_chars=len(early) + len(FILLER) * 5).extract(article)
    assert [e.event_type for e in capped] == ["attack_on_civilians"]
    span = capped[0].evidence
    assert body[span.start : span.end] == span.text


def test_the_setting_and_the_pipeline_share_one_default() -> None:
    assert Settings().max_text_chars == MAX_TEXT_CHARS
    assert Settings(max_text_chars=5000).extraction_options() == {"max_text_chars": 5000}
