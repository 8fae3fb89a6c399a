"""Live latency: articles produced at a steady rate while the service runs, timed from the
moment each is handed to the producer to the moment its first event reaches a read_committed
consumer (the articles' events are committed in one transaction, so they arrive together).

Before the clock starts the service gets one article on each partition and the harness waits for
their events: the transactional producers of the partitions are started and the workers have
each seen text, as in a service that has been running for a while.

With articles waiting in the backfill topic (``backfill_latency.py``) the same measure gives live
latency while a backfill drains; the backfill articles committed during the live window are
counted from the group's offsets.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newsevents.stream.broker.clients import start_or_close
from newsevents.stream.broker.topics import topic_partitions

from .probes import percentile
from .service_run import (
    Service,
    ServiceFailed,
    Topics,
    admin_client,
    bench_connection,
    committed_on,
    service_env,
)


@dataclass
class LatencyFigures:
    rate: float  # articles per second, as asked
    produced: int
    seconds: float  # the production's wall time
    latencies_s: list[float] = field(default_factory=list)
    backfill_done: int = 0  # backfill articles committed while the live articles were produced
    backfill_before: int = 0  # and before (from the service's start, through the warm-up)

    @property
    def missing(self) -> int:
        """Articles whose events had not arrived when the harness stopped waiting."""
        return self.produced - len(self.latencies_s)

    def ms(self, q: float) -> float:
        return 1000 * percentile(self.latencies_s, q)

    def summary(self, name: str) -> dict[str, object]:
        """The JSON figures of one run named ``name``: p50/p95/p99 in ms and the missing."""
        return {
            f"{name}_p50_ms": round(self.ms(50), 1),
            f"{name}_p95_ms": round(self.ms(95), 1),
            f"{name}_p99_ms": round(self.ms(99), 1),
            f"{name}_missing": self.missing,
        }


class _Arrivals:
    """Reads the events topic (read_committed) and notes when each article's first event came."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.first: dict[str, float] = {}
        self.changed = asyncio.Event()
        # A short fetch wait: the broker answers as soon as committed data is there, and this
        # consumer's own polling adds at most this much to a measured latency.
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            client_id="newsevents-bench-viewer",
            enable_auto_commit=False,
            isolation_level="read_committed",
            fetch_max_wait_ms=50,
            **bench_connection(),
        )

    async def start(self) -> None:
        await start_or_close(self._consumer)
        numbers = await topic_partitions(self.bootstrap, self.topic)
        partitions = [TopicPartition(self.topic, n) for n in numbers]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)

    async def run(self) -> None:
        while True:
            batch = await self._consumer.getmany(timeout_ms=100)
            now = time.monotonic()
            for records in batch.values():
                for record in records:
                    article_id = json.loads(record.value)["article_id"]
                    self.first.setdefault(article_id, now)
            if batch:
                self.changed.set()

    async def wait_for(self, ids: Sequence[str], timeout_s: float, service: Service) -> bool:
        deadline = time.monotonic() + timeout_s
        while not all(i in self.first for i in ids):
            service.check()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), min(remaining, 1.0))
            except TimeoutError:
                continue
        return True

    async def stop(self) -> None:
        await self._consumer.stop()


async def live_latency(
    bootstrap: str,
    topics: Topics,
    articles: Sequence[tuple[str, str]],
    warm_up: Sequence[tuple[str, str]],
    *,
    rate: float,
    delivery: str,
    extractor: str | None = None,
    settings: Mapping[str, str] | None = None,
) -> LatencyFigures:
    """Run the service on the fresh ``topics``; warm it with ``warm_up`` (one article per
    partition, at least); then produce ``articles`` (id, JSON) at ``rate`` per second.
    ``settings``: more of the service's environment (``NEWSEVENTS_LIVE_FIRST``...)."""
    env = service_env(bootstrap, topics, extractor=extractor, delivery=delivery)
    env.update(settings or {})
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id="newsevents-bench-live",
        acks="all",
        enable_idempotence=True,
        max_request_size=2 << 20,
        **bench_connection(),
    )
    arrivals = _Arrivals(bootstrap, topics.events)
    await start_or_close(producer)
    await arrivals.start()
    reader = asyncio.create_task(arrivals.run())
    try:
        async with admin_client(bootstrap) as admin, Service(env) as service:
            await service.wait_consuming(timeout_s=180)
            partitions = await topic_partitions(bootstrap, topics.articles)
            for number, (key, value) in zip(partitions * len(warm_up), warm_up, strict=False):
                await producer.send_and_wait(
                    topics.articles, value=value.encode(), key=key.encode(), partition=number
                )
            if not await arrivals.wait_for([key for key, _ in warm_up], 180, service):
                raise ServiceFailed("the warm-up articles' events did not arrive within 180 s")

            produced: dict[str, float] = {}
            sent = []
            backfill_before = await committed_on(admin, topics.group, topics.backfill)
            started = time.monotonic()
            for i, (key, value) in enumerate(articles):
                delay = started + i / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                produced[key] = time.monotonic()
                sent.append(
                    await producer.send(topics.articles, value=value.encode(), key=key.encode())
                )
            await asyncio.gather(*sent)
            seconds = time.monotonic() - started
            backfill_done = await committed_on(admin, topics.group, topics.backfill)
            backfill_done -= backfill_before
            # Generous: on a loaded machine the service may fall behind; what arrives counts.
            await arrivals.wait_for(list(produced), max(60.0, seconds), service)
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)
        await arrivals.stop()
        await producer.stop()
    latencies = [arrivals.first[key] - at for key, at in produced.items() if key in arrivals.first]
    return LatencyFigures(rate, len(produced), seconds, latencies, backfill_done, backfill_before)
