"""``newsevents demo`` and ``newsevents replay``: articles from files onto Kafka, events shown.

``demo`` is the whole path on one machine: it starts a local Kafka broker when
``NEWSEVENTS_BOOTSTRAP_SERVERS`` is unset, creates the topics, runs the service in this process,
replays the seed articles and prints the events as a read_committed consumer receives them.
``replay`` only produces the articles (and optionally shows the events a running service makes).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from ..config import Settings
from ..contracts import Article, EventMessage
from ..failures import BadConfiguration, NoEvents
from ..inputs import Skipped, ignore, read_articles
from ..signals import stop_on_signals
from ..stream.broker.clients import PLAINTEXT, Connection, connection_kwargs, start_or_close
from ..stream.broker.topics import ensure_service_topics, topic_partitions
from ..stream.service import EventService
from .console import LEGEND, render_event

log = structlog.get_logger(__name__)


async def run_demo(
    settings: Settings, seeds: Path, *, as_json: bool = False, skipped: Skipped = ignore
) -> int:
    articles = list(read_articles(str(seeds), None, skipped))
    async with local_or_configured_broker(settings) as bootstrap:
        connection = connection_kwargs(settings)
        await ensure_service_topics(settings, bootstrap)
        stop = stop_on_signals()
        service = EventService(settings, bootstrap)
        service_task = asyncio.create_task(service.run(stop))

        def finished(shown: int) -> bool:
            handled = service.stats.articles + service.stats.dead_letters
            return service_task.done() or (
                handled >= len(articles) and shown >= service.stats.events
            )

        try:
            async with events_viewer(
                bootstrap, settings.events_topic, connection=connection
            ) as viewer:
                await replay(bootstrap, settings.articles_topic, articles, connection=connection)
                shown = await show_events(viewer, finished, stop, as_json=as_json)
            log.info("demo_done", articles=len(articles), events=shown)
        finally:
            stop.set()
            await service_task
    return 0


class ShowUntil:
    """When ``replay --show`` stops: ``idle_s`` after the latest event, but before the first one
    ``first_wait_s``, because the first event waits for the service to join its group and warm
    up its workers (11 s after topic creation in docker compose), while later ones come at
    extraction speed (about a second apart)."""

    def __init__(self, idle_s: float, first_wait_s: float, clock: Callable[[], float]) -> None:
        self._idle_s = idle_s
        self._first_wait_s = first_wait_s
        self._clock = clock
        self._shown = 0
        self._since = clock()

    def __call__(self, shown: int) -> bool:
        if shown != self._shown:
            self._shown, self._since = shown, self._clock()
        limit = self._idle_s if shown else self._first_wait_s
        return self._clock() - self._since > limit


async def show_replayed_events(
    viewer: AIOKafkaConsumer,
    stop: asyncio.Event,
    *,
    idle_s: float,
    first_wait_s: float,
    clock: Callable[[], float] | None = None,
) -> int:
    """Prints the events that arrive; raises NoEvents when none came within ``first_wait_s``,
    so that a job (docker compose's seeds-replay) does not report success without output."""
    until = ShowUntil(idle_s, first_wait_s, clock or asyncio.get_running_loop().time)
    shown = await show_events(viewer, until, stop, as_json=False)
    if not shown and not stop.is_set():
        raise NoEvents(
            f"no event arrived within {first_wait_s:g} s of the replay",
            "check that `newsevents run` is running on this broker and its logs "
            "(article_published, article_dead_lettered); --first-wait waits longer",
        )
    return shown


@contextlib.asynccontextmanager
async def local_or_configured_broker(settings: Settings) -> AsyncIterator[str]:
    if settings.bootstrap_servers:
        yield settings.bootstrap_servers
        return
    if settings.security_protocol != "PLAINTEXT":
        raise BadConfiguration(
            f"NEWSEVENTS_SECURITY_PROTOCOL={settings.security_protocol} without "
            "NEWSEVENTS_BOOTSTRAP_SERVERS: the local broker of demo speaks PLAINTEXT",
            "set NEWSEVENTS_BOOTSTRAP_SERVERS to the secured cluster, or unset the security "
            "settings",
        )
    from ..local_kafka.broker import LocalKafka

    home = Path(settings.local_kafka_home)
    broker = LocalKafka(home / "demo-runs", jars_home=home)
    log.info("local_kafka_starting", home=str(home))
    # Started from the main thread on purpose: the broker dies with the thread that started it.
    bootstrap = broker.start()
    log.info("local_kafka_started", bootstrap_servers=bootstrap, startup_s=broker.last_startup_s)
    try:
        yield bootstrap
    finally:
        broker.stop()


@contextlib.asynccontextmanager
async def events_viewer(
    bootstrap: str, topic: str, *, connection: Connection = PLAINTEXT
) -> AsyncIterator[AIOKafkaConsumer]:
    """A read_committed consumer positioned at the current end of the events topic."""
    viewer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        isolation_level="read_committed",
        **connection,
    )
    await start_or_close(viewer)
    try:
        numbers = await topic_partitions(bootstrap, topic, connection=connection)
        partitions = [TopicPartition(topic, number) for number in numbers]
        viewer.assign(partitions)
        for tp, offset in (await viewer.end_offsets(partitions)).items():
            viewer.seek(tp, offset)
        yield viewer
    finally:
        await viewer.stop()


async def replay(
    bootstrap: str,
    topic: str,
    articles: list[Article],
    *,
    connection: Connection = PLAINTEXT,
) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, enable_idempotence=True, acks="all", **connection
    )
    await start_or_close(producer)
    try:
        for article in articles:
            value = article.model_dump_json(exclude_none=True).encode()
            await producer.send_and_wait(topic, value=value, key=article.id.encode())
    finally:
        await producer.stop()
    log.info("articles_replayed", articles=len(articles), topic=topic)


async def show_events(
    viewer: AIOKafkaConsumer,
    finished: Callable[[int], bool],
    stop: asyncio.Event,
    *,
    as_json: bool,
) -> int:
    shown = 0
    if not as_json:
        sys.stdout.write(LEGEND + "\n")
    while not stop.is_set():
        batch = await viewer.getmany(timeout_ms=500)
        for records in batch.values():
            for record in records:
                event = EventMessage.model_validate_json(record.value)
                text = event.model_dump_json() if as_json else render_event(event) + "\n"
                sys.stdout.write(text + "\n")
                shown += 1
        sys.stdout.flush()
        if not batch and finished(shown):
            break
    return shown
