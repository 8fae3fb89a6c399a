"""`newsevents run` as a real operating-system process, for fault tests.

The process writes its structlog JSON lines (stdout and stderr together) to a file, so a chatty
service never blocks on a full pipe and the log survives a SIGKILL. It runs in a process group
of its own: ``kill()`` SIGKILLs the whole group (the service and its extraction workers, as when
a container dies), ``terminate()`` sends SIGTERM to the service process only (as an orchestrator
does). On Linux it is launched through ``setpriv --pdeathsig KILL`` so that it cannot outlive a
test run that dies hard.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsevents.config import Settings
from newsevents.local_kafka.processes import death_signal_prefix

REPO_ROOT = Path(__file__).resolve().parents[2]

STARTED = "service_started"
# Taken from the test run's environment: NEWSEVENTS_DELIVERY=at-least-once runs every fault test
# against the at-least-once mode (duplicates expected there: a way to see the tests bite).
PASSED_THROUGH = ("NEWSEVENTS_DELIVERY", "NEWSEVENTS_LOCAL_KAFKA_HOME", "NEWSEVENTS_LOG_LEVEL")


class ServiceExitedError(AssertionError):
    """The service process exited while the test still needed it."""


def topics_of(settings: Settings) -> dict[str, str]:
    """A ``Settings``' topics and group, as :func:`service_env` takes them (``**topics_of(s)``,
    as ``**topics.env()`` for a test's fresh topics)."""
    return {
        "articles_topic": settings.articles_topic,
        "events_topic": settings.events_topic,
        "dlq_topic": settings.dlq_topic,
        "group_id": settings.group_id,
        "backfill_topic": settings.backfill_topic,
    }


def service_env(
    bootstrap: str,
    *,
    articles_topic: str,
    events_topic: str,
    dlq_topic: str,
    group_id: str,
    backfill_topic: str | None = None,
    **settings: object,
) -> dict[str, str]:
    """The process environment: this one's, ``NEWSEVENTS_*`` only from ``PASSED_THROUGH``, plus
    the given settings.

    ``settings`` are Settings field names (``workers=2`` becomes ``NEWSEVENTS_WORKERS=2``). The
    backfill topic is the test's own too (``<articles>.backfill`` unless given): the service
    consumes it, and a shared one would carry other tests' replays into this test's events.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEVENTS_")}
    for name in PASSED_THROUGH:
        if name in os.environ:
            env[name] = os.environ[name]
    # The repository root first, so that extractors such as tests.integration.* import.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    env["PYTHONUNBUFFERED"] = "1"
    values: dict[str, object] = {
        "bootstrap_servers": bootstrap,
        "articles_topic": articles_topic,
        "backfill_topic": backfill_topic or f"{articles_topic}.backfill",
        "events_topic": events_topic,
        "dlq_topic": dlq_topic,
        "group_id": group_id,
        "poll_timeout_ms": 200,
        "session_timeout_ms": 6000,
        "metrics_host": "127.0.0.1",
        "metrics_port": 0,  # any free port: the test reads it from the metrics_serving line
        **settings,
    }
    for name, value in values.items():
        if value is not None:
            env[f"NEWSEVENTS_{name.upper()}"] = str(value)
    return env


class ServiceProcess:
    """One ``python -m newsevents.cli run`` process with its log file (``argv``: another
    command, e.g. ``("replay", "archive/")``)."""

    def __init__(
        self,
        env: Mapping[str, str],
        log_path: Path,
        name: str = "service",
        argv: Sequence[str] = ("run",),
    ) -> None:
        self.env = dict(env)
        self.argv = tuple(argv)
        self.log_path = log_path
        self.name = name
        self.process: subprocess.Popen[bytes] | None = None
        self.launched_at: float | None = None
        self.started_at: float | None = None
        self._log_offset = 0

    # ------------------------------------------------------------------ lifecycle

    def launch(self) -> None:
        """Start the process (not waiting for it to be ready). Appends to the log file."""
        if self.running:
            raise RuntimeError(f"{self.name} is already running")
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with self.log_path.open("ab") as out:
            self.process = subprocess.Popen(
                [*death_signal_prefix(), sys.executable, "-m", "newsevents.cli", *self.argv],
                env=self.env,
                cwd=REPO_ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.launched_at = time.monotonic()
        self.started_at = None

    async def start(self, timeout_s: float = 120.0) -> float:
        """Launch and wait for the ``service_started`` line; return the seconds it took.

        Raises ``ServiceExitedError`` (with the log tail) when the process exits first.
        """
        self.launch()
        assert self.launched_at is not None
        deadline = self.launched_at + timeout_s
        while True:
            if any(line.get("event") == STARTED for line in self.lines(since_launch=True)):
                self.started_at = time.monotonic()
                return self.started_at - self.launched_at
            if not self.running:
                raise ServiceExitedError(
                    f"{self.name} exited with {self.returncode} before {STARTED!r}:\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise ServiceExitedError(
                    f"{self.name} logged no {STARTED!r} within {timeout_s:g}s:\n{self.tail()}"
                )
            await asyncio.sleep(0.1)

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def returncode(self) -> int | None:
        """None while running (or never launched), else the exit code (negative: signal)."""
        return self.process.poll() if self.process is not None else None

    def ensure_running(self) -> None:
        """Raise ``ServiceExitedError`` (with the log tail) when the process has exited."""
        if not self.running:
            raise ServiceExitedError(f"{self.name} exited with {self.returncode}:\n{self.tail()}")

    def kill(self) -> None:
        """SIGKILL the process group right away: no shutdown, no commit, no transaction end.

        Also the teardown of every test: whatever of the group is still alive dies."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def terminate(self) -> None:
        """SIGTERM to the service process (its graceful stop)."""
        if self.running:
            assert self.process is not None
            self.process.send_signal(signal.SIGTERM)

    async def wait(self, timeout_s: float) -> int:
        """Wait for the exit; raise ``TimeoutError`` when it does not come."""
        deadline = time.monotonic() + timeout_s
        while self.running:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name} still running after {timeout_s:g}s")
            await asyncio.sleep(0.1)
        code = self.returncode
        assert code is not None
        return code

    async def stop(self, timeout_s: float = 30.0) -> int:
        """SIGTERM, then wait for the exit code (0: a clean stop)."""
        self.terminate()
        return await self.wait(timeout_s)

    # ------------------------------------------------------------------------ logs

    def lines(self, *, since_launch: bool = False) -> list[dict[str, Any]]:
        """The JSON log lines written so far (all launches, or the last one only)."""
        try:
            data = self.log_path.read_bytes()
        except FileNotFoundError:
            return []
        if since_launch:
            data = data[self._log_offset :]
        parsed: list[dict[str, Any]] = []
        for raw in data.decode("utf-8", "replace").splitlines():
            if not raw.startswith("{"):
                continue
            try:
                line = json.loads(raw)
            except json.JSONDecodeError:
                continue  # a line cut by SIGKILL, or one still being written
            if isinstance(line, dict):
                parsed.append(line)
        return parsed

    def not_json(self) -> list[str]:
        """The lines of the log that are not one JSON object each (a log pipeline reading JSON
        per line would choke on them); the last line is left out if it is unfinished."""
        try:
            text = self.log_path.read_bytes().decode("utf-8", "replace")
        except FileNotFoundError:
            return []
        raws = text.split("\n")
        bad = []
        for raw in raws[:-1]:  # after the last newline: nothing, or a line still being written
            try:
                line = json.loads(raw)
            except json.JSONDecodeError:
                bad.append(raw[:300])
                continue
            if not isinstance(line, dict):
                bad.append(raw[:300])
        return bad

    def events(self, name: str) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line.get("event") == name]

    def problems(self, limit: int = 30) -> str:
        """Warning, error and critical lines (compact), for assertion messages."""
        picked = [
            json.dumps(line)[:600]
            for line in self.lines()
            if line.get("level") in ("warning", "error", "critical")
        ]
        return "\n".join(picked[-limit:])

    def tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_bytes().decode("utf-8", "replace")
        except FileNotFoundError:
            return f"<no log at {self.log_path}>"
        return "\n".join(line[:600] for line in text.splitlines()[-lines:])

    def __repr__(self) -> str:
        return f"ServiceProcess({self.name}, pid={self.pid}, returncode={self.returncode})"
