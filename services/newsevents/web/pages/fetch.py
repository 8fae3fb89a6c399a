"""One article page, fetched within its limits: retries, HTML only, one deadline.

``Fetcher.get_html(url)`` returns the HTML of the page at ``url`` or raises a ``FetchFailed``
that says why, naming ``url`` (and the hop that failed, after a redirect). The request itself
goes through ``guard.follow.get`` (address policy after DNS and at every hop, redirects by
hand, a slot per host: ``FetchRefused``, ``TooManyRedirects``, ``FetchTimeout``,
``FetchUnreachable``); here:

* timeouts, failed connections, 408, 429 and 5xx are retried ``retries`` times with capped
  exponential backoff and full jitter (a ``Retry-After`` within the cap is obeyed), then fail
  as ``FetchTimeout``, ``FetchUnreachable`` or ``FetchHttpError``; other 4xx fail at once;
* a page must be HTML (its Content-Type, or its first bytes without one: ``NotHtml``; so is
  a body in an encoding that was not offered or that does not decompress) and at most
  ``max_bytes`` once decompressed (``guard.body``: ``PageTooLarge``);
* the whole of it, backoff waits included, within ``total_timeout_s`` (``FetchTimeout``);
  the time spent queueing for a slot (``concurrency`` requests in all, ``per_host`` to one
  host, both held per request and per hop, not during a backoff) does not count: a queue is
  not a failure of the page.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

import httpx
import structlog

from ...errors import (
    FetchFailed,
    FetchHttpError,
    FetchTimeout,
    FetchUnreachable,
    NotHtml,
    PageTooLarge,
)
from ..guard.body import BodyTooLarge, BodyUnreadable, read_body
from ..guard.client import FetchOptions
from ..guard.follow import Answer, HostSlots, get
from ..guard.headers import content_type, retry_after_s

__all__ = ["FetchObserver", "Fetcher", "Page"]

log = structlog.get_logger(__name__)

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


def _transient(failure: FetchFailed) -> bool:
    if isinstance(failure, FetchTimeout | FetchUnreachable):
        return True
    status = failure.status if isinstance(failure, FetchHttpError) else None
    return status is not None and (status in (408, 429) or status >= 500)


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
        self._hosts = HostSlots(options.per_host, options.concurrency)

    async def get_html(self, url: str) -> Page:
        started = time.monotonic()
        try:
            async with asyncio.timeout(self._options.total_timeout_s) as deadline:
                return await self._with_retries(url, _Stopped(deadline))
        except TimeoutError:
            raise FetchTimeout(
                f"no page within {self._options.total_timeout_s:g} s (retries included)", url
            ) from None
        finally:
            if self._observer is not None:
                self._observer.fetch_finished(time.monotonic() - started)

    async def _with_retries(self, url: str, deadline: _Stopped) -> Page:
        attempt = 0
        while True:
            try:
                return await self._once(url, deadline)
            except FetchFailed as failure:
                if not _transient(failure) or attempt >= self._options.retries:
                    raise
                delay = self._backoff(attempt, failure.retry_after_s)
                log.info(
                    "fetch_retry",
                    url=url,
                    error=failure.reason,
                    attempt=attempt + 1,
                    backoff_s=round(delay, 3),
                )
                attempt += 1
                await self._sleep(delay)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        cap = self._options.backoff_max_s
        if retry_after is not None:
            return min(max(retry_after, 0.0), cap)
        # Full jitter: replicas that failed together do not come back together.
        return self._jitter() * min(cap, self._options.backoff_first_s * 2.0**attempt)

    async def _once(self, url: str, deadline: _Stopped) -> Page:
        observer = self._observer
        async with get(
            self._client,
            url,
            hosts=self._hosts,
            max_redirects=self._options.max_redirects,
            on_status=observer.fetch_response if observer is not None else None,
            queued=deadline.stopped,
        ) as answer:
            return await self._page(answer, url)

    async def _page(self, answer: Answer, url: str) -> Page:
        status, where, headers = answer.status, answer.where, answer.response.headers
        if not 200 <= status < 300:
            text = f"HTTP {status}" + (" without a Location" if 300 <= status < 400 else "")
            raise FetchHttpError(
                f"{text}{where}",
                url,
                status=status,
                retry_after_s=retry_after_s(headers.get("retry-after")),
            )
        media, charset = content_type(headers.get("content-type"))
        if media is not None and media not in _HTML_TYPES:
            raise NotHtml(f"Content-Type {media}{where}", url)
        observer = self._observer
        try:
            content = await read_body(
                answer.response,
                self._options.max_bytes,
                observer.fetch_bytes_read if observer is not None else None,
            )
        except BodyTooLarge as error:
            raise PageTooLarge(f"{error}{where}", url) from None
        except BodyUnreadable as error:
            raise NotHtml(f"{error}{where}", url) from None
        if media is None and not _looks_like_html(content[:_SNIFF_BYTES]):
            raise NotHtml(f"no Content-Type and not HTML{where}", url)
        return Page(answer.url, status, content, charset)


class _Stopped:
    """A fetch's deadline, stopped while the fetch queues for a slot and resumed with what was
    left of it."""

    def __init__(self, deadline: asyncio.Timeout) -> None:
        self._deadline = deadline

    @contextlib.contextmanager
    def stopped(self) -> Iterator[None]:
        deadline, loop = self._deadline, asyncio.get_running_loop()
        when = deadline.when()
        if when is None or deadline.expired():
            yield
            return
        left = when - loop.time()
        deadline.reschedule(None)
        try:
            yield
        finally:
            if not deadline.expired():
                deadline.reschedule(loop.time() + left)


def _looks_like_html(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html")) or b"<body" in text or b"<head" in text
