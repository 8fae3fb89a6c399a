"""The service under test: ``newsevents run`` as a subprocess, on topics of the benchmark's own.

The service is the real one (``python -m newsevents.cli run``: its consumer, transactional
producers and extraction workers), configured through its environment as an operator would. The
harness knows that it consumes from the ``partitions_assigned`` line of its JSON log, and that an
article is done when the group's committed offset has passed it: in exactly-once mode the offset
is committed in the same transaction as the article's events, so a committed offset means
committed events.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import math
import os
import signal
import sys
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from newsevents.config import Settings
from newsevents.local_kafka.processes import death_signal_prefix
from newsevents.stream.broker.clients import (
    PLAINTEXT,
    Connection,
    connection_kwargs,
    start_or_close,
)

from .probes import PeakMemory, Throughput, cpu_s, tree_cpu_s

REPO = Path(__file__).resolve().parents[1]
CONSUMING = "partitions_assigned"
_STOP_TIMEOUT_S = 60.0


class ServiceFailed(RuntimeError):
    """The service exited, or made no progress, while the benchmark needed it."""


@dataclass(frozen=True)
class Topics:
    articles: str
    events: str
    dlq: str
    group: str
    backfill: str  # the service consumes it beside ``articles`` (empty unless a run fills it)

    @classmethod
    def fresh(cls, name: str) -> Topics:
        """Topics and a group no earlier run used: each measurement starts from nothing."""
        suffix = f"{name}-{uuid.uuid4().hex[:8]}"
        return cls(
            f"bench-articles-{suffix}",
            f"bench-events-{suffix}",
            f"bench-dlq-{suffix}",
            f"bench-{suffix}",
            f"bench-backfill-{suffix}",
        )

    def sharing_articles(self, name: str) -> Topics:
        """Another group, with its own output topics, on the same articles."""
        other = Topics.fresh(name)
        return Topics(self.articles, other.events, other.dlq, other.group, other.backfill)


@dataclass(kw_only=True)
class BacklogFigures(Throughput):
    """``seconds`` from the first partition assigned to the last offset committed;
    ``cores_used`` the service and its workers."""

    startup_s: float  # process launch to consumption: interpreter, workers' warm-up, group join
    peak_pss_mb: float
    main_cores: float = math.nan  # the service process alone (consumer, producers, scheduling)
    broker_cores: float = math.nan  # a local broker, on the same cores; NaN for another one


def service_env(
    bootstrap: str, topics: Topics, *, extractor: str | None, delivery: str
) -> dict[str, str]:
    """This environment (so the operator's NEWSEVENTS_* settings apply, workers included) with
    the benchmark's broker, topics and group; INFO logs, for the ``partitions_assigned`` line."""
    env = dict(os.environ)
    env.update(
        {
            "NEWSEVENTS_BOOTSTRAP_SERVERS": bootstrap,
            "NEWSEVENTS_ARTICLES_TOPIC": topics.articles,
            "NEWSEVENTS_BACKFILL_TOPIC": topics.backfill,
            "NEWSEVENTS_EVENTS_TOPIC": topics.events,
            "NEWSEVENTS_DLQ_TOPIC": topics.dlq,
            "NEWSEVENTS_GROUP_ID": topics.group,
            "NEWSEVENTS_DELIVERY": delivery,
            "NEWSEVENTS_LOG_LEVEL": "INFO",
            # Beside a service of the operator's on the default port, and the stages' own.
            "NEWSEVENTS_METRICS_PORT": "0",
            "NEWSEVENTS_METRICS_HOST": "127.0.0.1",
            # The workers import benchmarks.noop_extractor from the checkout.
            "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
        }
    )
    if extractor:
        env["NEWSEVENTS_EXTRACTOR"] = extractor
    return env


class Service:
    """``newsevents run`` in its own session (so that stopping it reaches its workers too),
    killed by the kernel should the harness die (``setpriv --pdeathsig``); its log is read
    as it comes (a full pipe would block it) and its tail kept for error messages."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.consuming = asyncio.Event()
        self.consuming_at = math.nan
        self.launched_at = math.nan
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._tail: collections.deque[str] = collections.deque(maxlen=15)

    async def __aenter__(self) -> Service:
        self.launched_at = time.monotonic()
        self._process = await asyncio.create_subprocess_exec(
            *death_signal_prefix(),
            sys.executable,
            "-m",
            "newsevents.cli",
            "run",
            env=self.env,  # the working directory stays: relative NEWSEVENTS_* paths mean the same
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,
            limit=1 << 22,
        )
        self._reader = asyncio.create_task(self._read_log())
        return self

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    async def _read_log(self) -> None:
        assert self._process is not None and self._process.stderr is not None
        async for raw in self._process.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._tail.append(line)
            if not self.consuming.is_set() and CONSUMING in line:
                with contextlib.suppress(ValueError):
                    if json.loads(line).get("event") == CONSUMING:
                        self.consuming_at = time.monotonic()
                        self.consuming.set()

    def check(self) -> None:
        assert self._process is not None
        if self._process.returncode is not None:
            raise ServiceFailed(
                f"the service exited with {self._process.returncode}; its last lines:\n"
                + "\n".join(self._tail)
            )

    async def wait_consuming(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not self.consuming.is_set():
            self.check()
            if time.monotonic() > deadline:
                raise ServiceFailed(f"the service did not consume within {timeout_s:g} s")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.consuming.wait(), 0.2)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        process = self._process
        assert process is not None
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), _STOP_TIMEOUT_S)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # whatever of its session is left
        await process.wait()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)


def bench_connection() -> Connection:
    """The operator's security settings against their configured cluster; the local broker
    started here speaks PLAINTEXT."""
    settings = Settings()
    return connection_kwargs(settings) if settings.bootstrap_servers else PLAINTEXT


@contextlib.asynccontextmanager
async def admin_client(bootstrap: str) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, client_id="newsevents-bench", **bench_connection()
    )
    await start_or_close(admin)
    try:
        yield admin
    finally:
        await admin.close()


async def committed_total(admin: AIOKafkaAdminClient, group: str) -> int:
    """The sum of the group's committed offsets: articles done, since each topic starts at 0."""
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    except KafkaError:
        return 0  # the group's coordinator is not there yet
    return sum(meta.offset for meta in offsets.values() if meta.offset > 0)


async def committed_on(admin: AIOKafkaAdminClient, group: str, topic: str) -> int:
    """The sum of the group's committed offsets on ``topic``: its articles done."""
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    except KafkaError:
        return 0
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0)


async def load(
    bootstrap: str,
    topic: str,
    keyed: Sequence[tuple[str, str]],
    headers: Sequence[tuple[str, bytes]] = (),
) -> float:
    """Produce the (id, JSON) articles into ``topic`` (each with ``headers``); returns the
    seconds it took."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id="newsevents-bench",
        acks="all",
        enable_idempotence=True,
        linger_ms=20,
        max_request_size=2 << 20,
        **bench_connection(),
    )
    await start_or_close(producer)
    started = time.monotonic()
    try:
        pending = []
        for key, value in keyed:
            pending.append(
                await producer.send(
                    topic, value=value.encode(), key=key.encode(), headers=list(headers)
                )
            )
            if len(pending) >= 500:  # bounded: the corpus need not sit twice in memory
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return time.monotonic() - started


async def run_backlog(
    bootstrap: str,
    topics: Topics,
    count: int,
    *,
    extractor: str | None,
    delivery: str,
    broker_pid: int | None = None,
    stall_s: float = 180.0,
) -> BacklogFigures:
    """Start the service on ``count`` articles waiting in ``topics.articles``; measure from its
    first assignment to the commit of the last offset; stop it."""
    env = service_env(bootstrap, topics, extractor=extractor, delivery=delivery)
    async with admin_client(bootstrap) as admin, Service(env) as service:
        await service.wait_consuming(timeout_s=stall_s)
        others = [service.pid, *([broker_pid] if broker_pid else [])]
        cpu_start, others_start = tree_cpu_s(service.pid), [cpu_s([pid]) for pid in others]
        with PeakMemory(service.pid) as memory:
            done, moved = 0, time.monotonic()
            while done < count:
                service.check()
                now = await committed_total(admin, topics.group)
                if now != done:
                    done, moved = now, time.monotonic()
                elif time.monotonic() - moved > stall_s:
                    raise ServiceFailed(f"no commit for {stall_s:g} s at {done} of {count}")
                if done < count:
                    await asyncio.sleep(0.1)
            finished = time.monotonic()
            cpu = tree_cpu_s(service.pid) - cpu_start
            main, *broker = [
                cpu_s([p]) - before for p, before in zip(others, others_start, strict=True)
            ]
        seconds = finished - service.consuming_at
        return BacklogFigures(
            articles=count,
            seconds=seconds,
            startup_s=service.consuming_at - service.launched_at,
            peak_pss_mb=memory.peak_mb,
            cores_used=cpu / seconds,
            main_cores=main / seconds,
            broker_cores=broker[0] / seconds if broker else math.nan,
        )
