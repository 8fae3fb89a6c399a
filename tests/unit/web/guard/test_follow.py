"""One GET through the guard: the per-host slots and the site of a url (redirects, loops and
refusals at a hop are tested through both callers: tests/unit/web/pages/test_fetch.py and
tests/unit/web/feeds/test_fetch.py)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

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


async def test_the_slots_of_all_are_taken_after_the_host_s() -> None:
    """Two slots in all, one per host: a2 and a3 queue for a.example without taking a slot of
    all, so b1 runs beside a1; ``queued`` is entered by each request that had to wait."""
    slots = HostSlots(1, total=2)
    running: list[str] = []
    waits: list[str] = []
    gate = asyncio.Event()

    async def hold(host: str, name: str) -> None:
        @contextlib.contextmanager
        def queued() -> Iterator[None]:
            waits.append(f"{name} waits")
            yield
            waits.append(f"{name} got")

        async with slots.slot(host, queued):
            running.append(name)
            await gate.wait()

    tasks = [asyncio.create_task(hold("a.example", f"a{i}")) for i in (1, 2, 3)]
    for _ in range(10):
        await asyncio.sleep(0)
    tasks.append(asyncio.create_task(hold("b.example", "b1")))
    async with asyncio.timeout(30):
        while len(running) < 2:
            await asyncio.sleep(0.01)
    assert running == ["a1", "b1"]
    assert waits == ["a1 waits", "a1 got", "a2 waits", "a3 waits", "b1 waits", "b1 got"]
    tasks.append(asyncio.create_task(hold("c.example", "c1")))
    for _ in range(10):
        await asyncio.sleep(0)
    assert running == ["a1", "b1"], "c1 waits for a slot of all"
    gate.set()
    await asyncio.gather(*tasks)
    assert sorted(running) == ["a1", "a2", "a3", "b1", "c1"] and len(slots) == 0
