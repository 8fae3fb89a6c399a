"""Is the local broker serving? It is when aiokafka's admin client bootstraps from it and the
cluster metadata it then describes lists this node (id and port): what any client needs.

Connection refused, metadata without this node, or no answer within the probe timeout all
mean "not yet"; the wait ends when the broker serves, its process exits, or the deadline passes.

``LocalKafka.start()`` is synchronous and may be called from a thread whose event loop is
running (the demo's async context manager, the broker-restart test), where ``asyncio.run``
refuses; so the probes run in a thread of their own with a loop of their own.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

_PROBE_TIMEOUT_S = 2.0
_RETRY_S = 0.1
# Where aiokafka logs a refused connection: "Unable connect to ..." at ERROR (logger "aiokafka").
_AIOKAFKA_LOGGERS = ("aiokafka", "aiokafka.conn", "aiokafka.cluster", "aiokafka.admin.client")


def wait_until_serving(
    host: str, port: int, node_id: int, deadline: float, exited: Callable[[], bool]
) -> bool:
    """Probe until the broker serves (True), or ``exited()`` holds or the monotonic ``deadline``
    passes (False)."""
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="kafka-readiness") as pool:
        return pool.submit(_run_quietly, host, port, node_id, deadline, exited).result()


def _run_quietly(
    host: str, port: int, node_id: int, deadline: float, exited: Callable[[], bool]
) -> bool:
    # Connection refused is the expected answer while the JVM starts: not an error to log.
    with _silenced_in_this_thread(_AIOKAFKA_LOGGERS):
        return asyncio.run(_wait(host, port, node_id, deadline, exited))


async def _wait(
    host: str, port: int, node_id: int, deadline: float, exited: Callable[[], bool]
) -> bool:
    while not exited():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        if await _lists_itself(host, port, node_id, min(_PROBE_TIMEOUT_S, remaining)):
            return True
        await asyncio.sleep(_RETRY_S)
    return False


async def _lists_itself(host: str, port: int, node_id: int, timeout_s: float) -> bool:
    """One probe: True when the broker's metadata lists node ``node_id`` on ``port``."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=f"{host}:{port}",
        client_id="newsevents-local-kafka",
        request_timeout_ms=max(int(timeout_s * 1000), 1),
    )
    try:
        async with asyncio.timeout(timeout_s):
            await admin.start()
            cluster = await admin.describe_cluster()
    except (OSError, KafkaError, TimeoutError):
        return False
    finally:
        await admin.close()
    # e.g. {"brokers": [{"node_id": 1, "host": "127.0.0.1", "port": 40123, "rack": None}], ...}
    brokers: list[dict[str, object]] = cluster["brokers"]
    return any(b["node_id"] == node_id and b["port"] == port for b in brokers)


class _OtherThreads(logging.Filter):
    def __init__(self, thread_id: int) -> None:
        super().__init__()
        self.thread_id = thread_id

    def filter(self, record: logging.LogRecord) -> bool:
        return record.thread != self.thread_id


@contextmanager
def _silenced_in_this_thread(names: tuple[str, ...]) -> Iterator[None]:
    """Drop what these loggers log from the current thread; other threads' lines still pass."""
    only_others = _OtherThreads(threading.get_ident())
    loggers = [logging.getLogger(name) for name in names]
    for logger in loggers:
        logger.addFilter(only_others)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(only_others)
