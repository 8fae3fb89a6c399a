"""The backfill block: read from a replayed record's headers, set on its events."""

from __future__ import annotations

import json

from newsevents.contracts import (
    REPLAY_MODE_HEADER,
    REPLAY_RUN_HEADER,
    ArticleMessage,
    Backfill,
    EventMessage,
)
from newsevents.extraction.pipeline import Pipeline
from newsevents.stream.replayed import backfill_of, replay_headers, with_backfill


def test_live_records_have_no_backfill_and_their_events_are_unchanged() -> None:
    assert backfill_of(None) is None
    assert backfill_of([("other", b"x")]) is None
    assert with_backfill(['{"a":1}'], None) == ['{"a":1}']


def test_a_header_without_a_value_is_no_replay_mark() -> None:
    """aiokafka gives None for a header sent without a value: not a crash, not a run."""
    assert backfill_of([(REPLAY_RUN_HEADER, None)]) is None
    marked = [(REPLAY_RUN_HEADER, b"run-9"), (REPLAY_MODE_HEADER, None)]
    assert backfill_of(marked) == Backfill(run_id="run-9", mode="pipeline")


def test_replayed_events_carry_the_run_and_still_validate() -> None:
    run = Backfill(run_id="run-7", mode="bulk")
    assert backfill_of(replay_headers(run)) == run
    assert backfill_of([(REPLAY_RUN_HEADER, b"run-8")]) == Backfill(run_id="run-8", mode="pipeline")
    report = ArticleMessage(
        id="r1",
        body="Gunmen killed two farmers near Kirkuk on Monday.",
        published_at="2024-03-12T08:00:00Z",  # type: ignore[arg-type]
    )
    events = [e.model_dump_json() for e in Pipeline().extract(report)]
    assert events, "the invented report yields an event"
    stamped = with_backfill(events, run)
    for before, after in zip(events, stamped, strict=True):
        event = EventMessage.model_validate_json(after)
        assert event.backfill == run
        assert json.loads(before)["backfill"] is None
        assert event.event_id == json.loads(before)["event_id"]
