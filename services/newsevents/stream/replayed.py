"""Events of a replayed article carry where they came from: the ``backfill`` block.

A replay marks each article record it produces with ``REPLAY_RUN_HEADER`` and
``REPLAY_MODE_HEADER`` (contracts.py); the events extracted from it get the block
``{"run_id": ..., "mode": ...}``, so consumers can tell backfill from live and drop a run.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..contracts import REPLAY_MODE_HEADER, REPLAY_RUN_HEADER, Backfill

Headers = Sequence[tuple[str, bytes | None]]  # aiokafka gives None for a header without value


def backfill_of(headers: Headers | None) -> Backfill | None:
    """The replay a record comes from, from its headers; None for a live record."""
    run_id = mode = None
    for key, value in headers or ():
        if value is None:
            continue
        if key == REPLAY_RUN_HEADER:
            run_id = value.decode("utf-8", "replace")
        elif key == REPLAY_MODE_HEADER:
            mode = value.decode("utf-8", "replace")
    if not run_id:
        return None
    return Backfill(run_id=run_id, mode=mode or "pipeline")


def replay_headers(backfill: Backfill) -> list[tuple[str, bytes]]:
    """The headers that mark an article record as part of ``backfill``."""
    return [
        (REPLAY_RUN_HEADER, backfill.run_id.encode()),
        (REPLAY_MODE_HEADER, backfill.mode.encode()),
    ]


def with_backfill(events: Sequence[str], backfill: Backfill | None) -> list[str]:
    """The serialised events with their ``backfill`` block set (unchanged when live)."""
    if backfill is None:
        return list(events)
    block = backfill.model_dump(mode="json")
    stamped = []
    for text in events:
        event = json.loads(text)
        event["backfill"] = block
        stamped.append(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
    return stamped
