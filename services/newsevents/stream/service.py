"""The long-running service: consume articles, extract off the loop, publish, commit.

The loop polls the articles topic and the backfill topic (replayed archives) in one group and
hands each record to the worker of its partition (``partition.py``), which extracts
concurrently in the process pool (``extractor_pool.py``) and publishes in order with its
publisher (``publishers.py``: transactions or commit-after-ack).

* Backpressure: a partition with ``max_in_flight`` articles in flight (``backfill_max_in_flight``
  for the backfill topic) is paused and resumed once half drained, so memory stays bounded
  however long the topic is.
* Live first (``live_first.py``): the backfill partitions are paused while live articles wait,
  and the pool gives a free worker to a live article before a backfill one.
* Rebalances: revoked partitions finish or abandon their in-flight work before the listener
  returns; assigned partitions start their publisher (fencing the previous owner) and re-read
  the committed offset.
* A stuck consumer (aiokafka issues #847, #1154): lag present and no progress for
  ``stall_timeout_s`` raises ``ConsumerStalled`` so that the process exits non-zero and its
  orchestrator restarts it. Backfill partitions paused for live first are not counted: the live
  partitions they wait for are, and those make progress or stall themselves.
* Url-only articles: their pages are fetched on the loop (``web/``: the address guard, a
  bounded pool of fetches) inside the record's task, so a record waiting for its page holds
  its place in the partition's queue (order and commits as for extraction) and counts towards
  the in-flight cap that pauses the partition.
* Operations (``observe/``): /metrics, /healthz and /readyz from the start; each partition's
  publisher is wrapped to count what it commits, the pool tells of extractions and restarts.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Sequence
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError

from ..config import Settings
from ..failures import BadConfiguration
from ..observe.http import Endpoints, ProbeServer, Readiness
from ..observe.metrics import PartitionGauges, ServiceMetrics
from ..observe.startup import effective_settings
from ..web.guard.client import FetchOptions, guarded_client
from ..web.pages.articles import ArticleCompleter
from ..web.pages.fetch import Fetcher
from .broker.clients import connection_kwargs, start_or_close
from .broker.probes import broker_reachable, partition_lag
from .flow.live_first import Lane
from .flow.pausing import Pauser, names
from .partition import PartitionWorker, Progress
from .pool.extractor_pool import ExtractorPool
from .processing import process_record
from .publish.dead_letters import SourceRecord
from .publish.observed import FetchProgress, ObservedPublisher
from .publish.publishers import AtLeastOncePublisher, Publisher, TransactionalPublisher

log = structlog.get_logger(__name__)


class ConsumerStalled(RuntimeError):
    """Lag but no progress for too long: restart the process."""


class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, service: EventService) -> None:
        self._service = service

    async def on_partitions_revoked(self, revoked: Sequence[TopicPartition]) -> None:
        log.info("partitions_revoked", partitions=names(revoked))
        await self._service.close_partitions(list(revoked))

    async def on_partitions_assigned(self, assigned: Sequence[TopicPartition]) -> None:
        log.info("partitions_assigned", partitions=names(assigned))
        await self._service.open_partitions(list(assigned))


class EventService:
    def __init__(self, settings: Settings, bootstrap_servers: str) -> None:
        self.settings = settings
        self.bootstrap_servers = bootstrap_servers
        self.stats = Progress()
        self.ready = asyncio.Event()
        self._workers: dict[TopicPartition, PartitionWorker] = {}
        self._pauses = Pauser(settings, self.lane)  # backpressure and live first
        self._consumer: AIOKafkaConsumer | None = None
        self._pool: ExtractorPool | None = None
        self._completer: ArticleCompleter | None = None
        # Operations (observe/): metrics, probes, each partition's counting publisher.
        self.metrics = ServiceMetrics(settings.delivery)
        self.metrics_port: int | None = None  # the listening port, once started
        self._observed: dict[TopicPartition, ObservedPublisher] = {}
        self._group_joined = False
        self._stop: asyncio.Event | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """The service, with its HTTP probes up from the start: alive (/healthz) while the
        workers load, ready (/readyz) once they did and the group assigned partitions."""
        self._stop = stop
        log.info("service_configuration", settings=effective_settings(self.settings))
        probes = ProbeServer(
            Endpoints(self.metrics.exposition, self.readiness, self.refresh_metrics),
            self.settings.metrics_host,
            self.settings.metrics_port,
        )
        try:
            self.metrics_port = await probes.start()
        except OSError as error:
            raise BadConfiguration(
                f"NEWSEVENTS_METRICS_PORT={self.settings.metrics_port}: cannot listen on "
                f"{self.settings.metrics_host}: {error.strerror or error}",
                "choose a free port (0: any free one) or NEWSEVENTS_METRICS_HOST",
            ) from None
        try:
            await self._serve(stop)
        finally:
            await probes.close()

    async def _serve(self, stop: asyncio.Event) -> None:
        s = self.settings
        connection = connection_kwargs(s)  # a contradictory setting stops us before warm-up
        self._pool = ExtractorPool(
            s.workers,
            s.extractor,
            s.article_deadline_s,
            options=s.extraction_options(),
        )
        self._pool.observer = self.metrics
        await self._pool.start()
        fetch = FetchOptions.from_settings(s)
        http = guarded_client(fetch)
        observer = FetchProgress(self.metrics, self.stats)
        self._completer = ArticleCompleter(Fetcher(http, fetch, observer), observer)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap_servers,
            group_id=s.group_id,
            client_id=s.client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            max_poll_records=s.batch_max_records,
            session_timeout_ms=s.session_timeout_ms,
            heartbeat_interval_ms=max(s.session_timeout_ms // 3, 100),
            **connection,
        )
        self._consumer = consumer
        try:
            topics = list(dict.fromkeys([s.articles_topic, s.backfill_topic]))
            consumer.subscribe(topics, listener=_Rebalance(self))
            await start_or_close(consumer)
            log.info(
                "service_started",
                topic=s.articles_topic,
                backfill_topic=s.backfill_topic,
                live_first=s.live_first,
                group=s.group_id,
                delivery=s.delivery,
                workers=s.workers,
            )
            self.ready.set()
            watchdog = asyncio.create_task(self._watch_for_stall(consumer, stop))
            try:
                await self._loop(consumer, stop, watchdog)
            finally:
                watchdog.cancel()
                await asyncio.gather(watchdog, return_exceptions=True)
                await self.close_partitions(list(self._workers))
                await consumer.stop()
        finally:
            self._pool.close()
            self._completer.close()
            await http.aclose()
            log.info("service_stopped", **self.stats.counts())

    async def _loop(
        self, consumer: AIOKafkaConsumer, stop: asyncio.Event, watchdog: asyncio.Task[None]
    ) -> None:
        backoff = 0.2
        while not stop.is_set():
            if watchdog.done():
                watchdog.result()  # raises ConsumerStalled
            self._raise_if_a_worker_failed()
            try:
                batch = await self._poll(consumer, stop)
                backoff = 0.2
            except KafkaError as error:
                log.warning(
                    "poll_retry", error=f"{type(error).__name__}: {error}", backoff_s=backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            for tp, records in batch.items():
                worker = self._workers.get(tp)
                if worker is None:
                    continue  # revoked meanwhile: the next owner reads from the committed offset
                for raw in records:
                    worker.submit(
                        SourceRecord(
                            raw.topic,
                            raw.partition,
                            raw.offset,
                            raw.key,
                            raw.value,
                            tuple(raw.headers or ()),
                        )
                    )
                self._note_consumed(tp, records)
                self.stats.step()
            in_flight = {tp: worker.in_flight for tp, worker in self._workers.items()}
            live_pending = await self._pauses.live_pending(consumer, in_flight)
            self._pauses.apply(consumer, in_flight, live_pending)

    async def _poll(
        self, consumer: AIOKafkaConsumer, stop: asyncio.Event
    ) -> dict[TopicPartition, list[Any]]:
        poll = asyncio.ensure_future(consumer.getmany(timeout_ms=self.settings.poll_timeout_ms))
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({poll, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not poll.done():
            poll.cancel()
            await asyncio.gather(poll, return_exceptions=True)
            return {}
        result: dict[TopicPartition, list[Any]] = poll.result()
        return result

    def lane(self, tp: TopicPartition) -> Lane:
        """The articles topic is live; the backfill topic (if another) is backfill."""
        return Lane.LIVE if tp.topic == self.settings.articles_topic else Lane.BACKFILL

    def _raise_if_a_worker_failed(self) -> None:
        for worker in self._workers.values():
            if worker.runner.done() and not worker.runner.cancelled():
                error = worker.runner.exception()
                if error is not None:
                    raise error

    async def open_partitions(self, partitions: list[TopicPartition]) -> None:
        """Workers exist before this returns, so no fetched record finds its partition unowned;
        each starts its publisher in its own task (the listener must not block the poll)."""
        consumer = self._consumer
        assert consumer is not None and self._pool is not None and self._completer is not None
        committed = consumer.committed if self.settings.delivery == "exactly-once" else None
        self._group_joined = True  # also with no partition to own: a member with none is fine
        for tp in partitions:
            if tp not in self._workers:
                # Without live first both lanes wait for a worker in arrival order.
                lane = self.lane(tp) if self.settings.live_first else Lane.LIVE
                process = functools.partial(
                    process_record,
                    extractor=self._pool,
                    max_body_bytes=self.settings.max_body_bytes,
                    completer=self._completer,
                    lane=lane,
                )
                self._workers[tp] = PartitionWorker(
                    tp,
                    self._observe(tp, self._publisher(tp)),
                    process,
                    self.stats,
                    committed,
                    linger_s=self.settings.commit_interval_ms / 1000,
                    max_started=(
                        self.settings.backfill_max_in_flight
                        if self.lane(tp) is Lane.BACKFILL
                        else None
                    ),
                )

    def _publisher(self, tp: TopicPartition) -> Publisher:
        if self.settings.delivery == "exactly-once":
            return TransactionalPublisher(self.settings, self.bootstrap_servers, tp)
        assert self._consumer is not None
        return AtLeastOncePublisher(self.settings, self.bootstrap_servers, self._consumer, tp)

    async def close_partitions(self, partitions: list[TopicPartition]) -> None:
        self._group_joined = False  # revoked (a rebalance) or stopping: not ready until assigned
        workers = [self._workers.pop(tp) for tp in partitions if tp in self._workers]
        for tp in partitions:
            self._observed.pop(tp, None)
        self._pauses.forget(partitions)
        await asyncio.gather(*(w.close(self.settings.drain_timeout_s) for w in workers))

    async def _watch_for_stall(self, consumer: AIOKafkaConsumer, stop: asyncio.Event) -> None:
        limit = self.settings.stall_timeout_s
        while not stop.is_set():
            await asyncio.sleep(min(5.0, limit / 4))
            idle = time.monotonic() - self.stats.last_step
            if idle < limit:
                continue
            lag = await self._lag(consumer)
            if lag > 0:
                log.error("consumer_stalled", lag=lag, idle_s=round(idle, 1))
                raise ConsumerStalled(f"no progress for {idle:.0f} s with {lag} records of lag")
            self.stats.step()  # idle without lag is fine

    async def _lag(self, consumer: AIOKafkaConsumer) -> int:
        """Records not yet committed, leaving out the backfill held back for live first: it
        waits for the live partitions on purpose, whose own lag is counted."""
        lag = 0
        for tp in consumer.assignment():
            if tp in self._pauses.held:
                continue
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            try:
                position = await asyncio.wait_for(consumer.position(tp), 5)
            except (TimeoutError, KafkaError):
                continue
            worker = self._workers.get(tp)
            lag += max(0, highwater - position) + (worker.in_flight if worker else 0)
        return lag

    # ------------------------------------------------------------------ operations (observe/)

    def _observe(self, tp: TopicPartition, publisher: Publisher) -> Publisher:
        observed = ObservedPublisher(
            publisher, self.metrics, backfill=self.lane(tp) is Lane.BACKFILL
        )
        self._observed[tp] = observed
        return observed

    def _note_consumed(self, tp: TopicPartition, records: list[Any]) -> None:
        self.metrics.articles_consumed.inc(len(records))
        observed = self._observed.get(tp)
        if observed is not None:
            for raw in records:
                observed.consumed(raw.offset)

    async def readiness(self) -> Readiness:
        # The broker is asked through the consumer once it started (``ready``): before, its
        # client knows no broker and the Kafka client would log an error line per probe.
        consumer = self._consumer if self.ready.is_set() else None
        pool = self._pool
        checks: dict[str, Any] = {
            "group_joined": self._group_joined,
            "partitions": sorted(
                tp.partition for tp in self._workers if self.lane(tp) is Lane.LIVE
            ),
            # Backfill lag or pauses never make the service unready: they are no live delay.
            "backfill_partitions": sorted(
                tp.partition for tp in self._workers if self.lane(tp) is Lane.BACKFILL
            ),
            "workers_warm": pool is not None and pool.warm,
            "stopping": self._stop is not None and self._stop.is_set(),
            "broker_reachable": consumer is not None and await broker_reachable(consumer),
        }
        ready = (
            checks["group_joined"]
            and checks["workers_warm"]
            and checks["broker_reachable"]
            and not checks["stopping"]
        )
        return Readiness(ready, checks)

    async def refresh_metrics(self) -> None:
        """The gauges read at scrape time: partitions, in flight, lag."""
        consumer, workers = self._consumer, list(self._workers.items())
        lags: list[int | None] = [None] * len(workers)
        if consumer is not None:
            lags = await asyncio.gather(
                *(partition_lag(consumer, tp, worker.in_flight) for tp, worker in workers)
            )
        self.metrics.set_partitions(
            (
                PartitionGauges(tp.topic, tp.partition, worker.in_flight, lag)
                for (tp, worker), lag in zip(workers, lags, strict=True)
            ),
            paused=len(self._pauses.full),
            backfill_paused=len(self._pauses.held),
        )
