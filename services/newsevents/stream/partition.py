"""One assigned input partition: concurrent extraction, in-order publishing and commits.

Records are extracted concurrently, but a batch is published only from the head of the
partition's queue, so a commit never passes an unfinished article and one article's events
keep their order. Broker errors are retried with capped exponential backoff, except a refusal
of a record for its size: retrying it could only fail again and stop the partition for ever, so
the record is made smaller instead (``fitting.shrink``: an article with an oversized event is
dead-lettered, a dead letter loses its value) and the batch published again at once. A lost
partition (fenced, or revoked under us) drops the unpublished work, which the new owner redoes.
On close (a revocation, a shutdown), records still waiting for their page are abandoned at once,
with the records after them (which could not be committed before them); those in the extraction
pool get the drain deadline to finish and be published.

``max_started`` (a backfill partition's ``NEWSEVENTS_BACKFILL_MAX_IN_FLIGHT``) bounds the
records whose extraction has started and whose commit has not: one poll may fetch a hundred
records of a partition, and the surplus waits here, unstarted, until a commit makes room.
Started, they would all queue for the pool's workers.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import structlog
from aiokafka import TopicPartition
from aiokafka.errors import KafkaError

from .processing import Extracted, Outcome, Rejected, fetching_page
from .publish.dead_letters import Copy, SourceRecord
from .publish.fitting import RecordsRejected, shrink
from .publish.publishers import Finished, PartitionLost, Publisher

log = structlog.get_logger(__name__)

_MAX_BATCH = 100
_BACKOFF_FIRST_S = 0.2
_BACKOFF_MAX_S = 10.0


class Progress:
    """Counters and the time of the last step forward (the stall watchdog reads it)."""

    def __init__(self) -> None:
        self.articles = 0
        self.events = 0
        self.dead_letters = 0
        self.skipped = 0
        self.commits = 0
        self.retries = 0
        self.last_step = time.monotonic()

    def step(self) -> None:
        self.last_step = time.monotonic()

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.articles,
            "events": self.events,
            "dead_letters": self.dead_letters,
            "skipped": self.skipped,
            "commits": self.commits,
            "retries": self.retries,
        }


class PartitionWorker:
    def __init__(
        self,
        tp: TopicPartition,
        publisher: Publisher,
        process: Callable[[SourceRecord], Coroutine[Any, Any, Outcome]],
        progress: Progress,
        committed: Callable[[TopicPartition], Awaitable[int | None]] | None = None,
        linger_s: float = 0.0,
        max_started: int | None = None,
    ) -> None:
        self.tp = tp
        self._publisher = publisher
        self._process = process
        self._progress = progress
        self._committed = committed
        self._linger_s = linger_s
        self._pending: deque[tuple[SourceRecord, asyncio.Task[Outcome]]] = deque()
        self._fetching: set[asyncio.Task[Outcome]] = set()  # waiting for a page, see close
        self._abandoned: list[asyncio.Task[Outcome]] = []
        self._waiting: deque[SourceRecord] = deque()  # fetched, not started (``max_started``)
        self._max_started = max_started
        self._floor: int | None = None  # the committed offset, once read at start
        self._changed = asyncio.Event()
        self._closing = False
        self.lost = False
        self.runner = asyncio.create_task(self._run(), name=f"partition-{tp.partition}")

    @property
    def in_flight(self) -> int:
        """Records fetched and not yet committed: started, or waiting to start."""
        return len(self._pending) + len(self._waiting)

    def submit(self, record: SourceRecord) -> None:
        if self._closing:
            return  # not ours any more: the next owner reads it from the committed offset
        if self._below_floor(record):
            return
        if self._waiting or (
            self._max_started is not None and len(self._pending) >= self._max_started
        ):
            self._waiting.append(record)
            return
        self._begin(record)

    def _begin(self, record: SourceRecord) -> None:
        context = contextvars.copy_context()
        task = asyncio.create_task(self._process(record), context=context)

        def fetching(waits: bool) -> None:
            (self._fetching.add if waits else self._fetching.discard)(task)

        context.run(fetching_page.set, fetching)
        task.add_done_callback(self._fetching.discard)
        task.add_done_callback(lambda _: self._changed.set())
        self._pending.append((record, task))

    def _admit(self) -> None:
        """Start waiting records while there is room; skip those the previous owner committed
        (fetched before the fencing settled, see ``_start``)."""
        limit = self._max_started
        while self._waiting and not self._closing and (limit is None or len(self._pending) < limit):
            record = self._waiting.popleft()
            if not self._below_floor(record):
                self._begin(record)

    def _below_floor(self, record: SourceRecord) -> bool:
        """Committed by the previous owner (a zombie's last transaction may settle after this
        member read its start position, and records below the final offset still arrive in
        the polls after ``_start``): skipped, never extracted or published again."""
        if self._floor is None or record.offset >= self._floor:
            return False
        log.info(
            "skipped_committed_record",
            partition=self.tp.partition,
            offset=record.offset,
            floor=self._floor,
        )
        return True

    async def close(self, timeout_s: float) -> None:
        """Publish what finishes within ``timeout_s``; abandon the rest (left uncommitted)."""
        self._closing = True
        self._waiting.clear()  # never started: left uncommitted, for the next owner
        self._abandon_fetching()
        self._changed.set()
        try:
            await asyncio.wait_for(asyncio.shield(self.runner), timeout_s)
        except TimeoutError:
            self.runner.cancel()
            log.warning(
                "partition_work_abandoned", partition=self.tp.partition, records=self.in_flight
            )
        except asyncio.CancelledError:
            pass
        except Exception:
            log.exception("partition_worker_failed", partition=self.tp.partition)
        for _, task in self._pending:
            task.cancel()
        tasks = [*(t for _, t in self._pending), *self._abandoned]
        await asyncio.gather(self.runner, *tasks, return_exceptions=True)
        self._pending.clear()
        await self._publisher.stop()

    def _abandon_fetching(self) -> None:
        """Cancel the first record still fetching its page (that may take the fetch's whole
        deadline) and every record after it, which could not be published before it; left
        uncommitted, for the next owner. What comes before is published as it finishes."""
        first = next((i for i, (_, t) in enumerate(self._pending) if t in self._fetching), None)
        if first is None:
            return
        abandoned = [self._pending.pop()[1] for _ in range(len(self._pending) - first)]
        for task in abandoned:
            task.cancel()
        self._abandoned += abandoned
        log.info("partition_fetches_abandoned", partition=self.tp.partition, records=len(abandoned))

    async def _start(self) -> None:
        """Start the publisher (fencing the previous owner), then skip what it committed.

        Records may have been fetched from an offset read before the previous owner's last
        transaction settled; after fencing, the committed offset is final.
        """
        delay = _BACKOFF_FIRST_S
        while True:
            try:
                await self._publisher.start()
                floor = await self._committed(self.tp) if self._committed else None
                break
            except KafkaError as error:
                self._progress.retries += 1
                log.warning("partition_start_retry", partition=self.tp.partition, error=str(error))
                await self._publisher.reset()
                await asyncio.sleep(delay)
                delay = min(delay * 2, _BACKOFF_MAX_S)
        self._floor = floor
        while self._pending and self._below_floor(self._pending[0][0]):
            _, task = self._pending.popleft()
            task.cancel()
        self._admit()

    async def _run(self) -> None:
        await self._start()
        while not (self._closing and not self._pending) and not self.lost:
            batch = self._finished_prefix()
            if not batch:
                self._changed.clear()
                if self._closing and not self._pending:
                    break
                await self._changed.wait()
                continue
            if len(batch) < _MAX_BATCH and len(self._pending) > len(batch):
                batch = await self._linger(batch)
            await self._publish(await self._publisher.fit(batch))
            for _ in batch:
                self._pending.popleft()
            self._admit()

    async def _linger(self, batch: list[Finished]) -> list[Finished]:
        """Wait up to ``linger_s`` for more of the partition to finish: one transaction per
        article would spend more time in commit round trips than in extraction."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._linger_s
        while not self._closing and len(batch) < _MAX_BATCH and len(self._pending) > len(batch):
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                break
            batch = self._finished_prefix()
        return batch

    def _finished_prefix(self) -> list[Finished]:
        batch: list[Finished] = []
        for record, task in self._pending:
            if not task.done() or len(batch) >= _MAX_BATCH:
                break
            batch.append(Finished(record, task.result()))
        return batch

    async def _publish(self, batch: list[Finished]) -> None:
        delay = _BACKOFF_FIRST_S
        isolate = False  # one record per produce request, once a refusal named no record
        while True:
            try:
                await self._publisher.publish(batch, isolate)
                break
            except PartitionLost as error:
                self.lost = True
                log.warning("partition_lost", partition=self.tp.partition, error=str(error))
                return
            except RecordsRejected as rejected:
                # Not transient: the same records would be refused again. Smaller ones go instead.
                self._progress.retries += 1
                if rejected.attributable or isolate:
                    batch = [
                        shrink(item, rejected.reasons[i]) if i in rejected.reasons else item
                        for i, item in enumerate(batch)
                    ]
                log.warning(
                    "records_refused",
                    partition=self.tp.partition,
                    error=str(rejected)[:1000],
                    shrunk=rejected.attributable or isolate,
                )
                isolate = True
                await self._reset()
            except KafkaError as error:
                self._progress.retries += 1
                # Transient (or a cluster problem such as a missing ACL, which an operator
                # fixes): retried with backoff; the stall watchdog ends a hopeless case.
                (log.warning if error.retriable else log.error)(
                    "publish_retry",
                    partition=self.tp.partition,
                    error=f"{type(error).__name__}: {error}",
                    retriable=error.retriable,
                    backoff_s=delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, _BACKOFF_MAX_S)
                await self._reset()
        self._account(batch)

    async def _reset(self) -> None:
        try:
            await self._publisher.reset()
        except KafkaError as error:
            log.warning("publisher_reset_failed", error=str(error))

    def _account(self, batch: list[Finished]) -> None:
        progress = self._progress
        progress.commits += 1
        progress.step()
        for item in batch:
            outcome = item.outcome
            with structlog.contextvars.bound_contextvars(
                article_id=outcome.article_id,
                partition=item.record.partition,
                offset=item.record.offset,
            ):
                if isinstance(outcome, Rejected):
                    progress.dead_letters += 1
                    (log.error if item.copy is Copy.NONE else log.warning)(
                        "article_dead_lettered",
                        error_class=type(outcome.error).__name__,
                        reason=str(outcome.error)[:500],
                        # FULL: the original bytes; else a reduced copy, or (NONE) only this line
                        copy=item.copy.name.lower(),
                        **({"copy_why": item.why[:500]} if item.copy else {}),
                    )
                elif isinstance(outcome, Extracted) and outcome.skipped is not None:
                    progress.skipped += 1
                    log.info(
                        "article_skipped",
                        reason=outcome.skipped.reason,
                        why=str(outcome.skipped),
                        **outcome.skipped.details,
                    )
                else:
                    assert isinstance(outcome, Extracted)
                    progress.articles += 1
                    progress.events += len(outcome.events)
                    log.info("article_published", events=len(outcome.events))
