"""Dead-letter records: the original key and value unchanged, the reason in headers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import __version__
from ..errors import DeadLetter

Headers = list[tuple[str, bytes]]


@dataclass(frozen=True, slots=True)
class SourceRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


def dead_letter_headers(error: DeadLetter, record: SourceRecord) -> Headers:
    fields = {
        "error.class": type(error).__name__,
        "error.reason": str(error)[:2000],
        "source.topic": record.topic,
        "source.partition": str(record.partition),
        "source.offset": str(record.offset),
        "service.version": __version__,
        "failed.at": dt.datetime.now(dt.UTC).isoformat(),
    }
    return [(name, value.encode("utf-8")) for name, value in fields.items()]


def header_dict(headers: Headers | tuple[tuple[str, bytes], ...]) -> dict[str, str]:
    return {name: value.decode("utf-8", "replace") for name, value in headers}
