"""`kill -9` of `newsevents run`: its extraction workers die with it (issue 12, item 2).

Before the fix the spawned workers outlived the service for ever: an idle worker waits on its call
queue, whose write end it holds itself, so it never sees an end of file.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import pytest

from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.service_process import service_env
from tests.integration.workload import fresh_topics
from tests.processes import pool_workers, wait_until_gone

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

WORKERS = 2
GONE_DEADLINE_S = 60.0  # generous: a loaded machine; the fix takes well under a second


async def test_workers_die_when_the_service_is_killed(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    topics = await fresh_topics(kafka_bootstrap, "lifetime", partitions=1)
    service = service_process(service_env(kafka_bootstrap, **topics.env(), workers=WORKERS))
    await service.start()
    assert service.pid is not None

    deadline = time.monotonic() + 60
    workers = pool_workers(service.pid)
    while len(workers) < WORKERS and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        workers = pool_workers(service.pid)
    assert len(workers) == WORKERS, f"workers of {service.pid}: {workers}\n{service.tail()}"

    os.kill(service.pid, signal.SIGKILL)  # the service only, not its process group
    assert await service.wait(30) == -signal.SIGKILL
    killed_at = time.monotonic()
    left = await wait_until_gone(workers, GONE_DEADLINE_S)
    record_figures("worker lifetime", {"workers_gone_s": round(time.monotonic() - killed_at, 2)})
    assert not left, f"workers still running {GONE_DEADLINE_S:g} s after the kill: {left}"
