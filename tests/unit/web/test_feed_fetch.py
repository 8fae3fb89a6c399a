"""One feed request against a real local HTTP server: conditional headers, 304, failures."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from newsevents.web.feed_fetch import Fetched, FetchFailed, Validators, default_client, fetch_feed
from tests.feed_server import FeedServer, Route


@pytest.fixture
def server() -> Iterator[FeedServer]:
    started = FeedServer().start()
    try:
        yield started
    finally:
        started.stop()


async def fetch(
    server: FeedServer, path: str, validators: Validators | None = None, max_bytes: int = 10**6
) -> Fetched:
    async with default_client("test-agent/1", 5.0) as client:
        return await fetch_feed(
            client,
            f"{server.base}{path}",
            validators or Validators(),
            user_agent="test-agent/1 (+mailto:desk@example.org)",
            timeout_s=5.0,
            max_bytes=max_bytes,
        )


async def test_200_then_304_with_the_etag(server: FeedServer) -> None:
    server.route("/world.rss", Route("world.rss"))
    first = await fetch(server, "/world.rss")
    assert first.status == 200 and b"Levant Wire" in first.body
    assert first.validators == Validators(etag=server.etag("/world.rss"))
    second = await fetch(server, "/world.rss", first.validators)
    assert second.not_modified and second.body == b""
    assert second.validators == first.validators
    sent = server.seen("/world.rss")
    assert "if-none-match" not in sent[0].headers
    assert sent[1].headers["if-none-match"] == server.etag("/world.rss")
    assert sent[1].headers["user-agent"] == "test-agent/1 (+mailto:desk@example.org)"
    assert sent[1].headers["accept"].startswith("application/rss+xml")


async def test_last_modified(server: FeedServer) -> None:
    server.route("/region.atom", Route("region.atom", validator="last-modified"))
    first = await fetch(server, "/region.atom")
    second = await fetch(server, "/region.atom", first.validators)
    assert (first.status, second.status) == (200, 304)
    assert server.seen("/region.atom")[1].headers["if-modified-since"] == Route("x").last_modified


async def test_a_server_error_is_a_failure_with_its_status(server: FeedServer) -> None:
    server.route("/world.rss", Route("world.rss", fail_first=[503]))
    with pytest.raises(FetchFailed) as failed:
        await fetch(server, "/world.rss")
    assert (failed.value.reason, failed.value.status) == ("http 503", 503)
    assert (await fetch(server, "/world.rss")).status == 200


async def test_too_large(server: FeedServer) -> None:
    server.route("/world.rss", Route("world.rss"))
    with pytest.raises(FetchFailed, match=r"too large: \d+ bytes declared, limit 100"):
        await fetch(server, "/world.rss", max_bytes=100)


async def test_nobody_listening() -> None:
    async with httpx.AsyncClient() as client:
        with pytest.raises(FetchFailed, match="ConnectError"):
            await fetch_feed(
                client,
                "http://127.0.0.1:9/rss",
                Validators(),
                user_agent="t",
                timeout_s=5.0,
                max_bytes=1000,
            )
