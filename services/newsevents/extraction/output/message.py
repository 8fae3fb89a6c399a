"""An event draft as the message the service publishes (``contracts.EventMessage``)."""

from __future__ import annotations

import uuid

from ... import __version__
from ...contracts import (
    Actor,
    ArticleMessage,
    Attribution,
    EventCodes,
    EventMessage,
    Evidence,
    Extractor,
    Location,
    Quantity,
    TimeRef,
)
from ..document import ActorMention, Document, PlaceMention
from ..events.linking import EventDraft
from ..ontology import event_type
from .acled import acled_fields

EXTRACTOR_NAME = "newsevents-rules"
# Namespace of deterministic event ids: uuid5(namespace, article id | type | trigger offsets).
EVENT_ID_NAMESPACE = uuid.UUID("6f1d9c1e-6c55-4d8e-9a39-52a1f0e4b7a1")


def event_id(article_id: str, event_type_name: str, start: int, end: int) -> str:
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{article_id}|{event_type_name}|{start}:{end}"))


def to_message(article: ArticleMessage, doc: Document, draft: EventDraft) -> EventMessage:
    kind = event_type(draft.event_type)
    trigger = draft.trigger
    sentence_text = doc.text[draft.sentence_span.start : draft.sentence_span.end]
    actors = [_actor(draft.actor1, "actor1")] if draft.actor1 else []
    if draft.actor2:
        actors.append(_actor(draft.actor2, "actor2"))
    actors.extend(_actor(a, "associate") for a in draft.associates)
    if draft.date:
        time = TimeRef(date=draft.date.date, precision=draft.date.precision, text=draft.date.text)
    else:
        time = TimeRef(date=doc.published, precision="vague")
    attribution = None
    if draft.source is not None:
        attribution = Attribution(
            name=draft.source.name,
            description=draft.source.description,
            kind=draft.source.kind,
            text=draft.source.text,
        )
    elif article.source:
        attribution = Attribution(name=article.source, kind="outlet", text=article.source)
    message = EventMessage(
        event_id=event_id(article.id, draft.event_type, trigger.span.start, trigger.span.end),
        article_id=article.id,
        article_url=article.url,
        source=article.source,
        published_at=article.published_at,
        event_type=kind.name,
        codes=EventCodes(
            plover=kind.plover,
            plover_mode=kind.plover_mode,
            cameo=kind.cameo,
            acled_event_type=kind.acled_event_type,
            acled_sub_event_type=kind.acled_sub_event_type,
        ),
        modality=trigger.modality,
        summary=_summary(kind.name, draft),
        actors=actors,
        locations=[_location(p) for p in draft.places],
        time=time,
        quantities=[
            Quantity(
                text=q.text,
                kind=q.kind,
                value=q.value,
                unit=q.unit,
                approximate=q.approximate,
                upper_bound=q.upper_bound,
                usd_value=q.usd_value,
            )
            for q in draft.quantities
        ],
        attribution=attribution,
        evidence=Evidence(
            text=sentence_text,
            start=draft.sentence_span.start,
            end=draft.sentence_span.end,
            trigger=trigger.text,
            trigger_start=trigger.span.start,
            trigger_end=trigger.span.end,
        ),
        confidence=_confidence(draft),
        extractor=Extractor(name=EXTRACTOR_NAME, version=__version__),
        acled=acled_fields(doc, draft, time),
    )
    return message


def _actor(mention: ActorMention, role: str) -> Actor:
    return Actor.model_validate(
        {
            "text": mention.text,
            "name": mention.name,
            "kind": mention.kind,
            "country_code": mention.country_code,
            "affiliation": mention.affiliation,
            "role": role,
        }
    )


def _location(place: PlaceMention) -> Location:
    return Location(
        text=place.text,
        name=place.name,
        country_code=place.country_code,
        admin1=place.admin1,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=place.precision,
        geonames_id=place.geonames_id,
    )


def _summary(type_name: str, draft: EventDraft) -> str:
    parts = [type_name.replace("_", " ")]
    if draft.actor1:
        parts.append(f"by {_display(draft.actor1)}")
    if draft.actor2:
        parts.append(f"involving {_display(draft.actor2)}")
    if draft.places:
        place = draft.places[0]
        region = f", {place.admin1}" if place.admin1 and place.admin1 != place.name else ""
        parts.append(f"in {place.name}{region}")
    if draft.date and draft.date.precision != "vague":
        parts.append(f"on {draft.date.date.isoformat()}")
    if draft.quantities:
        parts.append("(" + "; ".join(q.text for q in draft.quantities) + ")")
    if draft.source:
        parts.append(f"— according to {draft.source.name}")
    return " ".join(parts)


def _display(actor: ActorMention) -> str:
    if actor.affiliation and actor.generic:
        return f"{actor.text} ({actor.affiliation})"
    return actor.name


def _confidence(draft: EventDraft) -> float:
    score = 0.45
    if draft.actor1 is not None:
        score += 0.15 if not draft.actor1.generic else 0.08
    if draft.places:
        score += 0.1
    if draft.source is not None:
        score += 0.1
    if draft.date is not None and draft.date.precision != "vague":
        score += 0.05
    if draft.modality == "claimed":
        score -= 0.1
    return round(min(score, 0.95), 2)
