"""One page fetched within its limits, from a real HTTP server on 127.0.0.1 (tests/pages/)."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator, Iterator

import pytest

from newsevents.errors import (
    FetchHttpError,
    FetchRefused,
    FetchTimeout,
    FetchUnreachable,
    NotHtml,
    PageTooLarge,
    TooManyRedirects,
)
from newsevents.web.guard.addresses import AddressPolicy
from newsevents.web.guard.client import FetchOptions, guarded_client
from newsevents.web.pages.fetch import Fetcher
from tests.web_server import PageServer, page_server

LOCAL = AddressPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),))


class _Seen:
    """The fetcher's observer: statuses, bytes and fetch times, as told."""

    def __init__(self) -> None:
        self.statuses: list[int] = []
        self.bytes = 0
        self.fetches = 0

    def fetch_response(self, status: int) -> None:
        self.statuses.append(status)

    def fetch_bytes_read(self, count: int) -> None:
        self.bytes += count

    def fetch_finished(self, seconds: float) -> None:
        self.fetches += 1


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def _options(**changes: object) -> FetchOptions:
    base: dict[str, object] = {
        "policy": LOCAL,
        "read_timeout_s": 1.0,
        "total_timeout_s": 20.0,
        "retries": 2,
        "backoff_max_s": 0.05,
        "max_bytes": 1_000_000,
    }
    return FetchOptions(**{**base, **changes})  # type: ignore[arg-type]


@pytest.fixture
async def fetch() -> AsyncIterator[tuple[Fetcher, _Seen]]:
    seen = _Seen()
    options = _options()
    async with guarded_client(options) as client:
        yield Fetcher(client, options, seen), seen


async def test_a_page_is_fetched_with_its_charset(
    server: PageServer, fetch: tuple[Fetcher, _Seen]
) -> None:
    fetcher, seen = fetch
    page = await fetcher.get_html(server.url("/article"))
    assert page.status == 200 and page.charset == "utf-8"
    assert b"Islamic State militants attacked an Iraqi army checkpoint" in page.content
    assert seen.statuses == [200] and seen.bytes == len(page.content) and seen.fetches == 1


async def test_the_default_policy_refuses_the_local_server(server: PageServer) -> None:
    before = server.hits["/article"]
    options = _options(policy=AddressPolicy())
    async with guarded_client(options) as client:
        with pytest.raises(FetchRefused) as refused:
            await Fetcher(client, options).get_html(server.url("/article"))
    assert "127.0.0.1 is a loopback address" in str(refused.value)
    assert refused.value.url == server.url("/article")
    assert server.hits["/article"] == before  # no request reached it


async def test_redirects_are_followed_and_each_hop_checked(
    server: PageServer, fetch: tuple[Fetcher, _Seen]
) -> None:
    fetcher, seen = fetch
    page = await fetcher.get_html(server.url("/moved"))
    assert page.url == server.url("/article") and seen.statuses == [301, 200]


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("/to-metadata", FetchRefused, "169.254.169.254 is a link-local address"),
        ("/to-loopback", FetchRefused, "127.0.0.2 is a loopback address"),
        ("/to-file", FetchRefused, "scheme 'file' is not http or https"),
        ("/loop-a", TooManyRedirects, "redirect loop: http://127.0.0.1:{port}/loop-a -> "),
        ("/chain/6", TooManyRedirects, "more than 5 redirects"),
        ("/pdf", NotHtml, "Content-Type application/pdf"),
        ("/huge", PageTooLarge, "more than 1000000 bytes"),
        ("/huge-declared", PageTooLarge, "Content-Length 50000000, the limit is 1000000"),
        ("/gone", FetchHttpError, "HTTP 404"),
        ("/always-503", FetchHttpError, "HTTP 503"),
    ],
)
async def test_each_failure_names_its_reason_and_the_url(
    server: PageServer,
    fetch: tuple[Fetcher, _Seen],
    path: str,
    error: type[Exception],
    reason: str,
) -> None:
    fetcher, _ = fetch
    with pytest.raises(error) as failed:
        await fetcher.get_html(server.url(path))
    assert reason.format(port=server.port) in str(failed.value)
    assert str(failed.value).endswith(f"({server.url(path)})")


async def test_a_redirect_to_a_refused_address_is_refused_before_connecting(
    server: PageServer, fetch: tuple[Fetcher, _Seen]
) -> None:
    """127.0.0.1 is allowed, 127.0.0.2 is not: the hop is refused (nothing listens there, so a
    connection attempt would have failed as FetchUnreachable instead)."""
    fetcher, seen = fetch
    with pytest.raises(
        FetchRefused, match=r"127\.0\.0\.2: refused: 127\.0\.0\.2 is a loopback address"
    ):
        await fetcher.get_html(server.url("/to-loopback"))
    assert seen.statuses == [302]


async def test_503_then_200_is_retried_once(server: PageServer) -> None:
    seen = _Seen()
    options = _options()
    async with guarded_client(options) as client:
        page = await Fetcher(client, options, seen).get_html(server.url("/flaky"))
    assert b"Tuz Khurmatu" in page.content
    assert seen.statuses == [503, 200]
    assert server.hits["/flaky"] == 2


async def test_503_is_retried_as_configured_then_fails(server: PageServer) -> None:
    before = server.hits["/always-503"]
    options = _options(retries=3)
    async with guarded_client(options) as client:
        with pytest.raises(FetchHttpError, match="HTTP 503"):
            await Fetcher(client, options).get_html(server.url("/always-503"))
    assert server.hits["/always-503"] - before == 4


async def test_a_silent_server_times_out_after_the_retries(server: PageServer) -> None:
    before = server.hits["/slow"]
    options = _options(read_timeout_s=0.3, retries=1)
    async with guarded_client(options) as client:
        with pytest.raises(FetchTimeout, match="ReadTimeout"):
            await Fetcher(client, options).get_html(server.url("/slow"))
    assert server.hits["/slow"] - before == 2


async def test_the_total_timeout_bounds_the_whole_fetch(server: PageServer) -> None:
    options = _options(read_timeout_s=10.0, total_timeout_s=0.5)
    async with guarded_client(options) as client:
        with pytest.raises(FetchTimeout, match=r"no page within 0.5 s"):
            await Fetcher(client, options).get_html(server.url("/slow"))


async def test_time_queued_for_a_slot_does_not_count_towards_the_deadline(
    server: PageServer,
) -> None:
    """One request at a time to the host: two silent pages take their whole second each, one
    after the other, and the article queued behind both still gets its second. (Counted, the
    queue would have spent every deadline by the time the first page gave up.)"""
    before = server.hits["/slow"]
    options = _options(read_timeout_s=10.0, total_timeout_s=1.0, per_host=1, retries=0)
    async with guarded_client(options) as client:
        fetcher = Fetcher(client, options)
        silent = [asyncio.create_task(fetcher.get_html(server.url("/slow"))) for _ in range(2)]
        async with asyncio.timeout(30):
            while server.hits["/slow"] == before:
                await asyncio.sleep(0.01)
        page = await fetcher.get_html(server.url("/article"))
        for task in silent:
            with pytest.raises(FetchTimeout, match=r"no page within 1 s"):
                await task
    assert page.url == server.url("/article") and b"Tuz Khurmatu" in page.content
    assert server.hits["/slow"] - before == 2  # each was asked, in turn


async def test_nothing_listening_is_unreachable_after_the_retries() -> None:
    options = _options(retries=1)
    async with guarded_client(options) as client:
        with pytest.raises(FetchUnreachable):
            await Fetcher(client, options).get_html("http://127.0.0.1:9/closed")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://news.example/a.html", "scheme 'ftp' is not http or https"),
        ("file:///etc/passwd", "scheme 'file' is not http or https"),
        ("gopher://127.0.0.1:70/", "scheme 'gopher' is not http or https"),
        ("http:///no-host", "the url has no host"),
    ],
)
async def test_only_http_and_https_urls_are_fetched(url: str, reason: str) -> None:
    options = _options()
    async with guarded_client(options) as client:
        with pytest.raises(FetchRefused, match=reason):
            await Fetcher(client, options).get_html(url)


def test_backoff_is_capped_and_jittered() -> None:
    options = _options(backoff_max_s=4.0)
    fetcher = Fetcher(None, options, jitter=lambda: 1.0)  # type: ignore[arg-type]
    assert [fetcher._backoff(n, None) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert fetcher._backoff(0, 3.0) == 3.0 and fetcher._backoff(0, 60.0) == 4.0
    halved = Fetcher(None, options, jitter=lambda: 0.5)  # type: ignore[arg-type]
    assert halved._backoff(2, None) == 1.0
