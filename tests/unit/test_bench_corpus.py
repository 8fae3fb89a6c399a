"""The benchmark's corpus and its passthrough extractor (benchmarks/corpus.py,
benchmarks/noop_extractor.py): varied, ~6 KB, deterministic per seed, valid articles whose
events the extractor finds."""

from __future__ import annotations

import re

import pytest
from benchmarks import corpus
from benchmarks.noop_extractor import one_event

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events

SAMPLE = list(corpus.articles(60, seed=7))


def test_the_same_seed_and_index_give_the_same_article_whatever_the_corpus_size() -> None:
    assert corpus.article(7, 12) == SAMPLE[12]
    assert list(corpus.articles(3, seed=7, start=10)) == SAMPLE[10:13]
    other_seed = corpus.article(8, 12)
    assert other_seed.body != SAMPLE[12].body
    assert other_seed.id == "bench-8-12" and SAMPLE[12].id == "bench-7-12"


def test_articles_are_about_6_kb() -> None:
    sizes = [len(a.body.encode()) for a in SAMPLE]
    assert all(corpus.TARGET_BYTES <= size <= corpus.TARGET_BYTES + 600 for size in sizes), sizes


def test_articles_are_valid_article_messages_through_json() -> None:
    for article in SAMPLE:
        again = ArticleMessage.model_validate_json(article.model_dump_json(exclude_none=True))
        assert again == article
        assert again.title and again.source == "Benchmark Wire"


def test_names_places_dates_and_tolls_vary_so_no_cache_sees_a_text_twice() -> None:
    bodies = [a.body for a in SAMPLE]
    assert len(set(bodies)) == len(bodies)
    paragraphs = [p for body in bodies for p in body.split("\n\n")]
    assert len(set(paragraphs)) > 0.99 * len(paragraphs)  # not the same paragraphs reshuffled
    towns = {t for c in corpus.COUNTRIES for t in c.towns if any(t in b for b in bodies)}
    assert len(towns) >= 60
    people = {
        f"{first} {last}"
        for first in corpus.FIRST_NAMES
        for last in corpus.LAST_NAMES
        if any(f"{first} {last}" in b for b in bodies)
    }
    assert len(people) >= 300
    assert len({a.published_at.date() for a in SAMPLE}) >= 55
    tolls = {int(n) for b in bodies for n in re.findall(r"\b(\d+) (?:soldiers|civilians)\b", b)}
    assert len(tolls) >= 40


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_extractor_finds_events_in_the_articles_own_places(index: int) -> None:
    article = SAMPLE[index]
    country = next(c for c in corpus.COUNTRIES if any(t in article.body for t in c.towns))
    events = extract_events(article)
    assert len(events) >= 3
    assert {e.article_id for e in events} == {article.id}
    violent = {
        "armed_clash",
        "explosive_attack",
        "airstrike",
        "shelling",
        "attack_on_civilians",
        "suicide_bombing",
        "abduction",
        "protest",
        "protest_dispersed",
        "riot",
    }
    assert violent & {e.event_type for e in events}
    places = {loc.name for e in events for loc in e.locations}
    assert places & set(country.towns), (places, country.towns)


def test_the_passthrough_extractor_returns_one_event_addressed_to_the_article() -> None:
    article = SAMPLE[5]
    (event,) = one_event(article)
    assert isinstance(event, EventMessage)
    assert event.article_id == article.id and event.published_at == article.published_at
    assert event.extractor.name == "benchmark-passthrough"
    assert one_event(article)[0].event_id == event.event_id  # deterministic, as the real one
    assert one_event(SAMPLE[6])[0].event_id != event.event_id
    EventMessage.model_validate_json(event.model_dump_json())
