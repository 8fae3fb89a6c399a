"""One GET through the guard: the per-host slots and the site of a url (redirects, loops and
refusals at a hop are tested through both callers: tests/unit/web/pages/test_fetch.py and
tests/unit/web/feeds/test_fetch.py)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from newsevents.web.guard.follow import HostSlots, site_of


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://News.Example/a", "news.example"),
        ("http://news.example:80/a", "news.example"),
        ("http://127.0.0.1:8080/a", "127.0.0.1:8080"),
        ("https://bücher.example/a", "xn--bcher-kva.example"),
    ],
)
def test_site_of(url: str, site: str) -> None:
    assert site_of(httpx.URL(url)) == site


async def test_one_host_gets_at_most_its_limit() -> None:
    slots = HostSlots(1)
    order: list[str] = []
    gate = asyncio.Event()

    async def hold(host: str, name: str) -> None:
        async with slots.slot(host):
            order.append(name)
            await gate.wait()

    first = asyncio.create_task(hold("a.example", "a1"))
    second = asyncio.create_task(hold("a.example", "a2"))
    other = asyncio.create_task(hold("b.example", "b1"))
    async with asyncio.timeout(30):
        while len(order) < 2:
            await asyncio.sleep(0.01)
    assert sorted(order) == ["a1", "b1"]  # a2 waits for a1's slot
    gate.set()
    await asyncio.gather(first, second, other)
    assert order[-1] == "a2" and len(slots) == 0
