"""The guarded httpx client: its options from the settings, and the factory.

``guarded_client(settings)`` is the one way this project builds an HTTP client for urls that
come from outside (article pages in the service and ``extract``, feeds in ``newsevents
feeds``): HTTP/2 where the server offers it, connections only to addresses the
``AddressPolicy`` allows (``transport.py``), no environment proxies, no automatic redirects
(``follow.py`` follows them, checking each hop), only the encodings ``body.py`` can decompress
by bounded steps, the connect and read timeouts, one User-Agent, and no cookies kept or sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import cast

import httpx

from ...config import Settings
from .addresses import AddressPolicy, parse_networks
from .body import ACCEPT_ENCODING
from .transport import GuardedBackend, GuardedTransport, Resolver, system_resolver

__all__ = ["FetchOptions", "guarded_client"]


def _default(name: str) -> object:
    """The default of the ``NEWSEVENTS_FETCH_*`` setting ``name`` (config.py holds each one)."""
    return Settings.model_fields[f"fetch_{name}"].default


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """What a fetch may do, read once from the ``NEWSEVENTS_FETCH_*`` settings (pages and
    feeds alike; retries and backoff are the page fetcher's, feeds wait for their next poll).
    The defaults are the settings' own."""

    policy: AddressPolicy = field(default_factory=AddressPolicy)
    user_agent: str = cast(str, _default("user_agent"))
    http2: bool = cast(bool, _default("http2"))
    concurrency: int = cast(int, _default("concurrency"))
    per_host: int = cast(int, _default("per_host"))
    connect_timeout_s: float = cast(float, _default("connect_timeout_s"))
    read_timeout_s: float = cast(float, _default("read_timeout_s"))
    total_timeout_s: float = cast(float, _default("total_timeout_s"))
    retries: int = cast(int, _default("retries"))
    backoff_first_s: float = 0.5  # not a setting: the first wait before a retry
    backoff_max_s: float = cast(float, _default("backoff_max_s"))
    max_redirects: int = cast(int, _default("max_redirects"))
    max_bytes: int = cast(int, _default("max_bytes"))

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchOptions:
        return cls(
            policy=AddressPolicy(
                allow_private=settings.fetch_allow_private,
                allow_networks=parse_networks(settings.fetch_allow_networks),
            ),
            user_agent=settings.fetch_user_agent,
            http2=settings.fetch_http2,
            concurrency=settings.fetch_concurrency,
            per_host=settings.fetch_per_host,
            connect_timeout_s=settings.fetch_connect_timeout_s,
            read_timeout_s=settings.fetch_read_timeout_s,
            total_timeout_s=settings.fetch_total_timeout_s,
            retries=settings.fetch_retries,
            backoff_max_s=settings.fetch_backoff_max_s,
            max_redirects=settings.fetch_max_redirects,
            max_bytes=settings.fetch_max_bytes,
        )


def guarded_client(
    options: FetchOptions | Settings, resolver: Resolver = system_resolver
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` whose every connection passes the address guard. Close it with
    ``await client.aclose()`` (or ``async with``)."""
    if isinstance(options, Settings):
        options = FetchOptions.from_settings(options)
    backend = GuardedBackend(options.policy, resolver=resolver)
    limits = httpx.Limits(
        max_connections=options.concurrency,
        max_keepalive_connections=options.concurrency,
        keepalive_expiry=30.0,
    )
    return httpx.AsyncClient(
        transport=GuardedTransport(backend, http2=options.http2, limits=limits),
        timeout=httpx.Timeout(
            connect=options.connect_timeout_s,
            read=options.read_timeout_s,
            write=options.read_timeout_s,
            pool=options.total_timeout_s,
        ),
        headers={
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Encoding": ACCEPT_ENCODING,
        },
        follow_redirects=False,
        trust_env=False,
        cookies=_no_cookies(),
    )


def _no_cookies() -> CookieJar:
    """A jar that refuses every cookie: the client lives as long as the process and reads
    pages from anywhere, so a jar that kept what they set would grow without bound (500
    cookies a page are not rare) and send one page's cookies with the next request to its site.
    No page or feed needs a session."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
