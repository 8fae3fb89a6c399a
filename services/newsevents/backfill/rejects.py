"""The dead-letter file of a replay (``--rejects``): one JSON line per malformed line or record,
unreadable file or failed extraction, with where it was, why, and the raw line::

    {"run_id": "replay-...", "file": "2024-03/02.jsonl.gz", "line": 17,
     "reason": "InvalidJson: value is not JSON: Expecting value: ...", "raw": "{\"id\": ..."}

A file, not the dead-letter topic: a line of an archive has no topic, partition and offset to
go back to (``newsevents dlq republish`` sends a dead letter back to its source topic); the fix
is to mend the archive and replay those lines, and a JSON Lines file of them is what that
takes. (A topic source's rejects name ``topic`` and ``partition`` in ``file`` and the offset in
``line``.)

Once per line, also across a resume: the lines are flushed to disk before the transaction that
covers them commits, and a resumed run first reads the file's (file, line) pairs of its run and
does not write those again (a killed run may have written some past its last checkpoint).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from .sources import Item

__all__ = ["RAW_CHARS", "RejectsFile"]

RAW_CHARS = 100_000  # of a raw line kept (the reason says how long it was)


class RejectsFile:
    def __init__(self, path: Path, run_id: str) -> None:
        self.path = path
        self.run_id = run_id
        self._seen = self._written_before()
        self._out: IO[str] | None = None
        self.written = 0

    def _written_before(self) -> set[tuple[str, int]]:
        seen: set[tuple[str, int]] = set()
        try:
            with self.path.open(encoding="utf-8") as old:
                for text in old:
                    try:
                        entry = json.loads(text)
                    except json.JSONDecodeError:
                        continue  # a line cut by a kill
                    if isinstance(entry, dict) and entry.get("run_id") == self.run_id:
                        seen.add((str(entry.get("file")), int(entry.get("line", 0))))
        except FileNotFoundError:
            pass
        return seen

    def add(self, item: Item, reason: str) -> None:
        if (item.source, item.number) in self._seen:
            return
        self._seen.add((item.source, item.number))
        if self._out is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out = self.path.open("a", encoding="utf-8")
            if self._ends_inside_a_line():
                self._out.write("\n")  # a kill cut the last line: ours start on a fresh one
        raw = item.raw.decode("utf-8", "replace")
        entry = {
            "run_id": self.run_id,
            "file": item.source,
            "line": item.number,
            "reason": reason,
            "raw": raw[:RAW_CHARS],
        }
        if len(raw) > RAW_CHARS:
            entry["raw_chars"] = len(raw)
        self._out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.written += 1

    def _ends_inside_a_line(self) -> bool:
        with self.path.open("rb") as existing:
            size = existing.seek(0, 2)
            if size == 0:
                return False
            existing.seek(size - 1)
            return existing.read(1) != b"\n"

    def flush(self) -> None:
        """To disk, before the checkpoint past these lines commits."""
        if self._out is not None:
            self._out.flush()
            os.fsync(self._out.fileno())

    def close(self) -> None:
        if self._out is not None:
            self.flush()
            self._out.close()
            self._out = None
