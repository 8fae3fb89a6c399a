"""``newsevents feeds FEEDS_FILE [--once]``: read the feeds file, create the topics, poll."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from ..config import Settings
from ..failures import BadInput
from .feed_fetch import default_client
from .feed_list import Feed, FeedFileError, load_feeds
from .feeds import FeedPoller

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


def _default_factory(settings: Settings) -> httpx.AsyncClient:
    return default_client(settings.feeds_user_agent, settings.feeds_timeout_s)


async def run_feeds(
    settings: Settings,
    bootstrap: str,
    feeds: list[Feed],
    stop: asyncio.Event,
    *,
    once: bool = False,
    client_factory: ClientFactory = _default_factory,
) -> int:
    """Poll until ``stop`` (or one round with ``once``); the exit code."""
    from ..stream.topics import ensure_service_topics

    if settings.create_topics:
        await ensure_service_topics(settings, bootstrap)
    async with client_factory(settings) as client:
        stats = await FeedPoller(settings, bootstrap, feeds, client).run(stop, once=once)
    if not once:
        return 0
    sys.stdout.write(
        f"polled {stats.polls} feed(s): {stats.articles} new article(s) published, "
        f"{stats.items_known} item(s) already published, {stats.not_modified} not modified, "
        f"{len(stats.failed_feeds)} failed\n"
    )
    for url in sorted(stats.failed_feeds):
        sys.stdout.write(f"  failed: {url} (see the feed_polled log line)\n")
    return EXIT_SOME_FEEDS_FAILED if stats.failed_feeds else 0
