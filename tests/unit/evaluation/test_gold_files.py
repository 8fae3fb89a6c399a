"""The gold shipped in ``gold/`` is well formed: every part loads, names only ontology types,
spans that read forwards, one line per article across all parts, and a sources file that lists
exactly the part's articles. A part added by hand is checked here before anyone scores on it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from newsevents.evaluation.article_gold import GoldArticle, load_gold
from newsevents.extraction.ontology import EVENT_TYPES_BY_NAME

GOLD = Path(__file__).resolve().parents[3] / "gold"
PARTS = sorted(GOLD.glob("*.events.jsonl"))


def test_the_repository_ships_gold_parts() -> None:
    names = {path.name for path in PARTS}
    assert {"fakes-dev.events.jsonl", "webtune.events.jsonl", "web16.events.jsonl"} <= names


@pytest.mark.parametrize("path", PARTS, ids=lambda path: path.name)
def test_a_gold_part_is_well_formed(path: Path) -> None:
    articles = load_gold(path)
    assert articles
    for article in articles:
        _check_article(article)
    sources = path.with_name(path.name.replace(".events.jsonl", ".sources.tsv"))
    if sources.exists():
        with sources.open(encoding="utf-8", newline="") as handle:
            listed = {row[0] for row in list(csv.reader(handle, delimiter="\t"))[1:] if row}
        assert listed == {article.article for article in articles}


def _check_article(article: GoldArticle) -> None:
    where = article.article
    assert len(article.body_sha1) == 40, where
    ids = [occurrence.id for occurrence in article.occurrences]
    assert len(ids) == len(set(ids)), f"{where}: occurrence ids repeat"
    for occurrence in article.occurrences:
        assert occurrence.type in EVENT_TYPES_BY_NAME, f"{where}: {occurrence.type}"
        assert occurrence.spans, f"{where}: {occurrence.id} has no evidence"
        assert all(0 <= start < end for start, end in occurrence.spans), where
        assert occurrence.fatalities is None or occurrence.fatalities >= 0, where
    assert all(0 <= start < end for start, end in article.background), where


# Parts that code again articles another part holds, to measure agreement between annotators.
SECOND_CODINGS = {"reannot"}


def test_an_article_is_gold_in_one_part_only() -> None:
    """Outside a second coding; a second coding holds only articles coded in another part."""
    everything = [article for path in PARTS for article in load_gold(path)]
    counts = Counter(a.article for a in everything if a.part not in SECOND_CODINGS)
    assert [name for name, count in counts.items() if count > 1] == []
    again = {a.article for a in everything if a.part in SECOND_CODINGS}
    assert again, "the agreement part is shipped"
    assert again <= set(counts), "a second coding of an article no part codes first"
