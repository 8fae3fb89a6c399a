"""An event draft as the message the service publishes (``contracts.EventMessage``)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Literal, TypeVar, overload

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
from ..document import (
    ActorMention,
    DateMention,
    Document,
    PlaceMention,
    QuantityMention,
    SourceMention,
    Span,
)
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
    article reports). Every text taken from the body is the body's own words
    (:func:`body_words`)."""
    kind = event_type(draft.event_type)
    trigger = draft.trigger
    body = article.body
    written = _Written(body, doc)
    time = _time(doc, written.mention(draft.date))
    source = written.mention(draft.source)
    actors: list[tuple[ActorMention | None, ActorRole]] = [
        (written.mention(draft.actor1), "actor1"),
        (written.mention(draft.actor2), "actor2"),
        *((written.mention(associate), "associate") for associate in draft.associates),
    ]
    places = [
        written.mention(with_told_province(place, doc.places, draft.places))
        for place in draft.places
    ]
    quantities = [written.mention(quantity) for quantity in draft.quantities]
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
        summary=_summary(kind.name, draft, actors[0][0], actors[1][0], quantities),
        actors=[_actor(mention, role) for mention, role in actors if mention is not None],
        locations=[_copy(Location, place) for place in places],
        time=time,
        quantities=[_copy(Quantity, quantity) for quantity in quantities],
        attribution=_attribution(article, source),
        evidence=_evidence(written, doc, draft),
        confidence=confidence(draft, telling or Telling(doc, (draft,), sole)),
        extractor=Extractor(name=EXTRACTOR_NAME, version=__version__),
        acled=acled_fields(doc, draft, time),
    )


def body_words(body: str, doc: Document, span: Span, text: str | None = None) -> str:
    """The words read at ``span`` as the body writes them, ``body[span.start:span.end]``: the
    text read has plain spaces for the body's other spaces and newlines for its line and
    paragraph separators, one for one (:func:`..pipeline.examined_text`), so offsets are the
    body's. ``text``: what a mention says was read there; a name the reader put together
    rather than read at the span (an actor told only by the ministry that commands it, at no
    span) is kept as it is."""
    if text is not None and (span.end <= span.start or doc.text[span.start : span.end] != text):
        return text
    return body[span.start : span.end]


_Told = TypeVar("_Told", ActorMention, PlaceMention, DateMention, QuantityMention, SourceMention)


class _Written:
    """The mentions of one article with the body's own words (:func:`body_words`)."""

    def __init__(self, body: str, doc: Document) -> None:
        self.body, self.doc = body, doc

    def words(self, span: Span, text: str | None = None) -> str:
        return body_words(self.body, self.doc, span, text)

    @overload
    def mention(self, told: _Told) -> _Told: ...
    @overload
    def mention(self, told: None) -> None: ...
    def mention(self, told: _Told | None) -> _Told | None:
        if told is None:
            return None
        return replace(told, text=self.words(told.span, told.text))


_Model = TypeVar("_Model", bound=BaseModel)


def _copy(model: type[_Model], source: object) -> _Model:
    """The contract read from the attributes of the same names: a ``Location`` from a place
    mention's ``name``, ``admin1``, ``latitude`` ... (its span and feature stay behind)."""
    return model.model_validate(source, from_attributes=True)


def _time(doc: Document, date: DateMention | None) -> TimeRef:
    """The event's date, else the publication day as a vague date."""
    if date:
        return _copy(TimeRef, date)
    return TimeRef(date=doc.published, precision="vague")


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


def _attribution(article: Article, source: SourceMention | None) -> Attribution | None:
    """The source the text credits, else the outlet that published the article."""
    if source is not None:
        return _copy(Attribution, source)
    if article.source:
        return Attribution(name=article.source, kind="outlet", text=article.source)
    return None


def _evidence(written: _Written, doc: Document, draft: EventDraft) -> Evidence:
    """The words the event was read from, as the body writes them (:func:`body_words`)."""
    sentence, trigger = draft.sentence_span, draft.trigger
    return Evidence(
        text=written.words(sentence),
        start=sentence.start,
        end=sentence.end,
        trigger=written.words(trigger.span),
        trigger_start=trigger.span.start,
        trigger_end=trigger.span.end,
        mentions=[
            Mention(text=written.words(s.span), start=s.span.start, end=s.span.end)
            for s in (doc.sentences[i] for i in sorted(set(draft.sentences)))
        ],
    )


def _summary(
    type_name: str,
    draft: EventDraft,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    quantities: list[QuantityMention],
) -> str:
    """The event in a line; its actors and quantities as the body writes them."""
    parts = [type_name.replace("_", " ")]
    if actor1:
        parts.append(f"by {_display(actor1)}")
    if actor2:
        parts.append(f"involving {_display(actor2)}")
    if draft.places:
        place = draft.places[0]
        region = f", {place.admin1}" if place.admin1 and place.admin1 != place.name else ""
        parts.append(f"in {place.name}{region}")
    if draft.date and draft.date.precision != "vague":
        parts.append(f"on {draft.date.date.isoformat()}")
    if quantities:
        parts.append("(" + "; ".join(q.text for q in quantities) + ")")
    if draft.source:
        parts.append(f"— according to {draft.source.name}")
    return " ".join(parts)


def _display(actor: ActorMention) -> str:
    if actor.affiliation and actor.generic:
        return f"{actor.text} ({actor.affiliation})"
    return actor.name
