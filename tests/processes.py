"""The process table as the worker-lifetime tests read it: children of a process, and whether a
process (identified by pid *and* start time, so a reused pid is not mistaken for it) still runs.
Linux only (``/proc``)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.probes import stat_fields

PROC = Path("/proc")


@dataclass(frozen=True, slots=True)
class Proc:
    pid: int
    start_ticks: int
    cmdline: str


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return stat_fields(raw)  # the benchmark's reading: fields after the command name


def _cmdline(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return ""


def children(parent: int) -> list[Proc]:
    """The live processes whose parent is ``parent``."""
    found: list[Proc] = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        # fields[0] is the state, [1] the parent pid, [19] the start time (fields 3, 4 and 22).
        if fields is None or fields[0] in ("Z", "X") or int(fields[1]) != parent:
            continue
        found.append(Proc(int(entry.name), int(fields[19]), _cmdline(int(entry.name))))
    return found


def alive(proc: Proc) -> bool:
    """Still running: a zombie (dead, not yet reaped) or a new process under the same pid is not."""
    fields = _stat_fields(proc.pid)
    return (
        fields is not None and fields[0] not in ("Z", "X") and int(fields[19]) == proc.start_ticks
    )


def pool_workers(parent: int) -> list[Proc]:
    """The children of ``parent`` that are multiprocessing workers (not its resource tracker)."""
    return [
        p
        for p in children(parent)
        if "spawn_main" in p.cmdline and "resource_tracker" not in p.cmdline
    ]


async def wait_until_gone(procs: list[Proc], timeout_s: float) -> list[Proc]:
    """Poll until none of ``procs`` is alive or ``timeout_s`` passed; returns those still alive."""
    deadline = time.monotonic() + timeout_s
    while True:
        left = [p for p in procs if alive(p)]
        if not left or time.monotonic() > deadline:
            return left
        await asyncio.sleep(0.1)
