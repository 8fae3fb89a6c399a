"""The connection half of the guard: resolve once, check, connect to the checked address."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import httpcore
import httpx
import pytest

from newsevents.web.guard.addresses import AddressPolicy, AddressRefused, IPAddress
from newsevents.web.guard.transport import GuardedBackend, GuardedTransport


class _Recorder(httpcore.AsyncNetworkBackend):
    """An inner backend that records where it was asked to connect and connects nowhere."""

    def __init__(self) -> None:
        self.connected: list[tuple[str, int]] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.connected.append((host, port))
        return httpcore.AsyncMockStream([])


def _resolver(*answers: list[str]) -> tuple[list[str], object]:
    """A resolver answering each call with the next list (a rebinding name's answers)."""
    asked: list[str] = []
    pending = list(answers)

    async def resolve(host: str, port: int) -> list[IPAddress]:
        asked.append(host)
        return [ipaddress.ip_address(a) for a in pending.pop(0)]

    return asked, resolve


async def test_the_connection_goes_to_the_address_that_was_checked() -> None:
    """One lookup; the inner backend gets the address literal, never the name again (a
    rebinding name's second answer, 127.0.0.1, is never asked for)."""
    asked, resolve = _resolver(["93.184.216.34"], ["127.0.0.1"])
    inner = _Recorder()
    backend = GuardedBackend(AddressPolicy(), inner, resolve)  # type: ignore[arg-type]
    await backend.connect_tcp("news.example", 443)
    assert asked == ["news.example"]
    assert inner.connected == [("93.184.216.34", 443)]


@pytest.mark.parametrize(
    ("host", "answer", "reason"),
    [
        ("rebind.example", ["127.0.0.1"], "rebind.example: refused: 127.0.0.1 is a loopback"),
        ("meta.example", ["169.254.169.254"], "meta.example: refused: 169.254.169.254 is a link"),
        ("mapped.example", ["::ffff:127.0.0.1"], "mapped.example: refused: ::ffff:"),
        ("inside.example", ["10.0.0.8"], "inside.example: refused: 10.0.0.8 is a private"),
    ],
)
async def test_a_name_resolving_to_a_refused_address_gets_no_connection(
    host: str, answer: list[str], reason: str
) -> None:
    _, resolve = _resolver(answer)
    inner = _Recorder()
    backend = GuardedBackend(AddressPolicy(), inner, resolve)  # type: ignore[arg-type]
    with pytest.raises(AddressRefused) as refused:
        await backend.connect_tcp(host, 80)
    assert str(refused.value).startswith(reason)
    assert inner.connected == []


@pytest.mark.parametrize("literal", ["127.0.0.1", "::1", "[::1]", "169.254.169.254", "10.0.0.1"])
async def test_address_literals_are_checked_without_a_lookup(literal: str) -> None:
    asked, resolve = _resolver()
    inner = _Recorder()
    backend = GuardedBackend(AddressPolicy(), inner, resolve)  # type: ignore[arg-type]
    with pytest.raises(AddressRefused):
        await backend.connect_tcp(literal, 80)
    assert asked == [] and inner.connected == []


async def test_localhost_is_refused_through_the_system_resolver() -> None:
    """The real resolver: ``localhost`` resolves to loopback addresses."""
    inner = _Recorder()
    with pytest.raises(AddressRefused, match=r"localhost: refused: .* is a loopback address"):
        await GuardedBackend(AddressPolicy(), inner).connect_tcp("localhost", 80)
    assert inner.connected == []


async def test_the_httpx_client_goes_through_the_guarded_backend() -> None:
    """GuardedTransport replaces httpx's pool: should httpx stop using ``_pool``, a request
    would reach 127.0.0.1 unchecked and this test would fail."""
    inner = _Recorder()
    transport = GuardedTransport(GuardedBackend(AddressPolicy(), inner), http2=True)
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(AddressRefused, match=r"127\.0\.0\.1 is a loopback address"):
            await client.get("http://127.0.0.1:9/")
        with pytest.raises(AddressRefused, match=r"169\.254\.169\.254 is a link-local address"):
            await client.get("https://169.254.169.254/latest/meta-data/")
    assert inner.connected == []
