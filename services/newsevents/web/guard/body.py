"""A response body within a size cap, decompressed by bounded steps.

The cap is on what the body *becomes*: a page or a feed is read whole into memory and then
parsed, so a 20 KB gzip body that inflates to 20 MB is a 20 MB body. httpx decodes a
``Content-Encoding`` itself, one network chunk at a time and without a limit per chunk
(``zlib.decompressobj().decompress(chunk)``): a 64 KB chunk of a gzip bomb (zeros compress
about 1,000 to 1) becomes 64 MB in one call, before any caller can count it. So the raw bytes
are read here (``aiter_raw``) and inflated with ``decompress(data, max_length)``, never asking
for more than one byte past what the cap still allows; the input zlib has not consumed yet
waits in ``unconsumed_tail`` for the next step. Memory stays within the cap plus one network
chunk, whatever the ratio.

Only ``gzip`` and ``deflate`` are offered (``ACCEPT_ENCODING``, sent by the guarded client):
zlib bounds them. httpx would also offer ``zstd`` (the zstandard package is installed for
replay archives), whose streaming decompressor has no output bound per call. A body in an
encoding we did not offer, stacked encodings, or corrupt compressed data raise
``BodyUnreadable``; more than the cap ``BodyTooLarge``.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import httpx

__all__ = ["ACCEPT_ENCODING", "BodyTooLarge", "BodyUnreadable", "Inflater", "read_body"]

ACCEPT_ENCODING = "gzip, deflate"


class BodyTooLarge(Exception):
    """The body (declared, or decoded so far) is over the cap; ``str`` says which."""


class BodyUnreadable(Exception):
    """An encoding that was not offered, or compressed data that does not decompress."""


_ENCODINGS = frozenset({"identity", "gzip", "x-gzip", "deflate"})


class Inflater:
    """Decodes one ``Content-Encoding`` (``identity``, ``gzip``, ``deflate``) step by step,
    each step giving at most ``room + 1`` bytes (one more than allowed says "too large")."""

    def __init__(self, encoding: str) -> None:
        if encoding not in _ENCODINGS:
            raise BodyUnreadable(
                f"Content-Encoding {encoding!r} (only gzip and deflate are accepted)"
            )
        self._encoding = encoding
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16) if "gzip" in encoding else None

    def feed(self, data: bytes, room: int) -> bytes:
        """``data`` decoded, at most ``room + 1`` bytes; input not decoded yet is kept."""
        if self._encoding == "identity":
            return data
        if self._zlib is None:  # deflate: zlib-wrapped as meant, or raw as some servers send
            if not data:
                return b""
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -15)
        try:
            return self._zlib.decompress(self._zlib.unconsumed_tail + data, room + 1)
        except zlib.error as error:
            raise BodyUnreadable(f"{self._encoding} data is corrupt: {error}") from None

    @property
    def pending(self) -> bool:
        """Input taken in and not decoded yet (more output comes without new data)."""
        return self._zlib is not None and bool(self._zlib.unconsumed_tail)

    def finish(self, room: int) -> bytes:
        if self._zlib is None:
            return b""
        try:
            return self._zlib.flush(room + 1)
        except zlib.error as error:  # pragma: no cover (zlib's flush rarely complains)
            raise BodyUnreadable(f"{self._encoding} data is corrupt: {error}") from None


def _zlib_header(data: bytes) -> bool:
    """A zlib stream starts with CMF (method 8, window <= 32 KB) and FLG, a multiple of 31."""
    return (
        len(data) >= 2
        and data[0] & 0x0F == 8
        and data[0] >> 4 <= 7
        and ((data[0] << 8) | data[1]) % 31 == 0
    )


async def read_body(
    response: httpx.Response,
    max_bytes: int,
    counted: Callable[[int], None] | None = None,
) -> bytes:
    """The decoded body of a streamed ``response``, at most ``max_bytes``; raises
    ``BodyTooLarge`` or ``BodyUnreadable``. ``counted(n)`` is told the decoded bytes read,
    also when reading failed."""
    encodings = [
        e.strip().lower()
        for e in response.headers.get("content-encoding", "").split(",")
        if e.strip() and e.strip().lower() != "identity"
    ]
    if len(encodings) > 1:
        raise BodyUnreadable(f"Content-Encoding {', '.join(encodings)} (stacked encodings)")
    inflater = Inflater(encodings[0] if encodings else "identity")
    declared = response.headers.get("content-length", "")
    if not encodings and declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge(f"Content-Length {declared}, the limit is {max_bytes}")
    parts: list[bytes] = []
    size = 0

    def take(piece: bytes) -> None:
        nonlocal size
        size += len(piece)
        if size > max_bytes:
            raise BodyTooLarge(f"more than {max_bytes} bytes")
        parts.append(piece)

    try:
        async for raw in response.aiter_raw():
            take(inflater.feed(raw, max_bytes - size))
            while inflater.pending:
                take(inflater.feed(b"", max_bytes - size))
        take(inflater.finish(max_bytes - size))
    finally:
        if counted is not None:
            counted(min(size, max_bytes + 1))
    return b"".join(parts)
