"""``newsevents feeds FEEDS_FILE [--once]``: read the feeds file, create the topics, poll.

Long-running, it serves ``/metrics``, ``/healthz`` and ``/readyz`` (ready once the group
assigned it its partitions) as the service does; ``--once`` is a job that ends with a summary
on stdout, so it serves nothing (and takes no port).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from ...config import Settings
from ...failures import BadConfiguration, BadInput
from ...observe.http import Endpoints, ProbeServer, Readiness
from ..guard.client import guarded_client
from .file import Feed, FeedFileError, load_feeds
from .poller import FeedPoller

__all__ = ["EXIT_SOME_FEEDS_FAILED", "feeds_from_file", "run_feeds"]

# sysexits.h EX_TEMPFAIL: --once could not read every feed; try again later.
EXIT_SOME_FEEDS_FAILED = 75

ClientFactory = Callable[[Settings], httpx.AsyncClient]


def feeds_from_file(path: Path, settings: Settings) -> list[Feed]:
    """The feeds of ``path``; raises ``BadInput`` (exit 65) listing every mistake."""
    try:
        return load_feeds(path, settings.feeds_default_interval_s)
    except FeedFileError as error:
        shown = "; ".join(error.problems[:5])
        more = f" (and {len(error.problems) - 5} more)" if len(error.problems) > 5 else ""
        raise BadInput(
            f"{error.path}: {shown}{more}",
            "each [[feed]] needs a url (http or https); optional: source, language (ISO 639 "
            "code), interval_s (seconds), countries (README, Feeds)",
        ) from None


async def run_feeds(
    settings: Settings,
    bootstrap: str,
    feeds: list[Feed],
    stop: asyncio.Event,
    *,
    once: bool = False,
    client_factory: ClientFactory = guarded_client,
) -> int:
    """Poll until ``stop`` (or one round with ``once``); the exit code."""
    from ...stream.broker.topics import ensure_service_topics

    if settings.create_topics:
        await ensure_service_topics(settings, bootstrap)
    async with client_factory(settings) as client:
        poller = FeedPoller(settings, bootstrap, feeds, client)
        if once:
            stats = await poller.run(stop, once=True)
        else:
            await _serving(poller, settings, stop)
            return 0
    sys.stdout.write(
        f"polled {stats.polls} feed(s): {stats.articles} new article(s) published, "
        f"{stats.items_known} item(s) already published, {stats.not_modified} not modified, "
        f"{len(stats.failed_feeds)} failed\n"
    )
    for url, why in sorted(stats.failed_feeds.items()):
        sys.stdout.write(f"  failed: {url} ({why})\n")
    return EXIT_SOME_FEEDS_FAILED if stats.failed_feeds else 0


async def _serving(poller: FeedPoller, settings: Settings, stop: asyncio.Event) -> None:
    """Poll until ``stop``, with /metrics, /healthz and /readyz up."""

    async def readiness() -> Readiness:
        checks = {
            "group_joined": poller.assigned.is_set(),
            "partitions": poller.partitions(),
            "stopping": stop.is_set(),
        }
        return Readiness(poller.assigned.is_set() and not stop.is_set(), checks)

    probes = ProbeServer(
        Endpoints(poller.metrics.exposition, readiness),
        settings.metrics_host,
        settings.metrics_port,
    )
    try:
        await probes.start()
    except OSError as error:
        raise BadConfiguration(
            f"NEWSEVENTS_METRICS_PORT={settings.metrics_port}: cannot listen on "
            f"{settings.metrics_host}: {error.strerror or error}",
            "choose a free port (0: any free one; a service on the same host has its own)",
        ) from None
    try:
        await poller.run(stop)
    finally:
        await probes.close()
