"""One feed request: conditional (``If-None-Match``, ``If-Modified-Since``), through the
guarded client, bounded in time and size.

The request goes through ``guard.follow.get``, as an article page's does: the same address
policy after DNS and at every redirect hop (the operator wrote the feed's url, but not where
its server redirects), redirects by hand up to ``NEWSEVENTS_FETCH_MAX_REDIRECTS``, a slot per
host (``NEWSEVENTS_FETCH_PER_HOST``). Here: the feed's validators and Accept header, the body
read up to ``max_bytes`` once decompressed (``guard.body``: a gzip bomb is refused at its
real size), one deadline for the whole exchange (httpx's timeouts are per read, so a server
dribbling a byte a second would never time out), and the outcome sorted into ``Fetched`` (200
or 304) or the ``FetchFailed`` of ``errors.py`` that says why (with the status and the
server's ``Retry-After``). No retry: a failed feed waits for its next poll (``backoff.py``).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from ...errors import FetchFailed, FetchHttpError, FetchTimeout, PageTooLarge
from ..guard.body import BodyTooLarge, BodyUnreadable, read_body
from ..guard.follow import Answer, HostSlots, get
from ..guard.headers import retry_after_s
from .items import FeedUnreadable

__all__ = ["FetchFailed", "Fetched", "Validators", "fetch_feed"]

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


async def fetch_feed(
    client: httpx.AsyncClient,
    url: str,
    validators: Validators,
    *,
    hosts: HostSlots,
    max_redirects: int,
    timeout_s: float,
    max_bytes: int,
) -> Fetched:
    """GET ``url`` conditionally; raises a ``FetchFailed`` or ``FeedUnreadable`` (a body that
    does not decode)."""
    headers = {"Accept": _ACCEPT, **validators.headers()}
    try:
        async with (
            asyncio.timeout(timeout_s),
            get(client, url, hosts=hosts, max_redirects=max_redirects, headers=headers) as answer,
        ):
            status = answer.status
            if status == 304:
                return _fetched(answer, b"", validators)
            if status != 200:
                raise FetchHttpError(
                    f"HTTP {status}{answer.where}",
                    url,
                    status=status,
                    retry_after_s=retry_after_s(answer.response.headers.get("retry-after")),
                )
            try:
                body = await read_body(answer.response, max_bytes)
            except BodyTooLarge as error:
                raise PageTooLarge(f"{error}{answer.where}", url, status=200) from None
            except BodyUnreadable as error:
                raise FeedUnreadable(f"{error}{answer.where}") from None
            return _fetched(answer, body, validators)
    except TimeoutError:
        raise FetchTimeout(f"no complete answer within {timeout_s:g} s", url) from None


def _fetched(answer: Answer, body: bytes, sent: Validators) -> Fetched:
    headers = answer.response.headers
    if answer.status == 304:
        # A 304 may repeat the validators or leave them out: keep the ones sent.
        validators = Validators(
            etag=headers.get("ETag") or sent.etag,
            last_modified=headers.get("Last-Modified") or sent.last_modified,
        )
    else:
        validators = Validators(
            etag=headers.get("ETag"), last_modified=headers.get("Last-Modified")
        )
    return Fetched(
        status=answer.status,
        body=body,
        url=answer.url,
        content_type=headers.get("Content-Type"),
        validators=validators,
        moved_to=answer.url if answer.moved_permanently else None,
    )
