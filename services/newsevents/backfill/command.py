"""``newsevents replay``: what the command line asked for, run, and the answer in words.

``cli.py`` parses the options into a ``ReplayRequest``; this module picks the source, the
target and the display, runs the replay until it is done or SIGINT/SIGTERM stops it (the
checkpoint then says ``interrupted``), and prints the summary. ``replay status RUN_ID`` prints a
run's last checkpoint.

Exit codes: 0 done; 65 done, with rejected lines or unreadable files (listed in the rejects
file); 75 interrupted (run it again with the same ``--run-id`` to finish).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..failures import EXIT_BAD_INPUT, EXIT_NO_EVENTS, BadInput, CommandFailed
from ..inputs import TextDefaults, parse_published_at
from ..signals import stop_on_signals
from .checkpoint import RUN_ID_PATTERN, Checkpoint, new_run_id
from .progress import display_for, summary
from .runner import Mode, ReplayOptions, ReplayRun, Source
from .sources import ArchiveSource
from .store import read_checkpoint
from .topic_source import TopicSource
from .writer import RunFenced

__all__ = ["ReplayRequest", "parse_instant", "replay_command", "status_command"]

EXIT_INTERRUPTED = EXIT_NO_EVENTS  # 75, EX_TEMPFAIL: not finished, run it again


class RunTakenOver(CommandFailed):
    """Another process started the same run (same --run-id): it fenced this one."""

    exit_code = EXIT_INTERRUPTED


@dataclass(frozen=True, slots=True)
class ReplayRequest:
    path: Path | None
    from_topic: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    mode: Mode = "pipeline"
    topic: str | None = None  # pipeline: default NEWSEVENTS_BACKFILL_TOPIC
    events_topic: str | None = None  # bulk: default NEWSEVENTS_EVENTS_TOPIC
    rate: float | None = None
    run_id: str | None = None
    rejects: Path | None = None
    batch: int = 500
    niceness: int = 10  # bulk: the extraction workers' nice value steps (0: none)
    text: TextDefaults | None = None
    show: bool = False
    idle_s: float = 10.0
    first_wait_s: float = 120.0


def parse_instant(value: str, option: str) -> dt.datetime:
    """``--since``/``--until``: a date (midnight UTC) or a time with its offset."""
    try:
        return parse_published_at(value)
    except BadInput as error:
        raise BadInput(error.what.replace("--published-at", option), error.todo) from None


def _say(line: str) -> None:
    sys.stderr.write(f"newsevents: {line}\n")


def _source(settings: Settings, bootstrap: str, request: ReplayRequest) -> Source:
    if (request.path is None) == (request.from_topic is None):
        raise BadInput(
            "replay needs one source: a PATH or --from-topic TOPIC",
            "e.g. newsevents replay archive/ or newsevents replay --from-topic articles",
        )
    if request.rate is not None and request.rate <= 0:
        raise BadInput(f"--rate {request.rate:g}: not a rate", "give articles a second, e.g. 200")
    if request.batch < 1:
        raise BadInput(f"--batch {request.batch}: too small", "give 1 or more records")
    if not 0 <= request.niceness <= 19:
        raise BadInput(
            f"--nice {request.niceness}: not a niceness step",
            "give 0 (normal priority) to 19 (lowest); the default 10 yields to a service",
        )
    if request.from_topic is not None:
        if request.since and request.until and request.until <= request.since:
            raise BadInput("--until is not after --since", "give a time after --since")
        return TopicSource(settings, bootstrap, request.from_topic, request.since, request.until)
    if request.since or request.until:
        raise BadInput("--since and --until are for --from-topic", "leave them out for files")
    assert request.path is not None
    return ArchiveSource(request.path, settings.max_body_bytes, request.text)


def _run_id(given: str | None) -> str:
    if given is None:
        return new_run_id()
    if not RUN_ID_PATTERN.match(given):
        raise BadInput(
            f"--run-id {given!r}: letters, digits, '.', '_' and '-' only, up to 100",
            "e.g. --run-id march-2024",
        )
    return given


async def replay_command(settings: Settings, bootstrap: str, request: ReplayRequest) -> int:
    run_id = _run_id(request.run_id)
    source = _source(settings, bootstrap, request)
    mode = request.mode
    target = (
        (request.events_topic or settings.events_topic)
        if mode == "bulk"
        else (request.topic or settings.backfill_topic)
    )
    options = ReplayOptions(
        run_id=run_id,
        mode=mode,
        target=target,
        rejects=request.rejects or Path(f"{run_id}.rejects.jsonl"),
        rate=request.rate,
        batch=request.batch,
        niceness=request.niceness,
    )

    def announce(previous: Checkpoint | None) -> None:
        what = f"{mode}: {source.description} -> {target}"
        if previous is None:
            _say(f"replay run {run_id} ({what}); to resume it after a stop: --run-id {run_id}")
        elif previous.status == "done":
            _say(f"replay run {run_id} is done already ({what})")
        else:
            _say(f"replay run {run_id} resumes after {_position(previous)} ({what})")

    stop = stop_on_signals()
    run = ReplayRun(settings, bootstrap, source, options, display_for(run_id))
    try:
        if request.show and mode == "pipeline":
            checkpoint = await _replay_and_show(settings, bootstrap, run, stop, request, announce)
        else:
            checkpoint = await run.run(stop, announce)
    except RunFenced:
        raise RunTakenOver(
            f"another process started replay run {run_id}: this one stopped, its last "
            "transaction aborted",
            f"let that one finish; newsevents replay status {run_id} shows where it is",
        ) from None
    sys.stdout.write(summary(checkpoint, run.seconds, run.articles_now) + "\n")
    return _exit_code(checkpoint)


async def _replay_and_show(
    settings: Settings,
    bootstrap: str,
    run: ReplayRun,
    stop: asyncio.Event,
    request: ReplayRequest,
    announce: Callable[[Checkpoint | None], None],
) -> Checkpoint:
    from ..cli.demo import events_viewer, show_replayed_events
    from ..stream.broker.clients import connection_kwargs

    async with events_viewer(
        bootstrap, settings.events_topic, connection=connection_kwargs(settings)
    ) as viewer:
        checkpoint = await run.run(stop, announce)
        if checkpoint.counts.articles and not stop.is_set():
            await show_replayed_events(
                viewer, stop, idle_s=request.idle_s, first_wait_s=request.first_wait_s
            )
    return checkpoint


def _exit_code(checkpoint: Checkpoint) -> int:
    if checkpoint.status != "done":
        return EXIT_INTERRUPTED
    if checkpoint.counts.rejected or checkpoint.counts.unreadable:
        return EXIT_BAD_INPUT
    return 0


async def status_command(settings: Settings, bootstrap: str, run_id: str) -> int:
    """The run's last committed checkpoint, in words and as its JSON line."""
    try:
        checkpoint = await read_checkpoint(settings, bootstrap, run_id)
    except RuntimeError:  # no checkpoint topic: no replay ever ran on this cluster
        checkpoint = None
    if checkpoint is None:
        raise BadInput(
            f"no replay run {run_id!r} in {settings.replay_checkpoint_topic}",
            "check the run id (printed when the replay started) and NEWSEVENTS_BOOTSTRAP_SERVERS",
        )
    sys.stdout.write(describe(checkpoint) + "\n" + checkpoint.model_dump_json() + "\n")
    return 0


def _position(c: Checkpoint) -> str:
    if "file" in c.position:
        return f"{c.position['file']} line {c.position['line']}"
    if c.position.get("offsets"):
        offsets = c.position["offsets"]
        return ", ".join(
            f"partition {p}: {offsets.get(p, start)} of [{start}, {end})"
            for p, (start, end) in sorted((c.bounds or {}).items(), key=lambda kv: int(kv[0]))
        )
    return "the beginning"


def describe(checkpoint: Checkpoint, now: dt.datetime | None = None) -> str:
    c = checkpoint
    updated = dt.datetime.fromisoformat(c.updated_at)
    ago = ((now or dt.datetime.now(dt.UTC)) - updated).total_seconds()
    status: str = c.status
    if status == "running":
        status += (
            f" (last checkpoint {ago:.0f} s ago; if its process is gone, run the same "
            f"command with --run-id {c.run_id} to resume)"
        )
    where = _position(c)
    n = c.counts
    return "\n".join(
        [
            f"run {c.run_id}: {status}",
            f"  {c.mode} mode, {c.source} -> {c.target}, started {c.started_at}, "
            f"checkpoint {c.updated_at}",
            f"  done up to: {where}",
            f"  {n.articles:,} articles, {n.events:,} events, {n.rejected:,} rejected, "
            f"{n.unreadable} unreadable files" + (f" (rejects: {c.rejects})" if c.rejects else ""),
        ]
    )
