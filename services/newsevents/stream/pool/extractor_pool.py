"""Extraction in worker processes, with a per-article deadline.

Extraction is CPU-bound; in the event loop it would starve heartbeats and polls. Articles go to
a process pool sized to the cores, one article per free worker (a gate keeps submissions at the
pool size, so the deadline measures extraction, not queueing). Articles waiting for a worker are
served live first (``priority_gate.py``): a backfill article never takes a freed worker while a
live one waits. Each worker loads the
extractor's data (its module's ``warm_up()``) before it takes an article, and an article is
submitted only once every worker of the current pool has done so: the deadline measures the
article's own extraction, never a load, a process start or a queue. Two guards enforce the
deadline: inside the worker a timer signal interrupts the extractor (``ExtractionTimeout``); a
worker that does not return even so (stuck in C code) is killed with its pool, and the pool is
replaced. Articles that were in the other workers at that moment are resubmitted; an article
whose worker dies twice is dead-lettered (``ExtractionFailed``). Workers die with the service,
even when it is killed without a chance to stop them (``worker_lifetime.py``). A pool
started with ``niceness`` N runs its workers N steps below the parent's priority
(``os.nice``): bulk replay's pool yields the cores to a service's workers on the same machine.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Mapping
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Any, Protocol

import structlog

from ...contracts import Article, EventMessage
from ...errors import ExtractionFailed, ExtractionTimeout
from ..flow.live_first import Lane
from .priority_gate import PriorityGate
from .worker_lifetime import die_with_parent

log = structlog.get_logger(__name__)

Extractor = Callable[[Article], list[EventMessage]]


class PoolObserver(Protocol):
    """The service's metrics (observe/), told of each extraction attempt and replaced pool."""

    def extraction_finished(self, seconds: float) -> None: ...

    def pool_replaced(self, reason: str) -> None: ...


_HARD_GRACE_S = 5.0  # beyond the deadline, before the worker is killed from outside
_READY_PAUSE_S = 0.02  # how long a worker answers "ready" (see _ready)
_WARM_ROUNDS = 500  # rounds of "ready" questions before a pool counts as warm anyway

# --------------------------------------------------------------------------- worker side

_worker_extractor: Extractor | None = None
_worker_warm_up: Callable[[], object] | None = None
_worker_warm = False  # the extractor's warm_up() has run to the end in this worker
_worker_warm_retried = False


def load_extractor(path: str) -> Extractor:
    module_name, _, function_name = path.partition(":")
    function: Extractor = getattr(importlib.import_module(module_name), function_name)
    return function


def _init_worker(
    extractor_path: str, options: Mapping[str, object], parent_pid: int, niceness: int = 0
) -> None:
    global _worker_extractor, _worker_warm_up
    die_with_parent(parent_pid)  # first: a kill -9 of the service during the load below too
    if niceness > 0:
        # Before the load: a bulk replay's workers load their gazetteer beside a live service
        # too. Only down: raising a priority takes privileges a replay should not need.
        _lower_priority(niceness)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    _worker_extractor = load_extractor(extractor_path)
    configure_extractor(extractor_path, options)
    # The extractor's module may load its data now (the pipeline's gazetteer, ~1 s from its
    # cache, 2-3 s on a loaded machine), so that the deadline of the first articles measures
    # extraction, not loading.
    warm_up = getattr(importlib.import_module(extractor_path.partition(":")[0]), "warm_up", None)
    _worker_warm_up = warm_up if callable(warm_up) else None
    _warm_worker()


def _lower_priority(niceness: int) -> None:
    """``os.nice`` ranks a process only against those of its own autogroup (Linux with
    ``sched_autogroup_enabled``, the default of many distributions: one group a session), and
    the kernel shares the cores between groups first: a service started in another session
    would get no more than the replay's session, whatever the workers' nice (measured:
    docs/benchmarks.md). So the worker also starts a session, an autogroup, of its own and
    lowers that group's nice; where there are no autogroups ``os.nice`` is what counts."""
    os.nice(niceness)
    try:
        os.setsid()
    except OSError:
        return
    for _ in range(50):  # the kernel takes one autogroup change a 100 ms, machine-wide
        try:
            with open("/proc/self/autogroup", "w") as autogroup:
                autogroup.write(str(niceness))
            return
        except BlockingIOError:
            time.sleep(0.1)
        except OSError:
            return


def _warm_worker() -> None:
    """Run the extractor's ``warm_up()``, outside any deadline. Should it fail at start, the
    first article retries it once before its timer starts: a load left to the extractor would
    run inside the deadline, and a load the timer cuts is not cached (``functools.cache`` keeps
    no result), so on a loaded machine every article would start it again and time out."""
    global _worker_warm
    if _worker_warm_up is None:
        _worker_warm = True
        return
    try:
        _worker_warm_up()
    except Exception as error:  # retried once before the first article, then left to it
        structlog.get_logger().warning("extractor_warm_up_failed", error=repr(error))
    else:
        _worker_warm = True


def configure_extractor(extractor_path: str, options: Mapping[str, object]) -> None:
    """Pass the settings' extraction options (``include_background``) to a ``configure()``
    in the extractor's module, if it has one (the pipeline's does); a spawned worker does not
    share the parent's module state, so each worker calls this before its first article."""
    if not options:
        return
    module = importlib.import_module(extractor_path.partition(":")[0])
    configure = getattr(module, "configure", None)
    if callable(configure):
        configure(**options)
    else:
        structlog.get_logger().warning("extractor_options_ignored", options=sorted(options))


def _ready() -> int:
    """Returns the worker's process id once it ran its initializer (and its warm-up). It
    takes a moment, so that one quick worker cannot answer for all of them."""
    time.sleep(_READY_PAUSE_S)
    return os.getpid()


class _Deadline(Exception):
    """Raised by the timer signal inside the worker."""


class WorkerDeadline(Exception):
    """What the worker returns to the service when its timer fired."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Deadline


def _extract_in_worker(article_json: str, deadline_s: float) -> list[str]:
    """Runs in a worker process: the events of one article, serialised."""
    global _worker_warm_retried
    assert _worker_extractor is not None
    if not _worker_warm and not _worker_warm_retried:
        _worker_warm_retried = True
        _warm_worker()
    article = Article.model_validate_json(article_json)
    # The timer covers the extractor call only: not the warm-up above, nor the queue.
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, deadline_s)
    try:
        events = _worker_extractor(article)
    except _Deadline:
        raise WorkerDeadline(f"extraction ran past the {deadline_s:g} s deadline") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return [event.model_dump_json() for event in events]


# --------------------------------------------------------------------------- service side


class ExtractorPool:
    observer: PoolObserver | None = None  # set by the service; the pool works without one

    def __init__(
        self,
        workers: int,
        extractor_path: str,
        deadline_s: float,
        options: Mapping[str, object] | None = None,
        hard_grace_s: float = _HARD_GRACE_S,
        niceness: int = 0,
    ) -> None:
        self._workers = workers
        self._niceness = niceness
        self._hard_grace_s = hard_grace_s
        self._extractor_path = extractor_path
        self._options = dict(options or {})
        self._deadline_s = deadline_s
        self._slots = PriorityGate(workers)
        self._generation = 0
        self._executor = self._new_executor()
        self._warming: asyncio.Future[None] | None = None

    async def start(self) -> None:
        """Start the workers and load their dictionaries now, so that the deadline of the first
        articles measures extraction, not process start-up."""
        self._warming = asyncio.ensure_future(self._warm(self._executor))
        await self._warming

    @property
    def warm(self) -> bool:
        """Every worker of the current pool has loaded its extractor (the readiness probe)."""
        return self._warming is not None and self._warming.done()

    async def _warm(self, executor: concurrent.futures.ProcessPoolExecutor) -> None:
        """Return once every worker has run its initializer. Answers must come from as many
        processes as there are workers: one quick worker answering for all would leave an
        article queued behind a sibling still loading its gazetteer, and the article's outer
        timer (deadline + grace) would count that load and kill the pool."""
        loop = asyncio.get_running_loop()
        ready: set[int] = set()
        for _ in range(_WARM_ROUNDS):
            try:
                answers = await asyncio.gather(
                    *(loop.run_in_executor(executor, _ready) for _ in range(self._workers)),
                    return_exceptions=True,
                )
            except RuntimeError:  # shut down: replaced while it warmed
                return
            if any(isinstance(answer, BaseException) for answer in answers):
                return  # a broken pool shows itself on the next extraction
            ready.update(answer for answer in answers if isinstance(answer, int))
            if len(ready) >= self._workers:
                return

    def _new_executor(self) -> concurrent.futures.ProcessPoolExecutor:
        # spawn, not fork: the parent runs an event loop and Kafka clients.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self._extractor_path, self._options, os.getpid(), self._niceness),
        )

    async def extract(self, article: Article, lane: Lane = Lane.LIVE) -> list[str]:
        """Serialised events of ``article``; raises ExtractionTimeout or ExtractionFailed.
        ``lane``: a live article takes the next free worker before any waiting backfill one."""
        try:
            payload = article.model_dump_json()
        except ValueError as error:  # e.g. pydantic's serialisation limits
            raise ExtractionFailed(f"article cannot be sent to a worker: {error}") from None
        crashes = 0
        while True:
            async with self._slots.slot(lane):
                # Inside the slot: the pool may have been replaced while this article waited
                # for it, and its timer must not start before the new workers are loaded.
                while self._warming is not None and not self._warming.done():
                    await asyncio.shield(self._warming)  # again if replaced meanwhile
                generation = self._generation
                try:
                    return await self._run_once(payload)
                except BrokenProcessPool:
                    if generation == self._generation:
                        crashes += 1
                        self._replace_executor("a worker process died")
                    if crashes >= 2:
                        raise ExtractionFailed(
                            "the worker process died twice on this article"
                        ) from None
                    log.warning("extraction_resubmitted", crashes=crashes)

    async def _run_once(self, payload: str) -> list[str]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        future = loop.run_in_executor(self._executor, _extract_in_worker, payload, self._deadline_s)
        # An extraction abandoned on shutdown or revocation ends in BrokenProcessPool once the
        # workers are killed; nobody awaits it then, and asyncio would log it as unretrieved.
        future.add_done_callback(_retrieve)
        done, _ = await asyncio.wait({future}, timeout=self._deadline_s + self._hard_grace_s)
        if self.observer is not None:
            self.observer.extraction_finished(loop.time() - started)
        if not done:
            # The in-worker timer did not fire (stuck outside Python code): kill the pool.
            future.cancel()
            self._replace_executor("an extraction ignored its deadline")
            raise ExtractionTimeout(
                f"extraction ran past the {self._deadline_s:g} s deadline and was killed"
            )
        try:
            return future.result()
        except WorkerDeadline as error:
            raise ExtractionTimeout(str(error)) from None
        except BrokenProcessPool:
            raise
        except Exception as error:
            raise ExtractionFailed(f"extractor raised {type(error).__name__}: {error}") from None

    def _replace_executor(self, reason: str) -> None:
        old = self._executor
        self._generation += 1
        self._executor = self._new_executor()
        self._warming = asyncio.ensure_future(self._warm(self._executor))
        _kill_workers(old)
        old.shutdown(wait=False, cancel_futures=True)
        log.warning("extractor_pool_replaced", reason=reason, generation=self._generation)
        if self.observer is not None:
            self.observer.pool_replaced(reason)

    def close(self) -> None:
        _kill_workers(self._executor)
        self._executor.shutdown(wait=False, cancel_futures=True)


def _retrieve(future: asyncio.Future[list[str]]) -> None:
    if not future.cancelled():
        future.exception()


def _kill_workers(executor: concurrent.futures.ProcessPoolExecutor) -> None:
    # Python 3.14 has ProcessPoolExecutor.kill_workers(); before it, the process table.
    kill: Any = getattr(executor, "kill_workers", None)
    if kill is not None:
        kill()
        return
    for process in list(getattr(executor, "_processes", {}).values()):
        if process.is_alive():
            process.kill()
