"""Builders shared by the unit tests."""

from __future__ import annotations

import datetime as dt

from newsevents.extraction.document import Document
from newsevents.extraction.text.sentences import split_sentences

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def document(text: str, published: dt.date = PUBLISHED) -> Document:
    doc = Document(article_id="test", text=text, published=published)
    split_sentences(doc)
    return doc
