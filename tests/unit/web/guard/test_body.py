"""Bodies within their cap, decompressed by bounded steps, from a real local server."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from newsevents.web.guard.body import (
    ACCEPT_ENCODING,
    BodyTooLarge,
    BodyUnreadable,
    Inflater,
    read_body,
)
from tests.web_server import BOMB_BYTES, PAGES, PageServer, page_server

ARTICLE = (PAGES / "tuz-khurmatu-attack.html").read_bytes()


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(headers={"Accept-Encoding": ACCEPT_ENCODING}) as opened:
        yield opened


async def _read(client: httpx.AsyncClient, url: str, limit: int) -> bytes:
    async with client.stream("GET", url) as response:
        return await read_body(response, limit)


@pytest.mark.parametrize("path", ["/article", "/gzip", "/deflate-raw"])
async def test_the_article_whatever_its_encoding(
    client: httpx.AsyncClient, server: PageServer, path: str
) -> None:
    assert await _read(client, server.url(path), 1_000_000) == ARTICLE


async def test_a_gzip_bomb_is_refused_before_it_inflates_past_the_cap(
    client: httpx.AsyncClient, server: PageServer
) -> None:
    """64 MB behind 62 KB of gzip, a 1 MB cap: refused, and memory never held much more than
    the cap (httpx's own decoding inflates a whole network chunk at once: ~64 MB)."""
    limit = 1_000_000
    tracemalloc.start()
    try:
        with pytest.raises(BodyTooLarge, match=f"more than {limit} bytes"):
            await _read(client, server.url("/gzip-bomb"), limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * limit, f"peak {peak / 1e6:.1f} MB for a {limit / 1e6:g} MB cap"
    assert 60 * limit < BOMB_BYTES


async def test_an_encoding_not_offered_is_unreadable(
    client: httpx.AsyncClient, server: PageServer
) -> None:
    with pytest.raises(BodyUnreadable, match="Content-Encoding 'br'"):
        await _read(client, server.url("/brotli"), 1_000_000)


async def test_a_declared_length_over_the_cap_reads_nothing(
    client: httpx.AsyncClient, server: PageServer
) -> None:
    with pytest.raises(BodyTooLarge, match="Content-Length 50000000, the limit is 1000"):
        await _read(client, server.url("/huge-declared"), 1000)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gzip", gzip.compress(b"x" * 100_000)),
        ("deflate", zlib.compress(b"x" * 100_000)),
    ],
)
def test_each_step_gives_at_most_room_plus_one(encoding: str, data: bytes) -> None:
    inflater = Inflater(encoding)
    pieces = [inflater.feed(data, 999)]
    while inflater.pending:
        pieces.append(inflater.feed(b"", 999))
    pieces.append(inflater.finish(999))
    assert max(len(p) for p in pieces) == 1000
    assert b"".join(pieces) == b"x" * 100_000


def test_corrupt_gzip_is_unreadable() -> None:
    with pytest.raises(BodyUnreadable, match="gzip data is corrupt"):
        Inflater("gzip").feed(b"\x1f\x8b\x08\x00garbage-garbage", 1000)
