"""JSON Schemas of the message contracts, generated from the pydantic models.

The compatibility policy (README "Message contracts", docs/design.md#schema-evolution):

* Every event field is always sent, so the event schema marks them all required; a field
  with nothing to say is ``null``, never missing.
* Objects are open: the published schemas do not say ``additionalProperties: false``, so a
  consumer validating against minor version 1.N accepts a 1.(N+1) message with a new field.
  (The models still forbid unknown fields: the service cannot send one by mistake.)
* Each released version is frozen in ``schemas/released/event-<version>.schema.json``. A test
  fails when the models change without a new version, and checks that today's events still
  validate against every released schema of the same major version.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .contracts import EVENT_SCHEMA_VERSION, ArticleMessage, EventMessage

SCHEMA_FILES: dict[str, type[ArticleMessage] | type[EventMessage]] = {
    "article.schema.json": ArticleMessage,
    "event.schema.json": EventMessage,
}
RELEASED_FOLDER = "released"


def released_name(version: str = EVENT_SCHEMA_VERSION) -> str:
    """``released/event-1.2.schema.json``: the frozen event schema of ``version``."""
    return f"{RELEASED_FOLDER}/event-{version}.schema.json"


def _open_objects(node: Any) -> Any:
    """The schema without ``additionalProperties: false`` anywhere (see the module's policy)."""
    if isinstance(node, dict):
        return {
            key: _open_objects(value)
            for key, value in node.items()
            if not (key == "additionalProperties" and value is False)
        }
    if isinstance(node, list):
        return [_open_objects(item) for item in node]
    return node


def schema_documents() -> dict[str, str]:
    """File name -> the exact text that belongs in schemas/ (the current event version's
    frozen copy included)."""
    documents: dict[str, str] = {}
    for name, model in SCHEMA_FILES.items():
        schema: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://newsevents.dev/schemas/{name}",
            **_open_objects(
                model.model_json_schema(
                    mode="serialization" if model is EventMessage else "validation"
                )
            ),
        }
        if model is EventMessage:
            schema["x-schema-version"] = EVENT_SCHEMA_VERSION
            released = {
                **schema,
                "$id": f"https://newsevents.dev/schemas/{released_name()}",
            }
            documents[released_name()] = _dumps(released)
        documents[name] = _dumps(schema)
    return documents


def _dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write the schemas; a released version's frozen file is written only if it is new (a
    release is never rewritten: the test says when the models changed without a new version)."""
    written = []
    for name, text in schema_documents().items():
        path = folder / name
        if name.startswith(f"{RELEASED_FOLDER}/") and path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
