"""Reading broker.log and mvn.log back: tails, the first error, and start markers.

Every start appends to the same broker.log, so each one first writes a marker line and reads
from that offset on: a failure shows its own start's lines, not an earlier one's.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

TAIL_LINES = 40


def read_from(path: Path, start: int = 0, limit: int = 1 << 20) -> str:
    """Text of ``path`` from byte offset ``start`` on (at most the last ``limit`` bytes)."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(start, fh.tell() - limit))
            data = fh.read()
    except OSError as exc:
        return f"<cannot read {path}: {exc}>"
    return data.decode("utf-8", errors="replace")


def tail(path: Path, lines: int = TAIL_LINES, start: int = 0) -> str:
    """The last ``lines`` lines of ``path`` from byte offset ``start`` on."""
    return "\n".join(read_from(path, start).splitlines()[-lines:])


def _is_error_start(line: str) -> bool:
    return (
        " ERROR " in line
        or " FATAL " in line
        or line.startswith(("Exception in thread", "Error:", "Error occurred"))
    )


def first_error(text: str, max_lines: int = 12) -> str | None:
    """The first error record with its exception chain (stack frames left out)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not _is_error_start(line):
            continue
        picked = [line.rstrip()]
        for follow in lines[i + 1 :]:
            if follow.startswith(("[", "=====")) or len(picked) >= max_lines:
                break  # next log record
            stripped = follow.strip()
            if stripped and not stripped.startswith(("at ", "... ")):
                picked.append(stripped)
        return "\n".join(picked)
    return None


def banner(path: Path, text: str) -> int:
    """Append a marker line to ``path``; return the offset where it starts."""
    with path.open("ab") as fh:
        offset = fh.tell()
        fh.write(f"===== newsevents.local_kafka {time.strftime('%H:%M:%S')} {text}\n".encode())
    return offset


def failure_message(what: str, path: Path, offset: int) -> str:
    """``what`` failed: the log's path, its first error and its last lines since ``offset``."""
    text = read_from(path, offset)
    last = "\n".join(text.splitlines()[-TAIL_LINES:])
    first = first_error(text)
    cause = f"\n--- first error ---\n{first}" if first else ""
    return f"{what}; log: {path}{cause}\n--- last {TAIL_LINES} log lines ---\n{last}"
