"""A small HTTP/1.1 server on the service's event loop: ``/metrics``, ``/healthz``, ``/readyz``.

On the event loop on purpose: ``/healthz`` answering proves the loop answers (a thread would
answer for a blocked loop). GET and HEAD only, one request per connection (``Connection:
close``), bounded reads: enough for Prometheus and the kubelet, and no web framework.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import structlog

log = structlog.get_logger(__name__)

# The classic text format, which every Prometheus reads (the client's newer 1.0.0 label is the
# same text for names like ours, but a Prometheus 2 server may not know it).
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_READ_TIMEOUT_S = 5.0  # a client that sends no request in this time is dropped
_MAX_HEADER_BYTES = 16_384
_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


@dataclass(frozen=True, slots=True)
class Readiness:
    ready: bool
    checks: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Endpoints:
    """What the server asks the service: the metrics text (after ``refresh``), readiness."""

    metrics: Callable[[], bytes]
    readiness: Callable[[], Awaitable[Readiness]]
    refresh: Callable[[], Awaitable[None]] | None = None


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content_type: str
    body: bytes


def _json(status: int, value: object) -> Response:
    return Response(status, "application/json", json.dumps(value).encode() + b"\n")


async def respond(endpoints: Endpoints, method: str, target: str) -> Response:
    """The response to one request (the server's routing, separate for unit tests)."""
    path = target.split("?", 1)[0]
    if path not in ("/metrics", "/healthz", "/readyz"):
        return _json(404, {"error": f"not found: {path[:100]}"})
    if method not in ("GET", "HEAD"):
        return _json(405, {"error": f"method not allowed: {method[:20]}"})
    if path == "/healthz":
        return _json(200, {"status": "ok"})
    if path == "/readyz":
        readiness = await endpoints.readiness()
        status = "ready" if readiness.ready else "not ready"
        return _json(200 if readiness.ready else 503, {"status": status, **readiness.checks})
    if endpoints.refresh is not None:
        await endpoints.refresh()
    return Response(200, METRICS_CONTENT_TYPE, endpoints.metrics())


class ProbeServer:
    def __init__(self, endpoints: Endpoints, host: str, port: int) -> None:
        self._endpoints = endpoints
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        """Listen; return the port (the chosen one when the setting is 0). Raises OSError."""
        self._server = await asyncio.start_server(
            self._handle, self._host, self._port, limit=_MAX_HEADER_BYTES
        )
        port: int = self._server.sockets[0].getsockname()[1]
        log.info("metrics_serving", host=self._host, port=port)
        return port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            response, head_only = await self._answer(reader)
            reason = _REASONS.get(response.status, "")
            header = (
                f"HTTP/1.1 {response.status} {reason}\r\n"
                f"Content-Type: {response.content_type}\r\n"
                f"Content-Length: {len(response.body)}\r\n"
                "Connection: close\r\n\r\n"
            )
            writer.write(header.encode("latin-1") + (b"" if head_only else response.body))
            await writer.drain()
        except (OSError, TimeoutError):
            pass  # the client went away or sent nothing: its loss
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def _answer(self, reader: asyncio.StreamReader) -> tuple[Response, bool]:
        try:
            async with asyncio.timeout(_READ_TIMEOUT_S):
                head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return _json(400, {"error": "bad request"}), False
        parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return _json(400, {"error": "bad request line"}), False
        method, target, _ = parts
        try:
            return await respond(self._endpoints, method, target), method == "HEAD"
        except Exception:  # a bug in a probe must not take the service down with it
            log.exception("metrics_request_failed", path=target[:100])
            return _json(500, {"error": "internal error"}), False
