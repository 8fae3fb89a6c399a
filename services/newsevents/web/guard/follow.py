"""One GET through the guarded client: a slot per host, redirects followed by hand.

``get(client, url, ...)`` yields the first answer that is not a redirect, its body not read
yet (``body.read_body`` reads it within a cap), and raises the failure that says why there is
none, naming ``url`` (and the hop that failed, after a redirect):

* only http and https, at every hop, and only to addresses the guard allows (``transport.py``
  raises where the connection is opened, so after DNS and at every hop): ``FetchRefused``;
* redirects (301, 302, 303, 307, 308) followed up to ``max_redirects``; a hop seen before is a
  loop: ``TooManyRedirects``;
* no answer in time (connect, read, pool): ``FetchTimeout``; a name that does not resolve, a
  refused or reset connection, a protocol error: ``FetchUnreachable``;
* at most ``HostSlots``' limit of requests at once to one host (``host:port``), and of
  requests in all when it has one, per hop: a request waits for its host's slot before it
  takes one of all, so requests queued for a slow host do not hold the slots of others.

What a status means, retries and overall deadlines are the caller's: the page fetcher retries
transient failures (``pages/fetch.py``), the feed poller backs off until the next poll
(``feeds/backoff.py``). Both use this one function, so the address policy, the redirect rules
and the limits are the same for an article's page and for a feed (whose url the operator
wrote, but whose redirects come from outside).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

import httpx

from ...errors import FetchRefused, FetchTimeout, FetchUnreachable, TooManyRedirects
from .addresses import SCHEMES, AddressRefused

__all__ = ["REDIRECTS", "Answer", "HostSlots", "checked_url", "get", "site_of"]

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True)
class Answer:
    response: httpx.Response  # streamed: its body is read by the caller, inside ``get``
    url: str  # the hop that answered
    where: str  # "" at the url asked for, " at <hop>" after a redirect (for messages)
    hops: list[tuple[str, int]] = field(default_factory=list)  # redirects: (url, status)

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def moved_permanently(self) -> bool:
        """A 301 or 308 on the way: the url asked for has moved for good."""
        return any(status in (301, 308) for _, status in self.hops)


Queued = Callable[[], AbstractContextManager[None]]  # around the wait for a slot


class HostSlots:
    """A semaphore per site (``host:port``), dropped when no request to it waits or runs, so
    a service that fetches from many hosts does not keep one per host it ever saw; and, with
    ``total``, one over all sites, taken only once the site's slot is held (the other order
    lets the requests queued for one slow host take every slot of all)."""

    def __init__(self, limit: int, total: int | None = None) -> None:
        self._limit = limit
        self._slots: dict[str, tuple[asyncio.Semaphore, int]] = {}
        self._total = asyncio.Semaphore(total) if total is not None else None

    @contextlib.asynccontextmanager
    async def slot(self, site: str, queued: Queued | None = None) -> AsyncIterator[None]:
        """Hold a slot of ``site`` (and of all); ``queued()`` is entered while waiting."""
        semaphore, users = self._slots.get(site, (asyncio.Semaphore(self._limit), 0))
        self._slots[site] = (semaphore, users + 1)
        try:
            async with contextlib.AsyncExitStack() as held:
                with queued() if queued is not None else contextlib.nullcontext():
                    await held.enter_async_context(semaphore)
                    if self._total is not None:
                        await held.enter_async_context(self._total)
                yield
        finally:
            semaphore, users = self._slots[site]
            if users == 1:
                del self._slots[site]
            else:
                self._slots[site] = (semaphore, users - 1)

    def __len__(self) -> int:
        return len(self._slots)


def site_of(url: httpx.URL) -> str:
    """``host`` or ``host:port`` (no default port), the host in its ASCII form."""
    host = url.raw_host.decode("ascii")
    return host if url.port is None else f"{host}:{url.port}"


def checked_url(text: str, url: str) -> httpx.URL:
    """``text`` parsed, if http(s) with a host; else ``FetchRefused`` naming ``url``."""
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise FetchRefused(f"invalid url: {error}", url) from None
    if parsed.scheme not in SCHEMES:
        raise FetchRefused(f"scheme {parsed.scheme or '(none)'!r} is not http or https", url)
    if not parsed.host:
        raise FetchRefused("the url has no host", url)
    return parsed


@contextlib.asynccontextmanager
async def get(
    client: httpx.AsyncClient,
    url: str,
    *,
    hosts: HostSlots,
    max_redirects: int,
    headers: Mapping[str, str] | None = None,
    on_status: Callable[[int], None] | None = None,
    queued: Queued | None = None,
) -> AsyncIterator[Answer]:
    """GET ``url`` (``headers`` added to the client's), following redirects; yields the answer
    (read its body inside the ``async with``). ``on_status`` is told every status, hops too;
    ``queued()`` is entered while a hop waits for its slots."""
    current = checked_url(url, url)
    seen = [str(current)]
    hops: list[tuple[str, int]] = []
    for _ in range(max_redirects + 1):
        where = "" if str(current) == url else f" at {current}"
        with _named_failures(url, where):
            async with (
                hosts.slot(site_of(current), queued),
                client.stream("GET", current, headers=headers) as response,
            ):
                if on_status is not None:
                    on_status(response.status_code)
                location = response.headers.get("location")
                if response.status_code not in REDIRECTS or not location:
                    yield Answer(response, str(current), where, hops)
                    return
        try:
            following = checked_url(str(current.join(location)), url)
        except httpx.InvalidURL as error:
            raise FetchRefused(f"redirect to an invalid url: {error}", url) from None
        if str(following) in seen:
            chain = " -> ".join([*seen[seen.index(str(following)) :], str(following)])
            raise TooManyRedirects(f"redirect loop: {chain}", url)
        seen.append(str(following))
        hops.append((str(following), response.status_code))
        current = following
    raise TooManyRedirects(f"more than {max_redirects} redirects (last {seen[-1]})", url)


@contextlib.contextmanager
def _named_failures(url: str, where: str) -> Iterator[None]:
    """httpx's and the guard's exceptions, raised in the request or while the caller reads the
    body, as the fetch failures that name ``url``."""
    try:
        yield
    except AddressRefused as refused:
        raise FetchRefused(f"{refused}{where}", url) from None
    except httpx.TimeoutException as error:
        kind = type(error).__name__  # ConnectTimeout, ReadTimeout, WriteTimeout, PoolTimeout
        raise FetchTimeout(f"{kind}{where}", url) from None
    except httpx.UnsupportedProtocol as error:
        raise FetchRefused(f"unsupported url{where}: {error}", url) from None
    except httpx.TransportError as error:
        # Connection refused or reset, no such name, a protocol error mid-answer.
        text = str(error) or type(error).__name__
        raise FetchUnreachable(f"{text}{where}", url) from None
