"""One feed request through the guarded client against a real local HTTP server:
conditional headers, 304, failures, the address guard."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest

from newsevents.errors import FetchHttpError, FetchRefused, FetchUnreachable, PageTooLarge
from newsevents.web.feeds.fetch import Fetched, Validators, fetch_feed
from newsevents.web.guard.addresses import AddressPolicy
from newsevents.web.guard.client import FetchOptions, guarded_client
from newsevents.web.guard.follow import HostSlots
from tests.feed_server import FeedServer, Route

LOCAL = FetchOptions(
    policy=AddressPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),)),
    user_agent="test-agent/1 (+mailto:desk@example.org)",
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    started = FeedServer().start()
    try:
        yield started
    finally:
        started.stop()


async def fetch(
    server: FeedServer,
    path: str,
    validators: Validators | None = None,
    max_bytes: int = 10**6,
    options: FetchOptions = LOCAL,
) -> Fetched:
    async with guarded_client(options) as client:
        return await fetch_feed(
            client,
            f"{server.base}{path}",
            validators or Validators(),
            hosts=HostSlots(2),
            max_redirects=5,
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
    with pytest.raises(FetchHttpError) as failed:
        await fetch(server, "/world.rss")
    assert (failed.value.reason, failed.value.status) == ("HTTP 503", 503)
    assert (await fetch(server, "/world.rss")).status == 200


async def test_too_large(server: FeedServer) -> None:
    server.route("/world.rss", Route("world.rss"))
    with pytest.raises(PageTooLarge, match=r"Content-Length \d+, the limit is 100"):
        await fetch(server, "/world.rss", max_bytes=100)


async def test_nobody_listening() -> None:
    async with guarded_client(LOCAL) as client:
        with pytest.raises(FetchUnreachable, match=r"ConnectError|[Cc]onnect"):
            await fetch_feed(
                client,
                "http://127.0.0.1:9/rss",
                Validators(),
                hosts=HostSlots(2),
                max_redirects=5,
                timeout_s=5.0,
                max_bytes=1000,
            )


async def test_a_feed_at_a_refused_address_is_not_requested(server: FeedServer) -> None:
    """The default policy: the operator's feed url is on loopback, so nothing is sent."""
    server.route("/world.rss", Route("world.rss"))
    with pytest.raises(FetchRefused, match=r"127\.0\.0\.1 is a loopback address"):
        await fetch(server, "/world.rss", options=FetchOptions())
    assert server.seen("/world.rss") == []


async def test_a_permanent_redirect_is_followed_and_reported(server: FeedServer) -> None:
    server.route("/old.rss", Route("world.rss", redirect="{base}/world.rss"))
    server.route("/world.rss", Route("world.rss"))
    fetched = await fetch(server, "/old.rss")
    assert (fetched.status, fetched.moved_to) == (200, f"{server.base}/world.rss")
    assert b"Levant Wire" in fetched.body


@pytest.mark.parametrize(
    ("location", "refused"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://127.0.0.2:9/feed.rss", "127.0.0.2 is a loopback address"),
        ("file:///etc/passwd", "scheme 'file' is not http or https"),
    ],
)
async def test_a_feeds_redirect_is_checked_like_a_pages(
    server: FeedServer, location: str, refused: str
) -> None:
    """The operator wrote the feed's url, not where its server sends the poller."""
    server.route("/world.rss", Route("world.rss", redirect=location))
    with pytest.raises(FetchRefused, match=refused):
        await fetch(server, "/world.rss")
