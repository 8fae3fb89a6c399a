"""The extraction pipeline: article in, events out, no I/O.

Components run in the order of ``COMPONENTS``; each reads what the ones before it filled in the
``Document`` and fills its own part. Swap or add a component by building a ``Pipeline`` with a
different tuple.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from .. import __version__
from ..contracts import (
    AcledFields,
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
from .acled_names import acled_name
from .actors import country_name, find_actors
from .attribution import find_attribution
from .dates import find_dates
from .document import ActorMention, Document, PlaceMention
from .linking import EventDraft, link_events
from .ontology import event_type
from .places import find_places
from .quantities import find_quantities
from .sentences import split_sentences
from .triggers import find_triggers

Component = Callable[[Document], None]

COMPONENTS: tuple[Component, ...] = (
    split_sentences,
    find_places,
    find_actors,
    find_dates,
    find_quantities,
    find_attribution,
    find_triggers,
)

EXTRACTOR_NAME = "newsevents-rules"
# Namespace of deterministic event ids: uuid5(namespace, article id | type | trigger offsets).
EVENT_ID_NAMESPACE = uuid.UUID("6f1d9c1e-6c55-4d8e-9a39-52a1f0e4b7a1")


@dataclass(frozen=True, slots=True)
class Pipeline:
    components: tuple[Component, ...] = COMPONENTS

    def annotate(self, article: ArticleMessage) -> Document:
        doc = Document(
            article_id=article.id,
            text=article.body,
            published=article.published_at.date(),
            title=article.title,
        )
        for component in self.components:
            component(doc)
        return doc

    def extract(self, article: ArticleMessage) -> list[EventMessage]:
        doc = self.annotate(article)
        return [_to_message(article, doc, draft) for draft in link_events(doc)]


_DEFAULT = Pipeline()


def extract_events(article: ArticleMessage) -> list[EventMessage]:
    """All events of one article, in text order."""
    return _DEFAULT.extract(article)


def warm_up() -> None:
    """Load dictionaries and the gazetteer now rather than on the first article."""
    _DEFAULT.extract(
        ArticleMessage.model_validate(
            {
                "id": "warm-up",
                "body": "Troops arrived in Damascus.",
                "published_at": "2024-01-01T00:00:00Z",
            }
        )
    )


def event_id(article_id: str, event_type_name: str, start: int, end: int) -> str:
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{article_id}|{event_type_name}|{start}:{end}"))


def _to_message(article: ArticleMessage, doc: Document, draft: EventDraft) -> EventMessage:
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
        acled=_acled(doc, draft, time),
    )
    return message


# ACLED precision codes. Time: 1 the day, 2 the week, 3 the month; a vague date is coded as
# "about a week". Space: 1 the named town or finer, 2 near a town or part of a region, 3 the
# province or larger.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "vague": 2}
_GEO_PRECISION = {
    "point": 1,
    "neighbourhood": 1,
    "town": 1,
    "region": 2,
    "admin1": 3,
    "country": 3,
    "supranational": 3,
}
_CROWDS = {
    "protest": "Protesters",
    "protest_dispersed": "Protesters",
    "protest_repressed": "Protesters",
    "riot": "Rioters",
    "mob_violence": "Rioters",
}
_STATE = re.compile(r"(?:Military|Police) Forces of ")
_CROWD = re.compile(r"(?:Protesters|Rioters|Civilians) \(")


def _is_crowd(name: str) -> bool:
    return _CROWD.match(name) is not None


_NEAR = re.compile(
    r"\b(?:near|nearby|close to|outside|outskirts of|vicinity of|around|between|"
    r"(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+"
    r"(?:the\s+)?(?:(?:town|village|city|district)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _acled(doc: Document, draft: EventDraft, time: TimeRef) -> AcledFields:
    place = draft.places[0] if draft.places else None
    country_code = place.country_code if place else None
    if country_code is None:
        country_code = next(
            (a.country_code for a in (draft.actor1, draft.actor2) if a and a.country_code), None
        )
    geo_precision = None
    if place is not None:
        geo_precision = _GEO_PRECISION.get(place.precision, 3)
        if geo_precision == 1 and _NEAR.search(
            doc.text[max(0, place.span.start - 40) : place.span.start]
        ):
            geo_precision = 2

    def name(actor: ActorMention | None) -> str | None:
        return acled_name(actor, time.date, country_code) if actor is not None else None

    actor1, actor2 = name(draft.actor1), name(draft.actor2)
    trigger_start = draft.trigger.span.start
    if actor1 is None:
        # An actor inside the trigger phrase ("Turkish warplanes struck") is its agent.
        agent = next((a for a in draft.associates if a.span.start <= trigger_start), None)
        actor1 = name(agent)
    sides: tuple[list[str], list[str]] = ([], [])
    crowd = _CROWDS.get(draft.event_type)
    if crowd is not None:
        # ACLED codes every demonstration with its crowd as actor1 ("Protesters (Kenya)"); a
        # named organiser is its associate, the state force that intervened is actor2.
        crowd_name = next(
            (a for a in (actor1, actor2) if a and a.startswith(("Protesters (", "Rioters ("))),
            f"{crowd} ({country_name(country_code)})",
        )
        others = [a for a in (actor1, actor2) if a is not None and not _is_crowd(a)]
        named = [a for a in others if not _STATE.match(a)]
        actor2 = next((a for a in others if _STATE.match(a)), None)
        actor1 = crowd_name
        sides[0].extend(named)
    for associate in draft.associates:
        associate_name = name(associate)
        side = sides[0] if associate.span.start < trigger_start else sides[1]
        if associate_name and associate_name not in (actor1, actor2, *side):
            side.append(associate_name)
    fatalities = [q for q in draft.quantities if q.kind == "count" and q.unit == "fatalities"]
    stated = [q.value for q in fatalities if "fatalit" in q.text.lower()]
    deaths = int(max(stated)) if stated else int(sum(q.value for q in fatalities))
    admin1 = None
    if place is not None:
        admin1 = place.name if place.precision == "admin1" else place.admin1
    return AcledFields(
        event_date=time.date,
        time_precision=_TIME_PRECISION.get(time.precision, 2),  # type: ignore[arg-type]
        actor1=actor1,
        assoc_actor_1="; ".join(sides[0]) or None,
        actor2=actor2,
        assoc_actor_2="; ".join(sides[1]) or None,
        country=country_name(country_code) if country_code else None,
        admin1=admin1,
        location=place.name if place is not None and place.precision != "country" else None,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        geo_precision=geo_precision,  # type: ignore[arg-type]
        fatalities=deaths,
    )


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
