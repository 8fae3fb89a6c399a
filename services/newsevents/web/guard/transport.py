"""The connection half of the guard: resolve once, check, connect to the address checked.

Checking a url's host and then letting the client connect by name would resolve the name twice:
a name whose owner answers a public address to the check and 127.0.0.1 or 169.254.169.254 to
the connection (DNS rebinding) would get through. So the guard sits where httpcore opens
connections, in its network backend (``httpcore.AsyncConnectionPool(network_backend=...)``,
the seam httpcore offers for it): ``connect_tcp`` receives the url's host name, resolves it
(one ``getaddrinfo``), checks every address with the ``AddressPolicy`` and hands the inner
backend an address literal, which is connected without a second lookup. TLS is unaffected:
httpcore starts it on that stream with ``server_hostname`` set to the url's host, so SNI and
certificate verification are for the name, not the address. Each redirect hop is a new
request, so a hop to another host is resolved and checked again; a kept-alive connection is
reused only for the same scheme, host and port, whose address was checked when it was opened.

httpx builds its own pool with no way to pass a network backend, so ``GuardedTransport`` keeps
httpx's transport (its request and response mapping, its exception mapping) and replaces the
pool it made with one that has the guarded backend; a unit test fails should httpx stop using
``_pool``. Environment proxies are never used (``trust_env=False``): a proxy would connect in
our place, by name.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

from .addresses import AddressPolicy, AddressRefused, IPAddress

__all__ = ["GuardedBackend", "GuardedTransport", "Resolver", "system_resolver"]

Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """Every address of ``host`` (IPv4 and IPv6), as the system resolves it."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to addresses the policy allows, and
    only to the very addresses it checked."""

    def __init__(
        self,
        policy: AddressPolicy,
        inner: httpcore.AsyncNetworkBackend | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self._policy = policy
        self._inner = inner if inner is not None else httpcore.AnyIOBackend()
        self._resolve = resolver

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        literal = _literal(host)
        if literal is not None:
            addresses = self._policy.check(host, [literal])
        else:
            try:
                async with asyncio.timeout(timeout):
                    found = await self._resolve(host, port)
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
            except OSError as error:  # socket.gaierror: no such name, no answer
                raise httpcore.ConnectError(f"cannot resolve {host}: {error}") from None
            addresses = self._policy.check(host, found)
        last: Exception | None = None
        for address in addresses:  # the checked addresses, in the resolver's order
            try:
                return await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(path, "unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over a pool whose connections go through ``GuardedBackend``."""

    def __init__(
        self,
        backend: GuardedBackend,
        *,
        http2: bool = True,
        limits: httpx.Limits = httpx.Limits(),  # noqa: B008 (immutable)
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(http2=http2, limits=limits, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=http2,
            network_backend=backend,
        )
