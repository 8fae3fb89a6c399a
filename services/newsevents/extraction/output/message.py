"""An event draft as the message the service publishes (``contracts.EventMessage``)."""

from __future__ import annotations

import uuid
from typing import Literal, TypeVar

from pydantic import BaseModel

from ... import __version__
from ...contracts import (
    Actor,
    Article,
    Attribution,
    EventCodes,
    EventMessage,
    Evidence,
    Extractor,
    Location,
    Mention,
    Quantity,
    TimeRef,
)
from ..document import ActorMention, Document
from ..events.draft import EventDraft
from ..ontology import event_type
from ..places.choosing.told_province import with_told_province
from .acled import acled_fields
from .confidence import Telling, confidence

ActorRole = Literal["actor1", "actor2", "associate"]
EXTRACTOR_NAME = "newsevents-rules"
# Namespace of deterministic event ids: uuid5(namespace, article id | type | trigger offsets).
EVENT_ID_NAMESPACE = uuid.UUID("6f1d9c1e-6c55-4d8e-9a39-52a1f0e4b7a1")


def event_id(article_id: str, event_type_name: str, start: int, end: int) -> str:
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{article_id}|{event_type_name}|{start}:{end}"))


def to_message(
    article: Article,
    doc: Document,
    draft: EventDraft,
    *,
    sole: bool = False,
    telling: Telling | None = None,
) -> EventMessage:
    """The event message of a draft; ``telling``: the article around it, read by the confidence
    (the events the article publishes; else the draft alone, ``sole``: the only event the
    article reports)."""
    kind = event_type(draft.event_type)
    trigger = draft.trigger
    time = _time(doc, draft)
    return EventMessage(
        event_id=event_id(article.id, draft.event_type, trigger.span.start, trigger.span.end),
        article_id=article.id,
        article_url=article.url,
        source=article.source,
        published_at=article.published_at,
        event_type=kind.name,
        codes=_copy(EventCodes, kind),
        modality=trigger.modality,
        temporal_status=draft.temporal_status,
        summary=_summary(kind.name, draft),
        actors=_actors(draft),
        locations=[
            _copy(Location, with_told_province(place, doc.places, draft.places))
            for place in draft.places
        ],
        time=time,
        quantities=[_copy(Quantity, quantity) for quantity in draft.quantities],
        attribution=_attribution(article, draft),
        evidence=_evidence(article.body, doc, draft),
        confidence=confidence(draft, telling or Telling(doc, (draft,), sole)),
        extractor=Extractor(name=EXTRACTOR_NAME, version=__version__),
        acled=acled_fields(doc, draft, time),
    )


_Model = TypeVar("_Model", bound=BaseModel)


def _copy(model: type[_Model], source: object) -> _Model:
    """The contract read from the attributes of the same names: a ``Location`` from a place
    mention's ``name``, ``admin1``, ``latitude`` ... (its span and feature stay behind)."""
    return model.model_validate(source, from_attributes=True)


def _time(doc: Document, draft: EventDraft) -> TimeRef:
    """The event's date, else the publication day as a vague date."""
    if draft.date:
        return _copy(TimeRef, draft.date)
    return TimeRef(date=doc.published, precision="vague")


def _actors(draft: EventDraft) -> list[Actor]:
    roles: list[tuple[ActorMention | None, ActorRole]] = [
        (draft.actor1, "actor1"),
        (draft.actor2, "actor2"),
        *((associate, "associate") for associate in draft.associates),
    ]
    return [_actor(mention, role) for mention, role in roles if mention is not None]


def _actor(mention: ActorMention, role: ActorRole) -> Actor:
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


def _attribution(article: Article, draft: EventDraft) -> Attribution | None:
    """The source the text credits, else the outlet that published the article."""
    if draft.source is not None:
        return _copy(Attribution, draft.source)
    if article.source:
        return Attribution(name=article.source, kind="outlet", text=article.source)
    return None


def _evidence(body: str, doc: Document, draft: EventDraft) -> Evidence:
    """The words the event was read from, as the body writes them: the text read has plain
    spaces for the body's other spaces (:func:`..pipeline.examined_text`), offsets the same."""
    sentence, trigger = draft.sentence_span, draft.trigger
    return Evidence(
        text=body[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        trigger=body[trigger.span.start : trigger.span.end],
        trigger_start=trigger.span.start,
        trigger_end=trigger.span.end,
        mentions=[
            Mention(text=body[s.span.start : s.span.end], start=s.span.start, end=s.span.end)
            for s in (doc.sentences[i] for i in sorted(set(draft.sentences)))
        ],
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
