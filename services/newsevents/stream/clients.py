"""Start a Kafka client so that a failed start leaves nothing open.

aiokafka's ``start()`` raises ``KafkaConnectionError`` when no broker answers, but the client
it leaves behind still holds its connections, and at exit Python warns "Unclosed
AIOKafkaConsumer". A client that did not start is stopped (or closed) here before the error
goes on to the command, which says in one line that the broker cannot be reached.
"""

from __future__ import annotations

import contextlib
from typing import Any, Protocol


class _Startable(Protocol):
    async def start(self) -> Any: ...


async def start_or_close(client: _Startable) -> None:
    """``await client.start()``; on any failure ``stop()``/``close()`` it, then re-raise."""
    try:
        await client.start()
    except BaseException:
        end = getattr(client, "stop", None) or getattr(client, "close", None)
        if end is not None:
            with contextlib.suppress(Exception):
                await end()
        raise
