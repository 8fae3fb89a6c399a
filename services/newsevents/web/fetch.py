"""One page, fetched within its limits: redirects, retries, size, time, hosts.

``Fetcher.get_html(url)`` returns the HTML of the page at ``url`` or raises a ``FetchFailed``
that says why, naming ``url`` (and the hop that failed, after a redirect):

* only http and https, at every hop (``FetchRefused``), and only to addresses the guard allows
  (``transport.py``: raised where the connection is opened, so after DNS and at every hop);
* redirects (301, 302, 303, 307, 308) followed by hand, up to ``max_redirects``; a hop seen
  before is a loop (``TooManyRedirects``);
* timeouts, failed connections, 408, 429 and 5xx are retried ``retries`` times with capped
  exponential backoff and full jitter (a ``Retry-After`` within the cap is obeyed), then fail
  as ``FetchTimeout``, ``FetchUnreachable`` or ``FetchHttpError``; other 4xx fail at once;
* a page must be HTML (its Content-Type, or its first bytes without one: ``NotHtml``) and at
  most ``max_bytes`` (its Content-Length, then counted while it streams: ``PageTooLarge``);
* the whole of it, waits included, within ``total_timeout_s`` (``FetchTimeout``);
* at most ``per_host`` requests at once to one host.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import httpx
import structlog

from ..errors import (
    FetchFailed,
    FetchHttpError,
    FetchRefused,
    FetchTimeout,
    FetchUnreachable,
    NotHtml,
    PageTooLarge,
    TooManyRedirects,
)
from .addresses import SCHEMES, AddressRefused
from .client import FetchOptions

__all__ = ["FetchObserver", "Fetcher", "Page"]

log = structlog.get_logger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SNIFF_BYTES = 1024


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # where the HTML came from, after redirects
    status: int
    content: bytes
    charset: str | None  # from the Content-Type header, when it says


class FetchObserver(Protocol):
    """The service's metrics (observe/), told of every response and finished fetch."""

    def fetch_response(self, status: int) -> None: ...

    def fetch_bytes_read(self, count: int) -> None: ...

    def fetch_finished(self, seconds: float) -> None: ...


class _Retry(Exception):
    """A transient failure: retried, else raised as ``final``."""

    def __init__(self, final: FetchFailed, retry_after_s: float | None = None) -> None:
        super().__init__(str(final))
        self.final = final
        self.retry_after_s = retry_after_s


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


class _HostSlots:
    """A semaphore per host, dropped when no request to it is waiting or running."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._slots: dict[str, tuple[asyncio.Semaphore, int]] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        semaphore, users = self._slots.get(host, (asyncio.Semaphore(self._limit), 0))
        self._slots[host] = (semaphore, users + 1)
        try:
            async with semaphore:
                yield
        finally:
            semaphore, users = self._slots[host]
            if users == 1:
                del self._slots[host]
            else:
                self._slots[host] = (semaphore, users - 1)


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        options: FetchOptions,
        observer: FetchObserver | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._client = client
        self._options = options
        self._observer = observer
        self._sleep = sleep
        self._jitter = jitter
        self._hosts = _HostSlots(options.per_host)

    async def get_html(self, url: str) -> Page:
        started = time.monotonic()
        try:
            async with asyncio.timeout(self._options.total_timeout_s):
                return await self._follow(url)
        except TimeoutError:
            raise FetchTimeout(
                f"no page within {self._options.total_timeout_s:g} s (retries included)", url
            ) from None
        finally:
            if self._observer is not None:
                self._observer.fetch_finished(time.monotonic() - started)

    async def _follow(self, url: str) -> Page:
        current = _checked_url(url, url)
        seen = [str(current)]
        for _ in range(self._options.max_redirects + 1):
            result = await self._with_retries(current, url)
            if isinstance(result, Page):
                return result
            try:
                following = current.join(result.location)
            except httpx.InvalidURL as error:
                raise FetchRefused(f"redirect to an invalid url: {error}", url) from None
            following = _checked_url(str(following), url)
            if str(following) in seen:
                chain = " -> ".join([*seen[seen.index(str(following)) :], str(following)])
                raise TooManyRedirects(f"redirect loop: {chain}", url)
            seen.append(str(following))
            current = following
        raise TooManyRedirects(
            f"more than {self._options.max_redirects} redirects (last {seen[-1]})", url
        )

    async def _with_retries(self, target: httpx.URL, url: str) -> Page | _Redirect:
        attempt = 0
        while True:
            try:
                return await self._once(target, url)
            except _Retry as retry:
                if attempt >= self._options.retries:
                    raise retry.final from None
                delay = self._backoff(attempt, retry.retry_after_s)
                log.info(
                    "fetch_retry",
                    url=str(target),
                    error=str(retry.final),
                    attempt=attempt + 1,
                    backoff_s=round(delay, 3),
                )
                attempt += 1
                await self._sleep(delay)

    def _backoff(self, attempt: int, retry_after_s: float | None) -> float:
        cap = self._options.backoff_max_s
        if retry_after_s is not None:
            return min(max(retry_after_s, 0.0), cap)
        # Full jitter: replicas that failed together do not come back together.
        return self._jitter() * min(cap, self._options.backoff_first_s * 2.0**attempt)

    async def _once(self, target: httpx.URL, url: str) -> Page | _Redirect:
        where = "" if str(target) == url else f" at {target}"
        try:
            async with (
                self._hosts.slot(target.host),
                self._client.stream("GET", target) as response,
            ):
                return await self._answer(response, target, url, where)
        except AddressRefused as refused:
            raise FetchRefused(f"address refused: {refused}", url) from None
        except httpx.TimeoutException as error:
            kind = type(error).__name__  # ConnectTimeout, ReadTimeout, PoolTimeout
            raise _Retry(FetchTimeout(f"{kind}{where}", url)) from None
        except httpx.UnsupportedProtocol as error:
            raise FetchRefused(f"unsupported url{where}: {error}", url) from None
        except httpx.TransportError as error:
            # Connection refused or reset, no such name, a protocol error mid-answer.
            text = str(error) or type(error).__name__
            raise _Retry(FetchUnreachable(f"{text}{where}", url)) from None

    async def _answer(
        self, response: httpx.Response, target: httpx.URL, url: str, where: str
    ) -> Page | _Redirect:
        status = response.status_code
        if self._observer is not None:
            self._observer.fetch_response(status)
        if status in _REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise FetchHttpError(f"HTTP {status} without a Location{where}", url)
            return _Redirect(location)
        if status in (408, 429) or status >= 500:
            raise _Retry(
                FetchHttpError(f"HTTP {status}{where}", url),
                _retry_after(response.headers.get("retry-after")),
            )
        if not 200 <= status < 300:
            raise FetchHttpError(f"HTTP {status}{where}", url)
        media, charset = _content_type(response.headers.get("content-type"))
        if media is not None and media not in _HTML_TYPES:
            raise NotHtml(f"Content-Type {media}{where}", url)
        limit = self._options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise PageTooLarge(f"Content-Length {declared}, the limit is {limit}{where}", url)
        content = await self._read(response, limit, url, where)
        if media is None and not _looks_like_html(content[:_SNIFF_BYTES]):
            raise NotHtml(f"no Content-Type and not HTML{where}", url)
        return Page(str(target), status, content, charset)

    async def _read(self, response: httpx.Response, limit: int, url: str, where: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise PageTooLarge(f"more than {limit} bytes{where}", url)
                chunks.append(chunk)
        finally:
            if self._observer is not None:
                self._observer.fetch_bytes_read(size)
        return b"".join(chunks)


def _checked_url(text: str, url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise FetchRefused(f"invalid url: {error}", url) from None
    if parsed.scheme not in SCHEMES:
        raise FetchRefused(f"scheme {parsed.scheme or '(none)'!r} is not http or https", url)
    if not parsed.host:
        raise FetchRefused("the url has no host", url)
    return parsed


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return media.strip().lower() or None, charset


def _looks_like_html(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html")) or b"<body" in text or b"<head" in text


def _retry_after(header: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (a number, or an HTTP date)."""
    if not header:
        return None
    if header.strip().isdigit():
        return float(header.strip())
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()
