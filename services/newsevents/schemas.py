"""JSON Schemas of the message contracts, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .contracts import EVENT_SCHEMA_VERSION, ArticleMessage, EventMessage

SCHEMA_FILES: dict[str, type[ArticleMessage] | type[EventMessage]] = {
    "article.schema.json": ArticleMessage,
    "event.schema.json": EventMessage,
}


def schema_documents() -> dict[str, str]:
    """File name -> the exact text that belongs in schemas/."""
    documents: dict[str, str] = {}
    for name, model in SCHEMA_FILES.items():
        schema: dict[str, Any] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://newsevents.dev/schemas/{name}",
            **model.model_json_schema(
                mode="serialization" if model is EventMessage else "validation"
            ),
        }
        if model is EventMessage:
            schema["x-schema-version"] = EVENT_SCHEMA_VERSION
        documents[name] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    return documents


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_documents().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
