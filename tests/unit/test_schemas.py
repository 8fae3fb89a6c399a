"""The checked-in JSON Schemas are exactly what the pydantic models generate, and the
compatibility policy holds: today's events validate against every released schema of their
major version, and a consumer's schema accepts a newer minor version's added fields."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsevents.contracts import EVENT_SCHEMA_VERSION, ArticleMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.schemas import RELEASED_FOLDER, released_name, schema_documents
from tests.conftest import REPO_ROOT, SEEDS

RELEASED = sorted((REPO_ROOT / "schemas" / RELEASED_FOLDER).glob("event-*.schema.json"))


@pytest.mark.parametrize("name", sorted(schema_documents()))
def test_checked_in_schema_matches_models(name: str) -> None:
    """Run `newsevents schemas` after changing contracts.py, and commit schemas/."""
    checked_in = (REPO_ROOT / "schemas" / name).read_text(encoding="utf-8")
    hint = (
        f"the models changed but schema version {EVENT_SCHEMA_VERSION} is released: raise "
        "EVENT_SCHEMA_VERSION (minor for an added field, major otherwise) and run `newsevents "
        "schemas`"
        if name == released_name()
        else f"schemas/{name} drifted from the models: run `newsevents schemas`"
    )
    assert checked_in == schema_documents()[name], hint


def test_event_schema_requires_the_contract_fields() -> None:
    """Downstream consumers rely on these fields being present in every event."""
    schema = json.loads(schema_documents()["event.schema.json"])
    for field in (
        "event_id",
        "article_id",
        "event_type",
        "codes",
        "actors",
        "locations",
        "time",
        "evidence",
        "confidence",
        "extractor",
        "summary",
    ):
        assert field in schema["required"], field
    assert schema["properties"]["confidence"]["maximum"] == 1.0


@functools.cache
def _events() -> list[dict[str, Any]]:
    """Events as sent: the seed's and an invented report's, every optional part filled somewhere
    (a toll, money, an attribution, a village the gazetteer lacks)."""
    seed = ArticleMessage.model_validate_json(
        (SEEDS / "irgc-deir-ezzor-almashareq.json").read_text(encoding="utf-8")
    )
    invented = ArticleMessage(
        id="schema-report",
        body=(
            "Turkish drones struck a car near Qamishli in Hasakah province on Monday, killing "
            "three members of the Syrian Democratic Forces, the Syrian Observatory for Human "
            "Rights said. Protesters gathered in Beirut on Tuesday to demand the release of "
            "detainees."
        ),
        published_at=dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.UTC),
        source="Invented Wire",
    )
    events = [e for article in (seed, invented) for e in extract_events(article)]
    assert {e.event_type for e in events} >= {"recruitment", "airstrike"}, events
    return [json.loads(e.model_dump_json()) for e in events]


def _validator(path: Path) -> jsonschema.protocols.Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_the_current_version_is_released() -> None:
    assert REPO_ROOT / "schemas" / released_name() in RELEASED


@pytest.mark.parametrize("path", RELEASED, ids=lambda p: p.name)
def test_todays_events_validate_against_every_release_of_their_major(path: Path) -> None:
    """A consumer that validates against an older minor version keeps accepting our events."""
    version = path.name.removeprefix("event-").removesuffix(".schema.json")
    if version.split(".")[0] != EVENT_SCHEMA_VERSION.split(".")[0]:
        pytest.skip(f"{version} is another major version")
    validator = _validator(path)
    for event in _events():
        errors = [e.message for e in validator.iter_errors(event)]
        assert not errors, (event["event_type"], errors)


def test_a_newer_minor_versions_added_fields_are_accepted() -> None:
    """What 1.(N+1) may add (a field at the top, in a location, in the ACLED block) does not
    break a consumer validating against 1.N."""
    validator = _validator(REPO_ROOT / "schemas" / released_name())
    event = copy.deepcopy(next(e for e in _events() if e["locations"]))
    event["schema_version"] = "1.99"
    event["new_top_level_field"] = {"anything": [1, 2]}
    event["locations"][0]["population"] = 1200
    event["acled"]["iso"] = 760
    event["evidence"]["language"] = "en"
    assert not [e.message for e in validator.iter_errors(event)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.pop("article_id"), "'article_id' is a required property"),
        (lambda e: e.pop("source"), "'source' is a required property"),
        (lambda e: e["acled"].pop("fatalities"), "'fatalities' is a required property"),
        (lambda e: e["acled"].update(fatalities=2.5), "2.5 is not of type 'integer'"),
        (lambda e: e.update(confidence=1.5), "1.5 is greater than the maximum of 1.0"),
        (lambda e: e.update(modality="rumoured"), "'rumoured' is not one of"),
    ],
)
def test_the_schema_still_rejects_what_breaks_the_contract(change: Any, message: str) -> None:
    """Open objects are not a free-for-all: the always-sent fields, types and ranges hold."""
    validator = _validator(REPO_ROOT / "schemas" / released_name())
    event = copy.deepcopy(_events()[0])
    change(event)
    errors = [e.message for e in validator.iter_errors(event)]
    assert any(message in error for error in errors), errors
