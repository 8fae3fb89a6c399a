"""What the harness reads off a running process tree: memory (PSS), CPU time; and percentiles.

PSS (proportional set size, ``/proc/<pid>/smaps_rollup``) charges each shared page to its sharers
in equal parts, so the sum over the service and its workers counts a page shared by all of them
(a memory-mapped index, the interpreter's text) once, where RSS would count it in every process.
CPU time is ``utime + stime`` of ``/proc/<pid>/stat``: over the wall time of a run it says how
many cores the processes kept busy. Linux only; elsewhere the figures are missing (NaN).
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
_TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Throughput:
    """A stage's articles over its wall time, and over its CPU time (the stages' figures)."""

    articles: int
    seconds: float  # wall time
    cores_used: float  # CPU time of the stage's processes over the wall time

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def articles_per_cpu_s(self) -> float:
        """Throughput per second of CPU: what a shared machine's other load does not change."""
        return self.articles / (self.seconds * self.cores_used)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation between the closest ranks
    (numpy's default); NaN for no values."""
    if not values:
        return math.nan
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} is not within 0-100")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def pss_kb(smaps_rollup: str) -> int:
    """The ``Pss:`` figure of a ``/proc/<pid>/smaps_rollup`` text, in kB."""
    for line in smaps_rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise ValueError("no Pss line in smaps_rollup")


def stat_fields(stat: str) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` after the command name, which may hold spaces and
    parentheses itself, hence the split at the last ``)``: field 3 (state) comes first."""
    return stat[stat.rindex(")") + 2 :].split()


def cpu_ticks(stat: str) -> int:
    """User plus system CPU time of a ``/proc/<pid>/stat`` text, in clock ticks."""
    fields = stat_fields(stat)
    return int(fields[11]) + int(fields[12])  # fields 14 (utime) and 15 (stime)


def parent_pid(stat: str) -> int:
    return int(stat_fields(stat)[1])  # field 4 (ppid)


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None  # the process ended meanwhile, or is not ours


def process_tree(root: int) -> list[int]:
    """``root`` and all its descendants alive now (the service, its workers and helpers)."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        stat = _read(entry / "stat")
        if stat is not None:
            children.setdefault(parent_pid(stat), []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def tree_pss_mb(root: int) -> float:
    total = 0
    for pid in process_tree(root):
        text = _read(PROC / str(pid) / "smaps_rollup")
        if text is not None:
            total += pss_kb(text)
    return total / 1024


def cpu_s(pids: list[int]) -> float:
    """CPU seconds of these processes (those still alive)."""
    total = 0
    for pid in pids:
        text = _read(PROC / str(pid) / "stat")
        if text is not None:
            total += cpu_ticks(text)
    return total / _TICKS_PER_S


def tree_cpu_s(root: int) -> float:
    return cpu_s(process_tree(root))


class PeakMemory:
    """Samples the PSS of a process tree in a thread every ``interval_s`` and keeps the peak
    (a thread, because reading smaps walks page tables: milliseconds the event loop should not
    wait for)."""

    def __init__(self, root: int, interval_s: float = 0.5) -> None:
        self.root = root
        self.interval_s = interval_s
        self.peak_mb = math.nan
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="pss-sampler", daemon=True)

    def __enter__(self) -> PeakMemory:
        if PROC.is_dir():
            self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            mb = tree_pss_mb(self.root)
            if math.isnan(self.peak_mb) or mb > self.peak_mb:
                self.peak_mb = mb
            self._stop.wait(self.interval_s)
