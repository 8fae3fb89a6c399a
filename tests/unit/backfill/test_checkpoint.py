"""The checkpoint record: its JSON, its run ids, and what `replay status` says of it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsevents.backfill.checkpoint import RUN_ID_PATTERN, Checkpoint, Counts, new_run_id
from newsevents.backfill.command import describe


def file_checkpoint() -> Checkpoint:
    return Checkpoint(
        run_id="march-2024",
        status="running",
        mode="bulk",
        source="archive/2024-03",
        target="events",
        position={"file": "02.jsonl.gz", "line": 1200},
        counts=Counts(articles=31_200, events=498_000, rejected=3, unreadable=1),
        total={"bytes": 91_234_567},
        rejects="march-2024.rejects.jsonl",
        started_at="2024-03-14T08:00:00+00:00",
        updated_at="2024-03-14T09:00:00+00:00",
    )


def test_a_checkpoint_round_trips_through_its_json() -> None:
    checkpoint = file_checkpoint()
    value = checkpoint.encode()
    assert Checkpoint.decode(value) == checkpoint
    decoded = json.loads(value)
    assert decoded["position"] == {"file": "02.jsonl.gz", "line": 1200}
    assert decoded["counts"] == {
        "articles": 31200,
        "events": 498000,
        "rejected": 3,
        "unreadable": 1,
    }
    assert decoded["status"] == "running" and decoded["version"] == 1


def test_a_topic_checkpoint_keeps_its_offsets_and_bounds() -> None:
    checkpoint = Checkpoint(
        run_id="t",
        status="interrupted",
        mode="pipeline",
        source="topic:articles",
        target="articles.backfill",
        position={"offsets": {"0": 15, "2": 7}},
        bounds={"0": [10, 20], "1": [0, 0], "2": [5, 9]},
    )
    again = Checkpoint.decode(checkpoint.encode())
    assert again.position == {"offsets": {"0": 15, "2": 7}}
    assert again.bounds == {"0": [10, 20], "1": [0, 0], "2": [5, 9]}


def test_fields_a_newer_version_adds_are_ignored_when_read() -> None:
    value = json.loads(file_checkpoint().encode())
    value["counts"]["skipped_duplicates"] = 4
    value["host"] = "replayer-2"
    assert Checkpoint.decode(json.dumps(value).encode()) == file_checkpoint()


def test_advancing_changes_the_fields_and_the_time() -> None:
    before = file_checkpoint()
    after = before.advanced(status="done", position={"file": "03.jsonl.gz", "line": 4})
    assert (after.status, after.position["file"], after.started_at) == (
        "done",
        "03.jsonl.gz",
        before.started_at,
    )
    assert after.updated_at > before.updated_at


def test_generated_run_ids_are_valid_sortable_and_distinct() -> None:
    at = dt.datetime(2024, 3, 14, 8, 0, 5, tzinfo=dt.UTC)
    first, second = new_run_id(at), new_run_id(at)
    assert first.startswith("replay-20240314-080005-") and first != second
    assert RUN_ID_PATTERN.match(first)


@pytest.mark.parametrize(
    ("run_id", "valid"),
    [("march-2024", True), ("a.b_c-1", True), ("-x", False), ("a b", False), ("x" * 101, False)],
)
def test_run_ids_are_safe_in_a_transactional_id_and_a_file_name(run_id: str, valid: bool) -> None:
    assert bool(RUN_ID_PATTERN.match(run_id)) is valid


def test_status_says_where_a_file_run_stands_and_how_to_resume_it() -> None:
    text = describe(file_checkpoint(), now=dt.datetime(2024, 3, 14, 9, 1, tzinfo=dt.UTC))
    assert text.splitlines()[0] == (
        "run march-2024: running (last checkpoint 60 s ago; if its process is gone, run the "
        "same command with --run-id march-2024 to resume)"
    )
    assert "done up to: 02.jsonl.gz line 1200" in text
    assert "31,200 articles, 498,000 events, 3 rejected, 1 unreadable files" in text
    assert "march-2024.rejects.jsonl" in text


def test_status_of_a_topic_run_gives_each_partitions_offset_within_its_bounds() -> None:
    checkpoint = Checkpoint(
        run_id="t",
        status="interrupted",
        mode="pipeline",
        source="topic:articles",
        target="articles.backfill",
        position={"offsets": {"0": 15}},
        bounds={"0": [10, 20], "1": [3, 8]},
    )
    text = describe(checkpoint)
    assert text.startswith("run t: interrupted\n")
    assert "partition 0: 15 of [10, 20), partition 1: 3 of [3, 8)" in text
