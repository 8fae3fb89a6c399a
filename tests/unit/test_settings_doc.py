"""Every setting has a description and a row in the README's Settings table, and every row of
the table is a setting (a renamed or removed one leaves none behind)."""

from __future__ import annotations

import re
from pathlib import Path

from newsevents.config import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_described_and_in_the_readme_table() -> None:
    rows = set(re.findall(r"^\| `(NEWSEVENTS_[A-Z0-9_]+)` \|", README.read_text(), re.MULTILINE))
    fields = Settings.model_fields
    assert [name for name, field in fields.items() if not field.description] == []
    variables = {f"NEWSEVENTS_{name.upper()}" for name in fields}
    assert variables - rows == set()
    assert rows - variables == set()
