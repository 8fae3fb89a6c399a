"""The start-up line: the effective settings, with every secret redacted."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Secret, SecretBytes, SecretStr

REDACTED = "**********"

_SECRETS = (SecretStr, SecretBytes, Secret)


def effective_settings(settings: BaseModel) -> dict[str, Any]:
    """``settings`` as JSON-ready values; a secret field shows as ``**********`` when set.

    pydantic's JSON dump already masks ``SecretStr``; the fields are checked here too, so that
    a secret stays hidden whatever a field's serializer says (a custom one, a later pydantic).
    """
    dumped = settings.model_dump(mode="json")
    _redact(settings, dumped)
    return dumped


def _redact(model: BaseModel, dumped: dict[str, Any]) -> None:
    for name in type(model).model_fields:
        if name not in dumped:
            continue
        value = getattr(model, name)
        if isinstance(value, _SECRETS):
            dumped[name] = REDACTED if value.get_secret_value() else ""
        elif isinstance(value, BaseModel) and isinstance(dumped[name], dict):
            _redact(value, dumped[name])
