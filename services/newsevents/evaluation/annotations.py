"""Every resolved mention of a document as plain JSON-ready dicts (``newsevents annotate``).

One dict per mention with ``kind`` (actor, place, date, quantity, source, trigger), ``text``,
``start`` and ``end`` (character offsets into the body) and what it resolved to.
"""

from __future__ import annotations

from typing import Any

from ..extraction.document import Document


def mentions(doc: Document) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for a in doc.actors:
        found.append(
            _base("actor", a.text, a.span.start, a.span.end)
            | {
                "name": a.name,
                "actor_kind": a.kind,
                "country_code": a.country_code,
                "affiliation": a.affiliation,
                "description": a.description,
                "generic": a.generic,
            }
        )
    for p in [*doc.places, *doc.place_references]:
        found.append(
            _base("place", p.text, p.span.start, p.span.end)
            | {
                "name": p.name,
                "country_code": p.country_code,
                "admin1": p.admin1,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "geonames_id": p.geonames_id,
                "feature": p.feature,
                "precision": p.precision,
            }
        )
    for d in doc.dates:
        found.append(
            _base("date", d.text, d.span.start, d.span.end)
            | {"date": d.date.isoformat(), "precision": d.precision}
        )
    for q in doc.quantities:
        found.append(
            _base("quantity", q.text, q.span.start, q.span.end)
            | {
                "quantity_kind": q.kind,
                "value": q.value,
                "unit": q.unit,
                "approximate": q.approximate,
                "upper_bound": q.upper_bound,
                "usd_value": q.usd_value,
            }
        )
    seen: set[tuple[int, int]] = set()
    for index, s in sorted(doc.sources.items()):
        key = (s.span.start, s.span.end)
        if key in seen:
            continue
        seen.add(key)
        found.append(
            _base("source", s.text, s.span.start, s.span.end)
            | {
                "name": s.name,
                "description": s.description,
                "source_kind": s.kind,
                "sentence": index,
            }
        )
    for t in doc.triggers:
        found.append(
            _base("trigger", t.text, t.span.start, t.span.end)
            | {"event_type": t.event_type, "modality": t.modality}
        )
    found.sort(key=lambda m: (m["start"], m["end"], m["kind"]))
    return found


def _base(kind: str, text: str, start: int, end: int) -> dict[str, Any]:
    return {"kind": kind, "text": text, "start": start, "end": end}
