"""The checked-in JSON Schemas are exactly what the pydantic models generate."""

from __future__ import annotations

import json

import pytest

from newsevents.schemas import schema_documents
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize("name", sorted(schema_documents()))
def test_checked_in_schema_matches_models(name: str) -> None:
    """Run `newsevents schemas` after changing contracts.py, and commit schemas/."""
    checked_in = (REPO_ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert checked_in == schema_documents()[name], f"schemas/{name} drifted from the models"


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
