"""Whole-article scoring: hits, duplicates, background and spurious events, and the fields of a
hit, on invented articles and gold written for them here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.article_gold import GoldArticle, Occurrence, load_gold, read_texts
from newsevents.evaluation.articles import Scores, metrics, run, score_article
from newsevents.extraction.pipeline import extract_events

BODY = (
    "Warplanes struck the town of Kafr Nabl in Idlib province on Monday, killing five "
    "civilians, a monitoring group said. "
    "Government troops shelled the village of Maarat Harma on Monday. "
    "In 2015, a bombing in the town killed 40 people."
)
LEAD = (0, BODY.index(" Government"))
SHELLING = (LEAD[1] + 1, BODY.index(" In 2015"))
HISTORY = (SHELLING[1] + 1, len(BODY))


def _event(template: EventMessage, start: int, end: int, event_type: str) -> EventMessage:
    evidence = template.evidence.model_copy(update={"start": start, "end": end})
    return template.model_copy(update={"evidence": evidence, "event_type": event_type})


@pytest.fixture(scope="module")
def template() -> EventMessage:
    article = ArticleMessage.model_validate(
        {"id": "t", "body": BODY, "published_at": "2024-03-06T08:00:00Z"}
    )
    return extract_events(article)[0]


def _gold() -> GoldArticle:
    airstrike = Occurrence(
        id="o1",
        type="airstrike",
        spans=(LEAD,),
        place="Kafr Nabl",
        admin1="Idlib",
        fatalities=5,
    )
    shelling = Occurrence(id="o2", type="shelling", spans=(SHELLING,), place="Maarat Harma")
    missed = Occurrence(id="o3", type="arrest", spans=((10_000, 10_010),))
    return GoldArticle("t", "", "tune", None, (airstrike, shelling, missed), (HISTORY,))


def test_one_hit_per_occurrence_and_the_rest_are_duplicates_background_or_spurious(
    template: EventMessage,
) -> None:
    events = [
        _event(template, *LEAD, "attack_on_civilians"),  # the same occurrence, wrong type
        _event(template, *LEAD, "airstrike"),  # the hit: same type wins
        _event(template, *SHELLING, "shelling"),
        _event(template, *HISTORY, "explosive_attack"),  # told as history
        _event(template, 5_000, 5_010, "protest"),  # overlaps nothing
    ]
    scores = Scores()
    score_article(_gold(), events, scores)
    assert (scores.hits, scores.duplicates, scores.background, scores.spurious) == (2, 1, 1, 1)
    result = metrics(scores)
    assert result["precision"] == 2 / 5
    assert result["recall"] == 2 / 3
    assert scores.errors["duplicate attack_on_civilians"] == 1
    assert scores.errors["missed arrest"] == 1
    assert scores.fields["type"].correct == 2


def test_fields_of_a_hit_are_scored_against_the_gold(template: EventMessage) -> None:
    scores = Scores()
    score_article(_gold(), [_event(template, *LEAD, "airstrike")], scores)
    fields = scores.fields
    assert fields["type"].value == 1.0
    assert fields["place"].total == 1 and fields["admin1"].total == 1
    assert fields["fatalities"].total == 1
    # Fields the gold leaves empty are not scored.
    assert fields["actor1"].total == 0 and fields["date"].total == 0


def _with_deaths(event: EventMessage, deaths: int) -> EventMessage:
    assert event.acled is not None
    return event.model_copy(update={"acled": event.acled.model_copy(update={"fatalities": deaths})})


def test_a_toll_told_on_two_events_of_one_occurrence_over_counts_the_article(
    template: EventMessage,
) -> None:
    """The hit's toll is right either way; only the article's total shows the copy."""
    once, twice = Scores(), Scores()
    hit = _with_deaths(_event(template, *LEAD, "airstrike"), 5)
    score_article(_gold(), [hit, _with_deaths(_event(template, *LEAD, "airstrike"), 0)], once)
    score_article(_gold(), [hit, _with_deaths(_event(template, *LEAD, "attack"), 5)], twice)
    assert once.fields["fatalities"].correct == twice.fields["fatalities"].correct == 1
    assert metrics(once)["article_deaths_exact"] == 1.0
    assert metrics(once)["article_deaths_over"] == 0.0
    assert metrics(twice)["article_deaths_exact"] == 0.0
    assert metrics(twice)["article_deaths_over"] == 1.0


def test_a_changed_text_is_refused(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    record = {
        "article": "a1",
        "body_sha1": hashlib.sha1(b"another text").hexdigest(),
        "part": "tune",
        "publication_date": "2024-03-06",
        "occurrences": [],
        "background": [],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(
        json.dumps({"id": "a1", "body": BODY, "published_at": "2024-03-06T08:00:00Z"}) + "\n",
        encoding="utf-8",
    )
    assert load_gold(gold)[0].publication_date == dt.date(2024, 3, 6)
    with pytest.raises(ValueError, match="differs from the annotated one"):
        run(gold, texts)


def test_hits_are_one_to_one_so_two_events_of_one_sentence_can_hit_two_occurrences(
    template: EventMessage,
) -> None:
    """The lead tells two air strikes: each event takes one, the better-matching first, and the
    verdicts say which."""
    first = Occurrence(id="o1", type="airstrike", spans=(LEAD,), place="Kafr Nabl")
    second = Occurrence(id="o2", type="airstrike", spans=(LEAD,), place="Maarat Harma")
    gold = GoldArticle("t", "", "tune", None, (first, second), ())
    events = [_event(template, *LEAD, "airstrike"), _event(template, *LEAD, "airstrike")]
    scores = Scores()
    verdicts = score_article(gold, events, scores)
    assert (scores.hits, scores.duplicates) == (2, 0)
    assert sorted(v["occurrence"] for v in verdicts) == ["o1", "o2"]
    o1 = next(v for v in verdicts if v["occurrence"] == "o1")
    assert o1["verdict"] == "hit"
    assert o1["fields"]["type"] == ["airstrike", "airstrike", True]
    assert o1["fields"]["place"][0] == "Kafr Nabl"


def test_a_palestinian_governorate_in_the_gold_is_answered_by_its_territory() -> None:
    """ACLED names the West Bank or the Gaza Strip as first-level unit; gold written with the
    governorate below it scores our territory as the same admin1 and our town as its place, and
    the other territory stays wrong."""
    body = "Israeli air strikes killed five people in Khan Younis on Monday."
    article = ArticleMessage.model_validate(
        {"id": "g", "body": body, "published_at": "2024-03-05T08:00:00Z"}
    )
    event = extract_events(article)[0]
    assert event.acled is not None and event.acled.admin1 == "Gaza Strip"
    span = ((0, len(body)),)

    def fields(place: str, admin1: str) -> tuple[bool, bool]:
        occurrence = Occurrence(id="o1", type="airstrike", spans=span, place=place, admin1=admin1)
        scores = Scores()
        score_article(GoldArticle("g", "", "tune", None, (occurrence,), ()), [event], scores)
        return scores.fields["place"].value == 1.0, scores.fields["admin1"].value == 1.0

    assert fields("Khan Younis", "Khan Younis") == (True, True)
    assert fields("Khan Younis", "Gaza Strip") == (True, True)
    assert fields("Khan Younis", "Jenin") == (False, False)


def test_geowebnews_articles_are_read_with_the_date_their_link_gives(tmp_path: Path) -> None:
    xml = tmp_path / "GWN.xml"
    xml.write_text(
        "<articles>"
        '<article file="7"><title>Shelling in Idlib</title>'
        "<link>https://example.org/news/2018/04/06/idlib-shelling</link>"
        f"<text>{BODY}</text></article>"
        '<article file="9"><title>Markets</title>'
        "<link>https://example.org/story/20180405-markets</link>"
        "<text>Shares rose on Thursday.</text></article>"
        '<article file="11"><title>Undated</title><link>https://example.org/a</link>'
        "<text>Nothing happened.</text></article>"
        '<article file="12"><title>Empty</title><text> </text></article>'
        "</articles>",
        encoding="utf-8",
    )
    texts = read_texts(xml)
    assert sorted(texts) == ["gwn:11", "gwn:7", "gwn:9"]
    assert texts["gwn:7"] == ("Shelling in Idlib", BODY, dt.date(2018, 4, 6))
    assert texts["gwn:9"][2] == dt.date(2018, 4, 5)
    assert texts["gwn:11"][2] == dt.date(2018, 4, 5)  # no date in the link: when it was gathered
