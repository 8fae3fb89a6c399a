"""The start-up line: effective settings, secrets redacted whatever their serializer does."""

from __future__ import annotations

import json

import pytest
from pydantic import Field, SecretBytes, SecretStr, field_serializer

from newsevents.config import Settings
from newsevents.observe.startup import REDACTED, effective_settings


class SecureSettings(Settings):
    # Stand-ins for the SASL password and key password fields (their names do not matter).
    sasl_password: SecretStr | None = Field(default=None, description="test")
    key_password: SecretStr = Field(default=SecretStr(""), description="test")
    token: SecretBytes | None = Field(default=None, description="test")
    careless: SecretStr = Field(default=SecretStr("shown?"), description="test")

    @field_serializer("careless", when_used="always")
    def _reveal(self, value: SecretStr) -> str:
        return value.get_secret_value()  # a serializer that would leak it


def test_secrets_are_redacted_and_the_rest_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_SASL_PASSWORD", "hunter2-pw")
    monkeypatch.setenv("NEWSEVENTS_TOKEN", "tok-3141")
    monkeypatch.setenv("NEWSEVENTS_GROUP_ID", "ops-group")
    shown = effective_settings(SecureSettings(workers=3))
    assert shown["sasl_password"] == REDACTED
    assert shown["token"] == REDACTED
    assert shown["careless"] == REDACTED
    assert shown["key_password"] == "", "an empty secret says it is unset"
    assert (shown["group_id"], shown["workers"], shown["metrics_port"]) == ("ops-group", 3, 0)
    text = json.dumps(shown)
    for secret in ("hunter2-pw", "tok-3141", "shown?"):
        assert secret not in text
    assert set(shown) == set(SecureSettings.model_fields)


def test_unset_secrets_stay_none() -> None:
    shown = effective_settings(SecureSettings())
    assert shown["sasl_password"] is None and shown["token"] is None
