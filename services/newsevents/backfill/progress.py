"""What a replay shows while it runs and when it ends.

On a terminal (stderr is a TTY): a rich progress bar with the share done, articles, events,
rejected lines, unreadable files, the rate and the time left. Elsewhere (a job, a pipe): a
``replay_progress`` JSON line every ``every_s`` seconds with the same figures. The share and the
time left come from the source: bytes of text read of the files' sizes (a compressed file's
as its header says: cheap, and good enough an estimate) or records of the topic's bounds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, Protocol

import structlog

from .checkpoint import Checkpoint, Counts

__all__ = ["Display", "LogDisplay", "TerminalDisplay", "display_for", "summary"]

log = structlog.get_logger(__name__)


class Display(Protocol):
    def start(self, done: int, total: int) -> None: ...

    def update(self, counts: Counts, done: int) -> None: ...

    def close(self) -> None: ...


class _Figures:
    """Rate and time left, measured over this process's part of the run."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._started = clock()
        self._first_done = 0
        self._first_articles: int | None = None
        self.total = 0

    def start(self, done: int, total: int) -> None:
        self._started = self._clock()
        self._first_done = done
        self.total = total

    def due(self, counts: Counts, last: float, every_s: float) -> bool:
        """Whether ``every_s`` passed since ``last``; the first call notes where the rate
        starts (the articles a resumed run had before)."""
        if self._first_articles is None:
            self._first_articles = counts.articles
        return self._clock() - last >= every_s

    def elapsed(self) -> float:
        return max(self._clock() - self._started, 1e-9)

    def rate(self, counts: Counts) -> float:
        if self._first_articles is None:
            self._first_articles = counts.articles
        return (counts.articles - self._first_articles) / self.elapsed()

    def eta_s(self, done: int) -> float | None:
        progressed = done - self._first_done
        if not self.total or progressed <= 0:
            return None
        return max(self.total - done, 0) * self.elapsed() / progressed

    def fields(self, counts: Counts, done: int) -> dict[str, Any]:
        eta = self.eta_s(done)
        return {
            **counts.model_dump(),
            "rate_per_s": round(self.rate(counts), 1),
            "done_pct": round(100 * done / self.total, 1) if self.total else None,
            "eta_s": None if eta is None else round(eta),
        }


class LogDisplay:
    """A ``replay_progress`` line every ``every_s`` seconds."""

    def __init__(
        self, run_id: str, every_s: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._run_id = run_id
        self._every_s = every_s
        self._clock = clock
        self._figures = _Figures(clock)
        self._last = clock()

    def start(self, done: int, total: int) -> None:
        self._figures.start(done, total)
        self._last = self._clock()

    def update(self, counts: Counts, done: int) -> None:
        if self._figures.due(counts, self._last, self._every_s):
            self._last = self._clock()
            log.info("replay_progress", run_id=self._run_id, **self._figures.fields(counts, done))

    def close(self) -> None:
        pass


class TerminalDisplay:
    """rich's progress bar on stderr; log lines printed meanwhile appear above it."""

    def __init__(self, run_id: str, clock: Callable[[], float] = time.monotonic) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

        self._figures = _Figures(clock)
        self._clock = clock
        self._last = -1.0
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[figures]}"),
            console=Console(stderr=True),
            refresh_per_second=4,
        )
        self._task = self._progress.add_task(run_id, total=None, figures="starting")

    def start(self, done: int, total: int) -> None:
        self._figures.start(done, total)
        self._progress.update(self._task, total=total or None, completed=done)
        self._progress.start()

    def update(self, counts: Counts, done: int) -> None:
        if not self._figures.due(counts, self._last, 0.1):  # rich redraws 4 times a second
            return
        self._last = self._clock()
        f = self._figures.fields(counts, done)
        eta = f["eta_s"]
        text = (
            f"{counts.articles:,} articles  {counts.events:,} events  "
            f"{counts.rejected:,} rejected  {counts.unreadable} unreadable  "
            f"{f['rate_per_s']:,.0f}/s  ETA {_duration(eta) if eta is not None else '?'}"
        )
        self._progress.update(self._task, completed=done, figures=text)

    def close(self) -> None:
        self._progress.stop()


def display_for(run_id: str, terminal: bool | None = None) -> Display:
    if terminal is None:
        terminal = sys.stderr.isatty()
    return TerminalDisplay(run_id) if terminal else LogDisplay(run_id)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def summary(checkpoint: Checkpoint, seconds: float | None, articles_now: int = 0) -> str:
    """The closing lines: what the run did, where its rejects are, how to go on."""
    c = checkpoint.counts
    lines = [
        f"replay {checkpoint.run_id} {checkpoint.status}: {c.articles:,} articles"
        + (f", {c.events:,} events" if checkpoint.mode == "bulk" else "")
        + f" to {checkpoint.target} ({checkpoint.mode} mode)"
    ]
    if seconds:
        lines.append(
            f"  this run: {articles_now:,} articles in {seconds:.1f} s "
            f"({articles_now / seconds:,.1f} articles/s)"
        )
    if c.rejected or c.unreadable:
        lines.append(
            f"  {c.rejected:,} rejected lines, {c.unreadable} unreadable files: see "
            f"{checkpoint.rejects}"
        )
    if checkpoint.status != "done":
        lines.append(f"  resume: newsevents replay ... --run-id {checkpoint.run_id}")
    return "\n".join(lines)
