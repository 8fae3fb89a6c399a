"""Dead-letter records: the original key and value unchanged, the reason in headers.

A dead letter must always fit, or a message the broker accepted could stop its partition: its
copy with headers may be over the producer's ``max_request_size`` or the dead-letter topic's
``max.message.bytes`` (which can be smaller than the broker's). Then a reduced copy goes instead
(``Copy``): the value's first ``PREVIEW_BYTES``, then no value; its headers say how large the
original was, its SHA-256, where the full record stays (its source topic, partition and offset,
for as long as that topic retains it) and why the copy is reduced. Should not even that fit, the
dead letter is logged and not published (``Copy.NONE``). The dead letter of a replayed record keeps
the replay's headers (``contracts.REPLAY_RUN_HEADER``...): a replay's rejects can be found by run,
and a re-published one is still part of its replay.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ... import __version__
from ...contracts import REPLAY_MODE_HEADER, REPLAY_RUN_HEADER
from ...errors import DeadLetter

Headers = list[tuple[str, bytes]]

PREVIEW_BYTES = 1024  # kept of a truncated copy: enough to see the article's id and title
_KEY_BYTES = 512  # kept of a key in a reduced copy (an article id is up to 512 characters)
_REASON_CHARS = 2000
_SHORT_REASON_CHARS = 200
# The original record's headers a dead letter keeps (others are the producer's business).
KEPT_HEADERS = (REPLAY_RUN_HEADER, REPLAY_MODE_HEADER)


class Copy(enum.IntEnum):
    """How much of the original a dead letter carries; each step is smaller than the last."""

    FULL = 0
    TRUNCATED = 1
    OMITTED = 2
    NONE = 3


@dataclass(frozen=True, slots=True)
class SourceRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()  # the record's own (a replay's marks)


@dataclass(frozen=True, slots=True)
class DeadLetterRecord:
    key: bytes | None
    value: bytes | None
    headers: Headers


def dead_letter_headers(
    error: DeadLetter, record: SourceRecord, reason_chars: int = _REASON_CHARS
) -> Headers:
    fields = {
        "error.class": type(error).__name__,
        "error.reason": str(error)[:reason_chars],
        "source.topic": record.topic,
        "source.partition": str(record.partition),
        "source.offset": str(record.offset),
        "service.version": __version__,
        "failed.at": dt.datetime.now(dt.UTC).isoformat(),
        **{name: value[:reason_chars] for name, value in error.headers.items()},
    }
    headers = [(name, value.encode("utf-8")) for name, value in fields.items()]
    return headers + kept_headers(record.headers)


def kept_headers(headers: Headers | tuple[tuple[str, bytes], ...]) -> Headers:
    """The replay's headers among ``headers`` (``KEPT_HEADERS``), in their order."""
    return [(name, value) for name, value in headers if name in KEPT_HEADERS]


def dead_letter_record(
    error: DeadLetter, record: SourceRecord, copy: Copy = Copy.FULL, why: str = ""
) -> DeadLetterRecord | None:
    """The dead letter of ``record`` at the ``copy`` step; ``why`` says why it is reduced."""
    if copy is Copy.FULL:
        # A record with neither key nor value cannot be produced (the client refuses it).
        value = b"" if record.key is None and record.value is None else record.value
        return DeadLetterRecord(record.key, value, dead_letter_headers(error, record))
    if copy is Copy.NONE:
        return None
    original = record.value or b""
    truncated = copy is Copy.TRUNCATED
    value = original[:PREVIEW_BYTES] if truncated else b""
    key = record.key[:_KEY_BYTES] if record.key is not None else None
    reason_chars = _REASON_CHARS if truncated else _SHORT_REASON_CHARS
    fields = {
        "dlq.value": "truncated" if truncated else "omitted",
        "dlq.value.why": why[:reason_chars],
        "original.value.bytes": str(len(original)),
        "original.value.sha256": hashlib.sha256(original).hexdigest(),
        "original.location": f"{record.topic}/{record.partition}/{record.offset}",
    }
    if key != record.key:
        fields["original.key.bytes"] = str(len(record.key or b""))
    headers = dead_letter_headers(error, record, reason_chars)
    headers += [(name, text.encode("utf-8")) for name, text in fields.items()]
    return DeadLetterRecord(key, value, headers)


def header_dict(headers: Sequence[tuple[str, bytes | None]]) -> dict[str, str]:
    """Header name -> text; a header without a value (Kafka allows null) is left out."""
    return {name: value.decode("utf-8", "replace") for name, value in headers if value is not None}
