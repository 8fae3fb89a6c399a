"""Expected failures of the commands: two lines on stderr, what is wrong and what to do, and an
exit code per class; batches report each bad file or line and go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.failures import EXIT_BAD_INPUT, EXIT_CONFIG, EXIT_UNREACHABLE

GOOD = {
    "id": "a1",
    "body": "Police arrested 3 men in Mosul.",
    "published_at": "2024-03-14T08:00:00Z",
}


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSEVENTS_BOOTSTRAP_SERVERS", "NEWSEVENTS_GAZETTEER_DIR", "NEWSEVENTS_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSEVENTS_LOG_LEVEL", "WARNING")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.err.splitlines(), captured.out


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("empty.json", b"", "empty.json: the file is empty"),
        ("photo.json", b"\x89PNG\x00\x01", "photo.json: a binary file, not text"),
        ("latin.txt", "Gunmen in Hom\xe9s".encode("latin-1"), "latin.txt: not UTF-8 text"),
        ("broken.json", b'{"id": "a", "body": "x" "published_at": 1}', "invalid JSON at line 1"),
        (
            "pretty.json",
            b'{\n  "id": "a",\n  "published_at": "2024-03-14T08:00:00Z"\n}\n',
            'pretty.json: the article has no "body"',
        ),
        (
            "local.json",
            json.dumps({**GOOD, "published_at": "2024-03-14T08:00:00"}).encode(),
            '"published_at" has no UTC offset',
        ),
    ],
)
def test_a_bad_file_is_named_with_what_is_wrong(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: bytes, what: str
) -> None:
    (tmp_path / name).write_bytes(content)
    code, err, out = _run(capsys, "extract", str(tmp_path / name))
    assert code == EXIT_BAD_INPUT
    assert len(err) == 2, err
    assert err[0].startswith("newsevents: ") and what in err[0]
    assert "give JSON" in err[1] or "UTF-8" in err[1]
    assert out == ""


def test_a_missing_file_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, err, _ = _run(capsys, "annotate", str(tmp_path / "nowhere.json"))
    assert code == EXIT_BAD_INPUT
    assert err == [f"newsevents: {tmp_path / 'nowhere.json'}: no such file or folder",
                   "  check the path; - reads standard input"]  # fmt: skip


def test_debug_adds_the_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_bytes(b"")
    code, err, _ = _run(capsys, "extract", str(tmp_path / "empty.json"), "--debug")
    assert code == EXIT_BAD_INPUT
    assert err[0] == "Traceback (most recent call last):"
    assert err[-2] == "newsevents: empty.json: the file is empty"


def test_a_json_array_is_read_as_articles_and_a_bad_item_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([GOOD, {"id": "a2"}]))
    code, err, out = _run(capsys, "extract", str(path))
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {"a1"}
    assert err[0] == 'newsevents: skipped item 2: the article has no "body"'
    assert code == EXIT_BAD_INPUT  # read, but not all of it


def test_a_folder_reports_each_bad_file_and_line_and_reads_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.json").write_bytes(b"")
    lines = [json.dumps(GOOD), "not json", json.dumps({"id": "l3"})]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "c.txt").write_text("Turkish forces shelled Tal Rifaat on Monday.")
    code, err, out = _run(capsys, "extract", str(tmp_path))
    assert code == EXIT_BAD_INPUT
    assert err[:3] == [
        f"newsevents: skipped {tmp_path / 'a.json'}: the file is empty",
        f"newsevents: skipped {tmp_path / 'b.jsonl'} line 2: invalid JSON at column 1: "
        "Expecting value",
        f'newsevents: skipped {tmp_path / "b.jsonl"} line 3: the article has no "body"',
    ]
    events = [json.loads(line) for line in out.splitlines()]
    assert {(e["article_id"], e["event_type"]) for e in events} >= {
        ("a1", "arrest"),
        ("c", "shelling"),
    }


def test_an_unused_invalid_setting_is_ignored_with_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSEVENTS_WORKERS", "abc")
    (tmp_path / "a.json").write_text(json.dumps(GOOD))
    code, err, out = _run(capsys, "extract", str(tmp_path / "a.json"))
    assert code == 0 and out
    assert err[0].startswith("newsevents: ignoring NEWSEVENTS_WORKERS='abc' (Input should be")
    assert err[0].endswith("extract does not use it")


def test_an_invalid_setting_the_command_reads_is_a_configuration_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSEVENTS_WORKERS", "abc")
    monkeypatch.setenv("NEWSEVENTS_BOOTSTRAP_SERVERS", "localhost:1")
    code, err, _ = _run(capsys, "run")
    assert code == EXIT_CONFIG
    assert err == [
        "newsevents: NEWSEVENTS_WORKERS='abc': Input should be a valid integer, unable to parse "
        "string as an integer",
        "  fix or unset it (README, Settings)",
    ]


def test_no_broker_configured_is_a_configuration_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, err, _ = _run(capsys, "dlq", "list")
    assert code == EXIT_CONFIG
    assert (
        err[0] == "newsevents: dlq needs a Kafka broker and NEWSEVENTS_BOOTSTRAP_SERVERS is not set"
    )


@pytest.mark.parametrize("argv", [["run"], ["dlq", "list"], ["replay", "seeds"], ["demo"]])
def test_an_unreachable_broker_is_two_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    """Port 1 refuses at once; no 'Unclosed AIOKafkaConsumer' nor client log line either."""
    monkeypatch.setenv("NEWSEVENTS_BOOTSTRAP_SERVERS", "localhost:1")
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    code, err, _ = _run(capsys, *argv)
    assert code == EXIT_UNREACHABLE
    assert err == [
        "newsevents: cannot reach the Kafka broker at localhost:1",
        "  start it, or check NEWSEVENTS_BOOTSTRAP_SERVERS (unset, `newsevents demo` starts a "
        "local broker)",
    ]


# --published-at and --id: plain text has neither; "on Monday" is read from the date given.
def test_published_at_dates_plain_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Police arrested 3 men in Mosul on Monday.")
    code, _, out = _run(capsys, "extract", str(path), "--published-at", "2024-03-14", "--id", "n1")
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert (event["article_id"], event["published_at"]) == ("n1", "2024-03-14T00:00:00Z")
    assert event["time"]["date"] == "2024-03-11"  # the Monday before Thursday 14 March


def test_published_at_needs_an_offset_with_a_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Police arrested 3 men in Mosul on Monday.")
    code, err, _ = _run(capsys, "annotate", str(path), "--published-at", "2024-03-14T08:00")
    assert code == EXIT_BAD_INPUT
    assert err[0] == "newsevents: --published-at 2024-03-14T08:00: a time without UTC offset"
