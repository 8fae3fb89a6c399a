"""``newsevents feeds``: a bad feeds file is named before anything else (no broker needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.failures import EXIT_BAD_INPUT, EXIT_CONFIG


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSEVENTS_BOOTSTRAP_SERVERS", "NEWSEVENTS_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSEVENTS_LOG_LEVEL", "WARNING")


def test_a_bad_entry_is_named_in_two_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feed]]\nurl = "https://a.example/rss"\ninterval_s = 0\n')
    assert main(["feeds", str(feeds)]) == EXIT_BAD_INPUT
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"newsevents: {feeds}: feed 1 (https://a.example/rss): interval_s: input should be "
        "greater than 0",
        "  each [[feed]] needs a url (http or https); optional: source, language (ISO 639 code), "
        "interval_s (seconds), countries (README, Feeds)",
    ]


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", str(tmp_path / "nowhere.toml")]) == EXIT_BAD_INPUT
    assert "nowhere.toml: cannot read it (No such file or directory)" in capsys.readouterr().err


def test_a_good_file_needs_a_broker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feed]]\nurl = "https://a.example/rss"\n')
    assert main(["feeds", str(feeds), "--once"]) == EXIT_CONFIG
    assert "feeds needs a Kafka broker" in capsys.readouterr().err
