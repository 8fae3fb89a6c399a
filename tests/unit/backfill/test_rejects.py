"""The rejects file: one line per rejected line, once, also when a killed run is resumed."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.backfill.rejects import RAW_CHARS, RejectsFile
from newsevents.backfill.sources import Item


def bad(number: int, raw: bytes = b"{oops") -> Item:
    return Item("a.jsonl.gz", number, raw, reason="InvalidJson: x", problem="malformed")


def entries(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_each_reject_is_a_json_line_with_file_line_reason_and_raw(tmp_path: Path) -> None:
    rejects = RejectsFile(tmp_path / "r.jsonl", "run-1")
    rejects.add(bad(3), "InvalidJson: Expecting value")
    rejects.add(bad(9, '{"id": "é"'.encode()), "SchemaViolation: no body")
    rejects.close()
    assert entries(tmp_path / "r.jsonl") == [
        {
            "run_id": "run-1",
            "file": "a.jsonl.gz",
            "line": 3,
            "reason": "InvalidJson: Expecting value",
            "raw": "{oops",
        },
        {
            "run_id": "run-1",
            "file": "a.jsonl.gz",
            "line": 9,
            "reason": "SchemaViolation: no body",
            "raw": '{"id": "é"',
        },
    ]


def test_a_resumed_run_does_not_write_its_rejects_again(tmp_path: Path) -> None:
    """Lines a killed run wrote past its checkpoint are read again on resume: written once."""
    path = tmp_path / "r.jsonl"
    first = RejectsFile(path, "run-1")
    first.add(bad(3), "why")
    first.add(bad(5), "why")
    first.close()
    with path.open("a") as cut:  # the kill cut the last line short
        cut.write('{"run_id": "run-1", "file": "a.js')
    other_run = RejectsFile(path, "run-2")
    other_run.add(bad(3), "why")  # another run's rejects are its own
    other_run.close()
    resumed = RejectsFile(path, "run-1")
    resumed.add(bad(3), "why")
    resumed.add(bad(5), "why")
    resumed.add(bad(7), "why")
    resumed.close()
    valid = []
    for line in path.read_text().splitlines():
        try:
            valid.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    assert [(e["run_id"], e["line"]) for e in valid] == [
        ("run-1", 3),
        ("run-1", 5),
        ("run-2", 3),
        ("run-1", 7),
    ]


def test_a_huge_raw_line_is_cut_and_its_length_kept(tmp_path: Path) -> None:
    rejects = RejectsFile(tmp_path / "r.jsonl", "run-1")
    rejects.add(bad(1, b"x" * (RAW_CHARS + 10)), "InvalidJson")
    rejects.close()
    (entry,) = entries(tmp_path / "r.jsonl")
    assert len(str(entry["raw"])) == RAW_CHARS and entry["raw_chars"] == RAW_CHARS + 10


def test_no_file_is_made_without_a_reject(tmp_path: Path) -> None:
    RejectsFile(tmp_path / "r.jsonl", "run-1").close()
    assert not (tmp_path / "r.jsonl").exists()
