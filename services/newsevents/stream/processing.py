"""One input record -> the records to publish for it. No Kafka here, so it runs in a thread.

Everything that can go wrong with one article ends as a ``DeadLetter`` outcome; only bugs in
this service (not in the input) propagate.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..contracts import EventMessage
from ..errors import DeadLetter, ExtractionFailed
from ..extraction.pipeline import extract_events
from .dead_letters import SourceRecord
from .decode import decode_article


@dataclass(frozen=True, slots=True)
class Extracted:
    article_id: str
    events: list[EventMessage]


@dataclass(frozen=True, slots=True)
class Rejected:
    article_id: str | None
    error: DeadLetter


Outcome = Extracted | Rejected


def process_record(record: SourceRecord, max_body_bytes: int) -> Outcome:
    try:
        article = decode_article(record.value, max_body_bytes)
    except DeadLetter as error:
        key = record.key.decode("utf-8", "replace") if record.key else None
        return Rejected(key, error)
    try:
        events = extract_events(article)
    except Exception as error:  # the extractor must never stop the stream
        reason = f"extractor raised {type(error).__name__}: {error}"
        return Rejected(article.id, ExtractionFailed(reason))
    return Extracted(article.id, events)
