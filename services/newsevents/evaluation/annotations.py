"""Every resolved mention of a document as plain JSON-ready dicts (``newsevents annotate``).

One dict per mention with ``kind`` (actor, place, date, quantity, source, trigger), ``text``,
``start`` and ``end`` (character offsets into the body) and what it resolved to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal

from ..extraction.document import (
    ActorMention,
    DateMention,
    Document,
    PlaceMention,
    QuantityMention,
    SourceMention,
    Trigger,
)

MentionKind = Literal["actor", "place", "date", "quantity", "source", "trigger"]
_Mention = ActorMention | PlaceMention | DateMention | QuantityMention | SourceMention | Trigger

# What each kind of mention resolved to, in output order: "key" copies the attribute of that
# name, "key=attribute" another one (``kind`` is taken by the mention's kind).
_FIELDS: dict[MentionKind, str] = {
    "actor": "name actor_kind=kind country_code affiliation description generic",
    "place": "name country_code admin1 latitude longitude geonames_id feature precision",
    "date": "date precision",
    "quantity": "quantity_kind=kind value unit approximate upper_bound usd_value",
    "source": "name description source_kind=kind",
    "trigger": "event_type modality",
}


def mentions(doc: Document) -> list[dict[str, Any]]:
    found = [
        *(_record("actor", a) for a in doc.actors),
        *(_record("place", p) for p in [*doc.places, *doc.place_references]),
        *(_record("date", d) for d in doc.dates),
        *(_record("quantity", q) for q in doc.quantities),
        *_sources(doc),
        *(_record("trigger", t) for t in doc.triggers),
    ]
    found.sort(key=lambda m: (m["start"], m["end"], m["kind"]))
    return found


def _sources(doc: Document) -> Iterator[dict[str, Any]]:
    """A source once, with the first sentence credited to it: the sentences of a paragraph
    share the source that closes it ("... per month, media activist Ammar Saleh said.")."""
    seen: set[tuple[int, int]] = set()
    for index, source in sorted(doc.sources.items()):
        key = (source.span.start, source.span.end)
        if key not in seen:
            seen.add(key)
            yield _record("source", source) | {"sentence": index}


def _record(kind: MentionKind, mention: _Mention) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": kind,
        "text": mention.text,
        "start": mention.span.start,
        "end": mention.span.end,
    }
    for field in _FIELDS[kind].split():
        key, _, attribute = field.partition("=")
        value = getattr(mention, attribute or key)
        record[key] = value.isoformat() if isinstance(value, dt.date) else value
    return record
