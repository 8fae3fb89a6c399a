"""The one document type every extraction component reads and extends.

A component is a plain function ``component(doc) -> None`` that fills one list of the document
(``doc.places``, ``doc.actors`` ...). Mentions carry character offsets into ``doc.text`` (the
article body), so evidence can always be traced back to the source.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import wraps
from itertools import pairwise
from typing import Literal, TypeVar

from .ontology import EventTypeName

PlacePrecision = Literal[
    "point", "neighbourhood", "town", "region", "admin1", "country", "supranational"
]
# A town or finer: a place an act happens at, not the region around it.
LOCAL_PRECISIONS: frozenset[PlacePrecision] = frozenset({"point", "neighbourhood", "town"})
TimePrecision = Literal["day", "week", "month", "year", "vague"]
Modality = Literal["asserted", "claimed", "planned", "denied"]
# The nine kinds of data/actors.tsv, and the crowds that only generic nouns name ("protesters").
ActorKind = Literal[
    "state_force",
    "militia",
    "armed_group",
    "political_party",
    "government",
    "organisation",
    "monitor",
    "media",
    "person",
    "civilians",
    "protesters",
    "rioters",
]
# Actors that bear arms: a state's forces, militias, armed groups.
ARMED_KINDS: frozenset[ActorKind] = frozenset({"state_force", "militia", "armed_group"})
NON_STATE_ARMED_KINDS: frozenset[ActorKind] = frozenset({"militia", "armed_group"})
# A state's own actors: its forces and its government.
STATE_KINDS: frozenset[ActorKind] = frozenset({"state_force", "government"})
# News furniture (text/furniture.py): where and by whom a report was filed, never what happened.
FurnitureKind = Literal["dateline", "credit", "outlet", "date"]
# A source is an actor of one of the speaking kinds, or a group ("local activists said").
SourceKind = Literal["person", "monitor", "media", "organisation", "government", "group"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def gap(self, other: Span) -> int:
        """Characters between the two spans; 0 when they touch or overlap."""
        return max(self.start - other.end, other.start - self.end, 0)


class SpanIndex:
    """Spans taken so far, sorted by start: whether one overlaps a span is found by bisection
    among those starting at most the longest span's length before it, not by reading them all
    (a text that repeats a name or a number for pages has as many spans as words)."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._spans = sorted((s.start, s.end) for s in spans)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, span: Span) -> None:
        insort(self._spans, (span.start, span.end))
        self._longest = max(self._longest, span.end - span.start)

    def overlapping(self, span: Span) -> list[Span]:
        low = bisect_left(self._spans, (span.start - self._longest,))
        high = bisect_left(self._spans, (span.end,))
        return [Span(a, b) for a, b in self._spans[low:high] if span.start < b and a < span.end]

    def overlaps(self, span: Span) -> bool:
        # (the test of overlapping without building the spans: asked for every match read)
        low = bisect_left(self._spans, (span.start - self._longest,))
        high = bisect_left(self._spans, (span.end,))
        start, end = span.start, span.end
        return any(start < b and a < end for a, b in self._spans[low:high])

    def holds(self, span: Span) -> bool:
        """Whether a span of the index contains ``span``."""
        return any(Span(a, b).contains(span) for a, b in self._near(span))

    def _near(self, span: Span) -> list[tuple[int, int]]:
        low = bisect_left(self._spans, (span.start - self._longest,))
        return self._spans[low : bisect_right(self._spans, (span.end, span.end))]


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    paragraph: int
    text: str
    heading: bool = False  # a title, subheading or caption line: not a statement of events


@dataclass(frozen=True, slots=True)
class Furniture:
    """A dateline ("BEIRUT (AP) —"), a credit ("(dpa/GNA)", "Reporting by …"), an outlet's name
    ("told SANA") or a date's weekday and month ("Mon Jul 18 2016"): no event place; datelines
    and credits no actors either."""

    span: Span
    text: str
    kind: FurnitureKind


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    text: str
    name: str
    country_code: str
    admin1: str | None
    latitude: float
    longitude: float
    precision: PlacePrecision
    feature: str  # GeoNames-like feature class: "city", "village", "admin1", "country", ...
    geonames_id: int | None = None
    # False: a locality the gazetteer lacks, at the coordinates of the place it lies in
    resolved: bool = True

    @property
    def province(self) -> str | None:
        """The admin1 region the place is or lies in: "Idlib" for Maarat al-Numan and for Idlib
        province itself."""
        return self.name if self.precision == "admin1" else self.admin1


@dataclass(frozen=True, slots=True)
class ActorMention:
    span: Span
    text: str
    name: str  # canonical name
    kind: ActorKind
    country_code: str | None = None
    affiliation: str | None = None  # patron / parent organisation, canonical name
    description: str | None = None  # e.g. "Deir Ezzor media activist" for a person
    generic: bool = False  # "militiamen", "tribesmen": no proper name
    pronoun: bool = False  # "they", "he": resolved to an earlier actor


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    text: str
    date: dt.date
    precision: TimePrecision


@dataclass(frozen=True, slots=True)
class QuantityMention:
    span: Span
    text: str
    kind: Literal["money", "count"]
    value: float
    unit: str  # ISO 4217 code for money, a noun for counts ("militiamen")
    approximate: bool = False
    upper_bound: bool = False  # "up to 200,000"
    usd_value: float | None = None  # the USD figure the text itself gives


@dataclass(frozen=True, slots=True)
class SourceMention:
    """Who the text says a statement comes from."""

    span: Span
    text: str
    name: str
    description: str | None = None
    kind: SourceKind = "person"


@dataclass(frozen=True, slots=True)
class Trigger:
    span: Span
    text: str
    event_type: EventTypeName
    modality: Modality = "asserted"


_M = TypeVar("_M", PlaceMention, ActorMention, DateMention, QuantityMention, Trigger)


@dataclass(slots=True)
class Document:
    article_id: str
    text: str
    published: dt.date
    title: str = ""
    # Countries the article is about by its source's word (``ArticleMessage.countries``), not
    # the text's: read as if the text named them.
    country_hints: tuple[str, ...] = ()
    sentences: list[Sentence] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    # Demonyms ("Russian": the country) and supranational names ("Europe", "EU"): places the
    # text refers to, reported by ``annotate`` but never event locations.
    place_references: list[PlaceMention] = field(default_factory=list)
    # Towns named in a local body's name ("the Larkana Press Club", "Garissa University"): no
    # place mentions, but where the body acts when nothing else places an event.
    body_places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    # Attribution per sentence index: the source each sentence is credited to.
    sources: dict[int, SourceMention] = field(default_factory=dict)
    triggers: list[Trigger] = field(default_factory=list)
    # The sentences of earlier incidents linking told recalled ("Last week, rebels attacked
    # X"), written by the event stages before merging (:mod:`.events.stages`): no sentence of
    # the news's, whose finer places a placed news event may borrow.
    background_sentences: frozenset[int] = frozenset()
    # Start offsets of each layer ``in_sentence`` read, by the list's id (see there).
    _starts: dict[int, tuple[object, int, list[int] | None]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Answers of readings of the annotated document kept for its life (:func:`per_document`).
    _kept: dict[tuple[object, int | None], tuple[object, object]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def in_sentence(self, items: list[_M], sentence: Sentence) -> list[_M]:
        """The items inside ``sentence``, in their order.

        The layers are sorted by start, so the sentence's items are found by bisection: a list
        walked for every sentence would make a text of many sentences and many mentions
        quadratic ("Ahmed Bello, Musa Okafor, ..." over pages). An unsorted list is walked.
        """
        starts = self._starts_of(items)
        if starts is None:
            return [item for item in items if sentence.span.contains(item.span)]
        low = bisect_left(starts, sentence.span.start)
        high = bisect_right(starts, sentence.span.end)
        return [item for item in items[low:high] if sentence.span.contains(item.span)]

    def _starts_of(self, items: list[_M]) -> list[int] | None:
        """The start offsets of ``items`` if they are sorted by start, else None; kept per list
        while it is the same list object of the same length (layers are written once)."""
        known = self._starts.get(id(items))
        if known is not None and known[0] is items and known[1] == len(items):
            return known[2]
        starts = [item.span.start for item in items]
        ordered = all(a <= b for a, b in pairwise(starts))
        self._starts[id(items)] = (items, len(items), starts if ordered else None)
        return starts if ordered else None


_Item = TypeVar("_Item")
_R = TypeVar("_R")


def per_document(function: Callable[[Document, _Item], _R]) -> Callable[[Document, _Item], _R]:
    """A reading of one mention (an actor, a sentence) in the annotated document, computed once
    per document: the linking and merging passes ask the same of a mention for each event and
    pair of events it is near. For pure functions of the document's layers, which are written
    by the annotating components and only read after them (never for those components): the
    answer is kept with the document and goes with it. The mention is found by identity (an
    equal copy is read again). An answer must not be changed by its caller (a list is kept
    as it was given)."""

    @wraps(function)
    def kept(doc: Document, item: _Item) -> _R:
        # found by the mention's identity (hashing a mention hashes every field of it); the
        # mention is kept beside its answer, so its id is no other's while the document lives
        key = (function, id(item))
        known = doc._kept.get(key)
        if known is not None and known[0] is item:
            return known[1]  # type: ignore[return-value]
        value = function(doc, item)
        doc._kept[key] = (item, value)
        return value

    return kept


def once_per_document(function: Callable[[Document], _R]) -> Callable[[Document], _R]:
    """A reading of the whole annotated document computed once per document (as
    :func:`per_document`): what the passes ask for each event or pair of events."""

    @wraps(function)
    def kept(doc: Document) -> _R:
        key = (function, None)
        known = doc._kept.get(key)
        if known is not None:
            return known[1]  # type: ignore[return-value]
        value = function(doc)
        doc._kept[key] = (None, value)
        return value

    return kept


def sentence_at(sentences: Sequence[Sentence], span: Span) -> Sentence | None:
    """The sentence that holds ``span``, if any, by bisection (sentences are in text order and
    do not overlap): a toll or a trigger looked up among a thousand sentences. The one way to
    find a mention's sentence; an event's is its trigger's (or its ``sentence_span``'s)."""
    index = bisect_right(sentences, span.start, key=lambda s: s.span.start) - 1
    if index >= 0 and sentences[index].span.contains(span):
        return sentences[index]
    return None
