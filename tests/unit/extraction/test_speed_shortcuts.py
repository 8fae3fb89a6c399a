"""The shortcuts of speed51 keep the answers of what they stand for and bound what they keep:
an identity cache starts again past its size, the needles of a text are found once for all
the patterns tried on it (and several texts in turn get each its own), and a reading of a
mention is kept with its document only. Texts written for these tests, in wire and monitor
styles."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsevents.extraction import prefilter
from newsevents.extraction.document import Document, Span, SpanIndex, per_document
from newsevents.extraction.prefilter import folded, identity_cache
from newsevents.extraction.runs import RunSearch
from newsevents.extraction.text.deaths.wordings import FATALITY_PATTERNS

TEXTS = [
    "Gunmen killed three villagers near Maiduguri on Monday; two soldiers were killed in a "
    "second attack nearby, a police spokesman said.",
    "The Syrian Observatory said regime air strikes killed 12 civilians in Kafranbel. Five "
    "fighters died in clashes with the army, the monitor added.",
    "Nothing happened in the calm town, where markets reopened on Tuesday.",
]


def test_an_identity_cache_starts_again_past_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "IDENTITY_CACHE_SIZE", 3)
    calls: list[object] = []

    @identity_cache
    def size(pattern: re.Pattern[str]) -> int:
        calls.append(pattern)
        return len(pattern.pattern)

    # patterns built per call (as a caller might, one per article) are not all kept
    patterns = [re.compile("a" * n) for n in range(1, 9)]
    assert [size(p) for p in patterns] == list(range(1, 9))
    assert len(calls) == 8
    kept = next(
        c.cell_contents for c in size.__closure__ or () if isinstance(c.cell_contents, dict)
    )
    assert len(kept) <= 3
    # the last one is still known; an earlier one is read again, with the same answer
    assert size(patterns[-1]) == 8 and len(calls) == 8
    assert size(patterns[0]) == 1 and len(calls) == 9


def test_texts_in_turn_get_the_ranges_of_a_fresh_reading() -> None:
    # the toll wordings on one text, then another, then the first again: the shared reading
    # of each text gives what a search of it alone gives
    for _ in range(2):
        for text in TEXTS:
            for pattern in FATALITY_PATTERNS:
                runs = RunSearch(pattern)
                ranges = runs.ranges(text, folded(text))
                found = runs.search(text, 0, ranges)
                expected = pattern.search(text)
                assert (found and found.span()) == (expected and expected.span())


def test_a_reading_per_mention_is_kept_with_its_document() -> None:
    calls: list[tuple[str, Span]] = []

    @per_document
    def opens_the_text(doc: Document, span: Span) -> bool:
        calls.append((doc.article_id, span))
        return span.start == 0

    one = Document(article_id="one", text=TEXTS[0], published=dt.date(2024, 1, 1))
    other = Document(article_id="other", text=TEXTS[1], published=dt.date(2024, 1, 1))
    first, later = Span(0, 6), Span(7, 13)
    assert opens_the_text(one, first) and not opens_the_text(one, later)
    assert opens_the_text(one, first) and not opens_the_text(one, later)
    assert opens_the_text(other, first)
    assert calls == [("one", first), ("one", later), ("other", first)]


def test_overlaps_without_building_spans() -> None:
    index = SpanIndex([Span(0, 5), Span(10, 30), Span(12, 14)])
    for start in range(0, 35):
        for end in range(start + 1, 36):
            span = Span(start, end)
            assert index.overlaps(span) == bool(index.overlapping(span))
