"""One feed request: conditional (``If-None-Match``, ``If-Modified-Since``), bounded in time and
size, over an ``httpx.AsyncClient`` the caller owns.

The client decides redirects, HTTP/2 and which addresses may be reached (the service's guarded
client, or ``default_client``); this module adds the feed's validators and the User-Agent,
reads the body up to ``max_bytes`` (decoded: a gzip bomb counts at its real size) within one
deadline for the whole exchange (httpx's own timeouts are per read, so a server dribbling a
byte a second would never time out), and sorts the outcome into ``Fetched`` (200 or 304) or
``FetchFailed`` with a short reason and the server's ``Retry-After``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from .backoff import retry_after_s

__all__ = ["FetchFailed", "Fetched", "Validators", "default_client", "fetch_feed"]

# Feed formats first; */* last, since some servers send RSS as text/html or octet-stream.
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies its current version of the feed."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200, or 304 (not modified: ``body`` is empty)
    body: bytes
    url: str  # after redirects
    content_type: str | None
    validators: Validators
    moved_to: str | None = None  # a permanent redirect's target: update the feeds file

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchFailed(Exception):
    """The feed could not be read this time; ``reason`` in a few words (``http 503``,
    ``timeout``, ``too large``...), ``status`` when the server answered."""

    def __init__(
        self, reason: str, status: int | None = None, retry_after_s: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after_s = retry_after_s


def default_client(user_agent: str, timeout_s: float) -> httpx.AsyncClient:
    """A client for operator-configured feed URLs: HTTP/2 where offered, five redirects."""
    return httpx.AsyncClient(
        http2=True,
        follow_redirects=True,
        max_redirects=5,
        timeout=httpx.Timeout(timeout_s),
        headers={"User-Agent": user_agent},
    )


async def fetch_feed(
    client: httpx.AsyncClient,
    url: str,
    validators: Validators,
    *,
    user_agent: str,
    timeout_s: float,
    max_bytes: int,
) -> Fetched:
    """GET ``url`` conditionally; raises ``FetchFailed``."""
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT, **validators.headers()}
    try:
        async with asyncio.timeout(timeout_s):
            async with client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return _fetched(response, b"", validators)
                if response.status_code != 200:
                    raise FetchFailed(
                        f"http {response.status_code}",
                        status=response.status_code,
                        retry_after_s=retry_after_s(response.headers.get("Retry-After")),
                    )
                return _fetched(response, await _body(response, max_bytes), validators)
    except TimeoutError:
        raise FetchFailed(f"timeout after {timeout_s:g} s") from None
    except httpx.TooManyRedirects:
        raise FetchFailed("too many redirects") from None
    except httpx.HTTPError as error:
        raise FetchFailed(f"{type(error).__name__}: {error}"[:300]) from None


async def _body(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchFailed(f"too large: {declared} bytes declared, limit {max_bytes}", status=200)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed(f"too large: over {max_bytes} bytes", status=200)
        chunks.append(chunk)
    return b"".join(chunks)


def _fetched(response: httpx.Response, body: bytes, sent: Validators) -> Fetched:
    moved_to = None
    for hop in response.history:
        if hop.status_code in (301, 308):
            moved_to = str(response.url)
    if response.status_code == 304:
        # A 304 may repeat the validators or leave them out: keep the ones sent.
        validators = Validators(
            etag=response.headers.get("ETag") or sent.etag,
            last_modified=response.headers.get("Last-Modified") or sent.last_modified,
        )
    else:
        validators = Validators(
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )
    return Fetched(
        status=response.status_code,
        body=body,
        url=str(response.url),
        content_type=response.headers.get("Content-Type"),
        validators=validators,
        moved_to=moved_to,
    )
