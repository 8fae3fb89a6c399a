"""Sentence splitting keeps exact offsets and never crosses paragraphs."""

from __future__ import annotations

from tests.unit.helpers import document


def test_offsets_are_exact_and_paragraphs_split() -> None:
    """Each sentence's text is the body slice at its offsets."""
    doc = document('Troops arrived. "We left," he said.\n\nDr. Smith met Gen. Ali in Homs. End')
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "Troops arrived.",
        '"We left," he said.',
        "Dr. Smith met Gen. Ali in Homs.",
        "End",
    ]
    for sentence in doc.sentences:
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]


def test_short_unpunctuated_paragraphs_are_headings() -> None:
    """Subheadings and photo titles are not statements of events."""
    doc = document("Soft power expansion\n\nThe group recruited fighters in Homs.")
    assert [s.heading for s in doc.sentences] == [True, False]


def test_initials_do_not_end_a_sentence() -> None:
    doc = document("Traders marched along M.A. Jinnah Road in Quetta. Police watched.")
    assert [s.text for s in doc.sentences] == [
        "Traders marched along M.A. Jinnah Road in Quetta.",
        "Police watched.",
    ]
    # one capital letter may end a sentence ("Sector B", "Plan B")
    doc = document("Militants attacked Sector B. Three soldiers died.")
    assert [s.text for s in doc.sentences] == [
        "Militants attacked Sector B.",
        "Three soldiers died.",
    ]


def test_a_text_of_one_line_is_no_heading() -> None:
    """A body of one unpunctuated line is the report itself, not a title over nothing."""
    doc = document("Gunmen killed two traders near Wukari on Sunday")
    assert [s.heading for s in doc.sentences] == [False]
