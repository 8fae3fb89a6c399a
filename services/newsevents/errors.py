"""Every way an input message can fail, in one place.

    DeadLetter                  the message cannot yield events; it goes to the DLQ
    ├── OversizedMessage        value larger than NEWSEVENTS_MAX_BODY_BYTES
    ├── EmptyMessage            no value (tombstone) or an empty body
    ├── InvalidUtf8             value is not UTF-8
    ├── InvalidJson             value is not a JSON object
    ├── SchemaViolation         JSON that does not fit ArticleMessage
    ├── ExtractionFailed        the extractor raised, or its worker process died, on this article
    ├── ExtractionTimeout       the extractor ran past NEWSEVENTS_ARTICLE_DEADLINE_S
    └── OversizedEvent          an event of it is larger than the events topic accepts

The class name travels in the DLQ header ``error.class``; the message in ``error.reason``.
"""

from __future__ import annotations

__all__ = [
    "DeadLetter",
    "EmptyMessage",
    "ExtractionFailed",
    "ExtractionTimeout",
    "InvalidJson",
    "InvalidUtf8",
    "OversizedEvent",
    "OversizedMessage",
    "SchemaViolation",
]


class DeadLetter(Exception):
    """A message that can never yield events. ``str(error)`` is the human-readable reason."""


class OversizedMessage(DeadLetter):
    pass


class EmptyMessage(DeadLetter):
    pass


class InvalidUtf8(DeadLetter):
    pass


class InvalidJson(DeadLetter):
    pass


class SchemaViolation(DeadLetter):
    pass


class ExtractionFailed(DeadLetter):
    pass


class ExtractionTimeout(DeadLetter):
    pass


class OversizedEvent(DeadLetter):
    """An event larger than the events topic (``max.message.bytes``) or the producer accepts:
    the article goes to the DLQ rather than publish part of its events or stop its partition."""
