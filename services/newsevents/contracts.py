"""The published message contracts: the article that comes in, the event that goes out.

These pydantic models are the source of truth; ``schemas/*.json`` is generated from them
(``newsevents schemas``) and a test fails when the checked-in files drift.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

EVENT_SCHEMA_VERSION = "1.3"  # 1.1: the `acled` block; 1.2: `temporal_status`; 1.3: `backfill`

# Headers of an article record produced by a replay (``newsevents replay``): the service copies
# them onto the events it extracts from that article as the event's ``backfill`` block.
REPLAY_RUN_HEADER = "newsevents-replay-run"
REPLAY_MODE_HEADER = "newsevents-replay-mode"

__all__ = [
    "EVENT_SCHEMA_VERSION",
    "REPLAY_MODE_HEADER",
    "REPLAY_RUN_HEADER",
    "AcledFields",
    "Actor",
    "ArticleMessage",
    "Attribution",
    "Backfill",
    "EventCodes",
    "EventMessage",
    "Evidence",
    "Extractor",
    "Location",
    "Quantity",
    "TimeRef",
]


class ArticleMessage(BaseModel):
    """A news article on the input topic. The Kafka message key is ``id``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=512, description="Stable article identifier.")
    url: str | None = None
    title: str = ""
    body: str = Field(min_length=1, description="The article text.")
    published_at: AwareDatetime = Field(description="Publication time, RFC 3339 with offset.")
    source: str | None = Field(default=None, description="Outlet name.")
    language: str = "en"
    countries: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(
        default_factory=list,
        max_length=20,
        description="Optional: ISO 3166-1 alpha-2 codes of the countries the article is about, "
        "when its source says so (a national outlet, a feed's focus). Small places and unnamed "
        "forces and crowds of the text are then read as in those countries, as if it named them.",
    )
    metadata: dict[str, Any] = Field(default_factory=dict)


class _Out(BaseModel):
    # extra="forbid" keeps this service from sending a field the contract lacks; consumers are
    # not held to it: the published schemas leave objects open (schemas.py). Every field is
    # always sent (null when empty), so the serialisation schema marks them all required.
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_serialization_defaults_required=True
    )


class Actor(_Out):
    text: str = Field(description="The actor as written in the article.")
    name: str = Field(description="Canonical name.")
    kind: str = Field(description="state_force, militia, armed_group, person, organisation, ...")
    country_code: str | None = None
    affiliation: str | None = Field(default=None, description="Patron or parent organisation.")
    role: Literal["actor1", "actor2", "associate"] = "actor1"


class Location(_Out):
    text: str
    name: str
    country_code: str
    admin1: str | None = None
    latitude: float
    longitude: float
    precision: str = Field(description="point, neighbourhood, town, region, admin1 or country.")
    geonames_id: int | None = None
    resolved: bool = Field(
        default=True,
        description="False for a locality the gazetteer does not know (a neighbourhood, a "
        "village): its name as written, with the coordinates, admin1 and country of the known "
        "place it lies in, and no GeoNames id.",
    )


class TimeRef(_Out):
    date: dt.date
    precision: str = Field(description="day, week, month, year or vague.")
    text: str | None = Field(default=None, description="The words it was resolved from.")


class Quantity(_Out):
    text: str
    kind: Literal["money", "count"]
    value: float
    unit: str = Field(description="ISO 4217 currency code for money; a noun for counts.")
    approximate: bool = False
    upper_bound: bool = False
    usd_value: float | None = Field(default=None, description="USD figure given by the text.")


class Attribution(_Out):
    name: str
    description: str | None = None
    kind: str = "person"
    text: str


class Mention(_Out):
    text: str = Field(description="A sentence that tells the event.")
    start: int = Field(ge=0, description="Character offset of the sentence in the body.")
    end: int = Field(ge=0)


class Evidence(_Out):
    text: str = Field(description="The sentence the event was read from.")
    start: int = Field(ge=0, description="Character offset of the sentence in the body.")
    end: int = Field(ge=0)
    trigger: str = Field(description="The words that signal the event.")
    trigger_start: int = Field(ge=0)
    trigger_end: int = Field(ge=0)
    mentions: list[Mention] = Field(
        default_factory=list,
        description="Every sentence that tells this occurrence (headline, lead, retellings, "
        "toll updates), in text order; one event per occurrence carries them all.",
    )


class EventCodes(_Out):
    plover: str
    plover_mode: str | None = None
    cameo: str
    acled_event_type: str
    acled_sub_event_type: str


class AcledFields(_Out):
    """The event in ACLED's columns, to load beside ACLED data."""

    event_date: dt.date = Field(description="The event's date (``time.date``).")
    time_precision: Literal[1, 2, 3] = Field(
        description="1 the day, 2 the week (or the date is vague), 3 the month or year."
    )
    actor1: str | None = Field(
        default=None,
        description='ACLED-style name: "Military Forces of Syria (2000-2024)", '
        '"Protesters (Lebanon)", "Unidentified Armed Group (Iraq)".',
    )
    assoc_actor_1: str | None = Field(
        default=None, description="Other named actors on actor1's side, joined by '; '."
    )
    actor2: str | None = None
    assoc_actor_2: str | None = Field(
        default=None, description="Other named actors on actor2's side, joined by '; '."
    )
    country: str | None = Field(default=None, description="Country name as ACLED writes it.")
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: Literal[1, 2, 3] | None = Field(
        default=None,
        description="1 the named town or finer, 2 near a town or part of a region, "
        "3 the province or larger; None without a location.",
    )
    fatalities: int = Field(default=0, ge=0, description="Deaths reported, 0 when none.")


class Backfill(_Out):
    """Where an event from a replay came from; ``null`` on live events."""

    run_id: str = Field(
        description="The replay run (``newsevents replay --run-id``): drop a run's events by it."
    )
    mode: str = Field(
        description="pipeline: the running service extracted the replayed article; "
        "bulk: the replay command extracted it and published the event itself."
    )


class Extractor(_Out):
    name: str
    version: str


class EventMessage(_Out):
    """One extracted event on the output topic. The Kafka message key is ``article_id``."""

    event_id: str = Field(description="Deterministic: the same article always yields the same id.")
    schema_version: str = EVENT_SCHEMA_VERSION
    article_id: str
    article_url: str | None = None
    source: str | None = None
    published_at: AwareDatetime
    event_type: str
    codes: EventCodes
    modality: Literal["asserted", "claimed", "planned", "denied"] = "asserted"
    temporal_status: Literal["current", "background"] = Field(
        default="current",
        description="current: news the article reports; background: history, an earlier "
        "incident or a standing situation it recalls (published only when configured).",
    )
    summary: str
    actors: list[Actor]
    locations: list[Location]
    time: TimeRef
    quantities: list[Quantity] = Field(default_factory=list)
    attribution: Attribution | None = None
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: Extractor
    acled: AcledFields
    backfill: Backfill | None = Field(
        default=None,
        description="Set on events of a replayed (archived) article: its run id and mode. "
        "null on live events, so consumers can tell backfill from live.",
    )
