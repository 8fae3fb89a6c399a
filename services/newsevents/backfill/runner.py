"""One replay run: read the source from the run's checkpoint on, write each article (pipeline) or
its events (bulk) to the target topic, and commit the checkpoint with them.

Exactly once, across kills (docs/design.md, Backfill): the writer's transactions hold the
records of a stretch of the source *and* the checkpoint at its end. Starting the writer fences
the run's earlier producer and aborts its open transaction; the checkpoint is read after that,
so it is the end of what the target holds, and the run goes on from just after it.

* ``pipeline``: each article record, as archived, to the backfill topic, keyed by article id,
  with the replay headers (run id, mode) that the service copies onto its events; at most
  ``--rate`` articles a second.
* ``bulk``: the articles extracted here, in the extractor pool (``NEWSEVENTS_WORKERS``
  processes, ``--nice`` steps below normal priority, so that a service on the same machine gets
  the cores first), in source order of publication; their events, stamped with the
  ``backfill`` block, to the events topic keyed by article id as the service keys them.

A malformed line or record, an unreadable file or a failed extraction goes to the rejects file
(``rejects.py``) and the run goes on. A transaction closes after ``batch`` records or
``commit_interval_s``, whichever comes first.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import structlog

from ..config import Settings
from ..contracts import Article, ArticleMessage, Backfill
from ..errors import DeadLetter, OversizedEvent, SchemaViolation
from ..failures import BadInput
from ..stream.broker.clients import connection_kwargs
from ..stream.broker.topics import ensure_topics
from ..stream.flow.live_first import Lane
from ..stream.pool.extractor_pool import ExtractorPool
from ..stream.publish.fitting import PRODUCER_MAX_BYTES
from ..stream.replayed import replay_headers, with_backfill
from .checkpoint import Checkpoint, Counts, Status
from .progress import Display
from .rate import TokenBucket
from .rejects import RejectsFile
from .sources import Item
from .store import ensure_checkpoint_topic, read_checkpoint
from .writer import TransactionalWriter

__all__ = ["ReplayOptions", "ReplayRun", "Source"]

log = structlog.get_logger(__name__)

Mode = Literal["pipeline", "bulk"]
_HEADROOM = 1024  # below the producer's limit, for the key, headers and batch overhead


class Source(Protocol):
    @property
    def description(self) -> str: ...

    @property
    def total(self) -> int: ...

    @property
    def done(self) -> int: ...

    def advance(self, position: dict[str, Any], item: Item) -> dict[str, Any]: ...

    def items(self, position: dict[str, Any]) -> AsyncGenerator[Item, None]: ...


@dataclass(frozen=True, slots=True)
class ReplayOptions:
    run_id: str
    mode: Mode
    target: str
    rejects: Path
    rate: float | None = None  # articles a second (pipeline)
    batch: int = 500  # records per transaction at most
    commit_interval_s: float = 1.0
    window: int = 0  # bulk: articles in flight; 0: four per worker
    niceness: int = 10  # bulk: the workers' os.nice() steps below this process; 0: none


@dataclass(slots=True)
class _State:
    checkpoint: Checkpoint
    position: dict[str, Any]
    counts: Counts
    articles_now: int = 0  # in this process, for its rate
    last_commit: float = 0.0


class ReplayRun:
    def __init__(
        self,
        settings: Settings,
        bootstrap: str,
        source: Source,
        options: ReplayOptions,
        display: Display,
    ) -> None:
        self._settings = settings
        self._bootstrap = bootstrap
        self._source = source
        self._options = options
        self._display = display
        self._backfill = Backfill(run_id=options.run_id, mode=options.mode)
        self._headers = replay_headers(self._backfill)
        self._writer = TransactionalWriter(settings, bootstrap, options.run_id)
        self._rejects = RejectsFile(options.rejects, options.run_id)
        self._loop = asyncio.get_running_loop()
        self.articles_now = 0
        self.seconds = 0.0

    async def run(
        self, stop: asyncio.Event, announce: Callable[[Checkpoint | None], None] | None = None
    ) -> Checkpoint:
        """The run to its end or ``stop``; ``announce`` is told of the checkpoint found (None
        for a new run) once the broker answered."""
        s = self._settings
        await ensure_checkpoint_topic(s, self._bootstrap)
        # The service's topics too, as the seeds replay of `demo` did before: a replay is
        # often the first thing run against a new cluster.
        await ensure_topics(
            self._bootstrap,
            [s.articles_topic, s.backfill_topic, s.events_topic, s.dlq_topic, self._options.target],
            s.topic_partitions,
            s.topic_replication_factor,
            connection=connection_kwargs(s),
        )
        await self._writer.start()  # fences an earlier process of this run: first
        try:
            previous = await read_checkpoint(s, self._bootstrap, self._options.run_id)
            if announce is not None:
                announce(previous)
            state = await self._begin(previous)
            if state.checkpoint.status == "done":
                return state.checkpoint
            started = self._loop.time()
            self._display.start(self._source.done, self._source.total)
            try:
                if self._options.mode == "bulk":
                    await self._bulk(state, stop)
                else:
                    await self._pipeline(state, stop)
                status: Status = "interrupted" if stop.is_set() else "done"
                await self._commit(state, status)
            finally:
                self._display.close()
                self.seconds = self._loop.time() - started
                self.articles_now = state.articles_now
            return state.checkpoint
        finally:
            self._rejects.close()
            await self._writer.stop()

    async def _begin(self, previous: Checkpoint | None) -> _State:
        o = self._options
        if previous is not None:
            self._check_same_run(previous)
            log.info(
                "replay_resumed" if previous.status != "done" else "replay_already_done",
                run_id=o.run_id,
                status=previous.status,
                position=previous.position,
                **previous.counts.model_dump(),
            )
        bounds = previous.bounds if previous is not None else None
        fix_bounds = getattr(self._source, "fix_bounds", None)
        if fix_bounds is not None:
            bounds = await fix_bounds(bounds)
        checkpoint = previous or Checkpoint(
            run_id=o.run_id,
            status="running",
            mode=o.mode,
            source=self._source.description,
            target=o.target,
            rejects=str(o.rejects),
        )
        state = _State(checkpoint, dict(checkpoint.position), checkpoint.counts.model_copy())
        if checkpoint.status == "done":
            return state
        state.checkpoint = checkpoint.advanced(
            status="running",
            bounds=bounds,
            total={"records" if bounds else "bytes": self._source.total},
        )
        await self._commit(state, "running")  # status answers from the start; bounds fixed
        return state

    def _check_same_run(self, previous: Checkpoint) -> None:
        """A run resumes with its own mode, target and kind of source. The path may differ
        (another machine mounts the archive elsewhere): the positions name files below it."""
        o = self._options
        source = self._source.description
        kinds = (previous.source.startswith("topic:"), source.startswith("topic:"))
        if (previous.mode, previous.target) != (o.mode, o.target) or (
            kinds[0] != kinds[1] or (kinds[0] and previous.source != source)
        ):
            raise BadInput(
                f"run {o.run_id} replays {previous.source} in {previous.mode} mode to "
                f"{previous.target}, not {source} in {o.mode} mode to {o.target}",
                "resume it with its own source and options, or give a new --run-id",
            )
        if previous.source != source:
            log.warning("replay_source_moved", run_id=o.run_id, was=previous.source, now=source)

    # ------------------------------------------------------------------------ checkpoints

    async def _commit(self, state: _State, status: Status) -> None:
        self._rejects.flush()  # on disk before the position passes its lines
        state.checkpoint = state.checkpoint.advanced(
            status=status, position=state.position, counts=state.counts.model_copy()
        )
        await self._writer.commit(state.checkpoint)
        state.last_commit = self._loop.time()
        self._display.update(state.counts, self._source.done)

    def _due(self, state: _State) -> bool:
        return (
            self._writer.records >= self._options.batch
            or self._loop.time() - state.last_commit >= self._options.commit_interval_s
        )

    def _reject(self, state: _State, item: Item, reason: str) -> None:
        self._rejects.add(item, reason)
        if item.problem == "unreadable":
            state.counts.unreadable += 1
            log.warning("replay_file_unreadable", file=item.source, reason=reason)
        else:
            state.counts.rejected += 1
            article_id = item.article.id if item.article is not None else None
            log.warning(
                "replay_line_rejected",
                file=item.source,
                line=item.number,
                reason=reason,
                **({"article_id": article_id} if article_id else {}),
            )

    # ---------------------------------------------------------------------------- pipeline

    async def _pipeline(self, state: _State, stop: asyncio.Event) -> None:
        o = self._options
        bucket = TokenBucket(o.rate, self._loop.time) if o.rate else None
        items = self._source.items(state.position)
        try:
            async for item in items:
                if stop.is_set():
                    break
                if item.article is None:
                    self._reject(state, item, item.reason or "not an article")
                else:
                    if bucket is not None:
                        pause = bucket.delay()
                        if pause > 0 and self._writer.records:
                            since = self._loop.time() - state.last_commit
                            if since + pause >= o.commit_interval_s:
                                await self._commit(state, "running")  # not open while it waits
                        await _sleep_or_stop(pause, stop)
                    key = item.article.id.encode()
                    await self._writer.send(o.target, key, item.raw, self._headers)
                    state.counts.articles += 1
                    state.articles_now += 1
                state.position = self._source.advance(state.position, item)
                if self._due(state):
                    await self._commit(state, "running")
                else:
                    self._display.update(state.counts, self._source.done)
        finally:
            await items.aclose()

    # -------------------------------------------------------------------------------- bulk

    async def _bulk(self, state: _State, stop: asyncio.Event) -> None:
        s = self._settings
        pool = ExtractorPool(
            s.workers,
            s.extractor,
            s.article_deadline_s,
            options=s.extraction_options(),
            niceness=self._options.niceness,
        )
        window = self._options.window or 4 * s.workers
        pending: deque[tuple[Item, asyncio.Future[list[str] | DeadLetter]]] = deque()
        items = self._source.items(state.position)
        exhausted = False
        try:
            await pool.start()
            while True:
                while not exhausted and len(pending) < window and not stop.is_set():
                    item = await anext(items, None)
                    if item is None:
                        exhausted = True
                    else:
                        pending.append((item, self._extraction(pool, item)))
                if not pending:
                    break
                await asyncio.wait({pending[0][1]}, timeout=self._options.commit_interval_s)
                while pending and pending[0][1].done():
                    item, outcome = pending.popleft()
                    await self._publish(state, item, outcome.result())
                if stop.is_set():
                    break  # what is still in flight is redone by the next run
                if self._due(state):
                    await self._commit(state, "running")
                else:
                    self._display.update(state.counts, self._source.done)
        finally:
            for _, future in pending:
                future.cancel()
            await asyncio.gather(*(f for _, f in pending), return_exceptions=True)
            pool.close()
            await items.aclose()

    def _extraction(
        self, pool: ExtractorPool, item: Item
    ) -> asyncio.Future[list[str] | DeadLetter]:
        if item.article is None:
            done: asyncio.Future[list[str] | DeadLetter] = self._loop.create_future()
            done.set_result([])
            return done
        return asyncio.ensure_future(_extract(pool, item))

    async def _publish(self, state: _State, item: Item, outcome: list[str] | DeadLetter) -> None:
        if item.article is None:
            self._reject(state, item, item.reason or "not an article")
        elif isinstance(outcome, DeadLetter):
            self._reject(state, item, f"{type(outcome).__name__}: {outcome}")
        else:
            events = with_backfill(outcome, self._backfill)
            key = item.article.id.encode()
            values = [event.encode() for event in events]
            too_large = next((v for v in values if len(v) > PRODUCER_MAX_BYTES - _HEADROOM), None)
            if too_large is not None:
                error = OversizedEvent(f"an event of {len(too_large)} bytes")
                self._reject(state, item, f"OversizedEvent: {error}")
            else:
                for value in values:
                    await self._writer.send(self._options.target, key, value, self._headers)
                state.counts.articles += 1
                state.counts.events += len(values)
                state.articles_now += 1
        state.position = self._source.advance(state.position, item)


async def _extract(pool: ExtractorPool, item: Item) -> list[str] | DeadLetter:
    """The events of the item's article, extracted in the pool as backfill (live articles of a
    service sharing the machine are not its concern: bulk runs its own pool)."""
    assert item.article is not None
    with structlog.contextvars.bound_contextvars(article_id=item.article.id):
        try:
            return await pool.extract(_complete(item.article), Lane.BACKFILL)
        except DeadLetter as error:
            return error


def _complete(message: ArticleMessage) -> Article:
    """The article with its body; a url-only one is rejected: bulk mode fetches no pages (the
    pipeline mode hands it to the service, which does)."""
    if message.body is None or message.published_at is None:
        raise SchemaViolation(
            "a url-only article cannot be replayed in bulk mode (it fetches no pages): "
            "replay it with --mode pipeline"
        )
    return Article.model_validate(message.model_dump())


async def _sleep_or_stop(seconds: float, stop: asyncio.Event) -> None:
    if seconds <= 0:
        return
    waiter: Awaitable[Any] = stop.wait()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(waiter, seconds)
