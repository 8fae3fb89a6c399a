"""A replay's progress as one JSON record, keyed by run id, on a compacted topic.

The checkpoint is written in the same Kafka transaction as the records it covers (``writer``),
so the last committed one is exactly where the target topic's committed records end. It says
what is being replayed and how, how far (``position``), the counts so far and the status::

    {"version": 1, "run_id": "replay-20240314-0800-1a2b", "status": "running",
     "mode": "bulk", "source": "archive/2024-03", "target": "events",
     "position": {"file": "2024-03-02.jsonl.gz", "line": 1200},
     "counts": {"articles": 31200, "events": 498000, "rejected": 3, "unreadable": 0},
     "total": {"bytes": 91234567}, "rejects": "replay-...rejects.jsonl",
     "started_at": "...", "updated_at": "..."}

``position`` of a file source: every file sorted before ``file`` and its lines up to ``line``
are done. Of a topic source: ``{"offsets": {"0": 1500, ...}}``, the next offset of each
partition, with ``bounds`` ``{"0": [start, end], ...}`` fixed when the run began (``--since``,
``--until``, or the end as it was), so a resumed run stops where the first would have.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "RUN_ID_PATTERN",
    "Checkpoint",
    "Counts",
    "Status",
    "new_run_id",
    "now_iso",
]

Status = Literal["running", "done", "interrupted"]
# Also part of the transactional id and of the default rejects file name.
RUN_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def new_run_id(clock: dt.datetime | None = None) -> str:
    """``replay-20240314-080000-1a2b3c``: sortable by start, unique by its random tail."""
    when = (clock or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    return f"replay-{when}-{secrets.token_hex(3)}"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Counts(BaseModel):
    model_config = ConfigDict(extra="ignore")

    articles: int = 0  # produced (pipeline) or extracted (bulk)
    events: int = 0  # published (bulk)
    rejected: int = 0  # malformed lines and records, failed extractions
    unreadable: int = 0  # files that could not be read to their end


class Checkpoint(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = 1
    run_id: str
    status: Status
    mode: Literal["pipeline", "bulk"]
    source: str = Field(description="The file or folder, or topic:<name>.")
    target: str = Field(description="The topic the records go to.")
    position: dict[str, Any] = Field(default_factory=dict)
    bounds: dict[str, list[int]] | None = None
    counts: Counts = Field(default_factory=Counts)
    total: dict[str, int] = Field(
        default_factory=dict, description="bytes (files) or records (topic): the whole run."
    )
    rejects: str | None = None
    started_at: str = Field(default_factory=now_iso)
    updated_at: str = Field(default_factory=now_iso)

    def encode(self) -> bytes:
        return self.model_dump_json().encode()

    @classmethod
    def decode(cls, value: bytes) -> Checkpoint:
        return cls.model_validate_json(value)

    def advanced(self, **changes: Any) -> Checkpoint:
        """A copy with ``changes`` and ``updated_at`` now."""
        return self.model_copy(update={**changes, "updated_at": now_iso()})
