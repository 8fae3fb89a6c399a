"""Workers die with their parent: each guard alone, with real processes, and the pool's workers
carry the kernel's guard."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from newsevents.stream.pool.extractor_pool import ExtractorPool
from newsevents.stream.pool.worker_lifetime import parent_death_signal
from tests.processes import Proc, children, wait_until_gone

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc")

# The middle process starts a grandchild that sets up one guard and sleeps, prints the
# grandchild's pid once it is guarded, then sleeps itself until the test kills it.
_GRANDCHILD = {
    "prctl": "set_parent_death_signal(signal.SIGKILL)",
    "watcher": "die_with_parent(os.getppid(), use_prctl=False)",
}
_MIDDLE = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", {grandchild!r}], stdout=subprocess.PIPE)
assert child.stdout.readline() == b"guarded\\n"
print(child.pid, flush=True)
time.sleep(600)
"""
_GRANDCHILD_CODE = """
import os, signal, time
from newsevents.stream.pool.worker_lifetime import die_with_parent, set_parent_death_signal
{guard}
print("guarded", flush=True)
time.sleep(600)
"""


@linux_only
@pytest.mark.parametrize("guard", sorted(_GRANDCHILD))
async def test_a_guarded_child_dies_with_its_killed_parent(guard: str) -> None:
    grandchild = textwrap.dedent(_GRANDCHILD_CODE).format(guard=_GRANDCHILD[guard])
    middle = subprocess.Popen(
        [sys.executable, "-c", _MIDDLE.format(grandchild=grandchild)],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert middle.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(middle.stdout.readline), 60)
        (orphan,) = [p for p in children(middle.pid) if p.pid == int(line)]
        middle.kill()
        middle.wait()
        assert await wait_until_gone([orphan], 30) == [], f"{guard}: the child outlived its parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(middle.pid, signal.SIGKILL)  # the grandchild too, should it still run
        middle.wait()
        if middle.stdout is not None:
            middle.stdout.close()


@linux_only
async def test_pool_workers_have_the_parent_death_signal() -> None:
    pool = ExtractorPool(
        workers=2, extractor_path="tests.unit.pool_extractors:misbehaving", deadline_s=5
    )
    await pool.start()
    try:
        loop = asyncio.get_running_loop()
        signals = await asyncio.gather(
            *(loop.run_in_executor(pool._executor, parent_death_signal) for _ in range(4))
        )
        assert set(signals) == {signal.SIGKILL}
        workers = [p for p in children(os.getpid()) if "spawn_main" in p.cmdline]
        assert len(workers) == 2 and all(isinstance(p, Proc) for p in workers)
    finally:
        pool.close()
