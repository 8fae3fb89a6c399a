"""The probe server: routes, status codes and bodies, over a real socket."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from newsevents.observe.http import Endpoints, ProbeServer, Readiness, respond


class State:
    def __init__(self) -> None:
        self.ready = Readiness(False, {"group_joined": False, "workers_warm": True})
        self.refreshed = 0

    async def readiness(self) -> Readiness:
        return self.ready

    async def refresh(self) -> None:
        self.refreshed += 1

    def metrics(self) -> bytes:
        return f"# TYPE x counter\nx_total {self.refreshed}\n".encode()


def _endpoints(state: State) -> Endpoints:
    return Endpoints(state.metrics, state.readiness, state.refresh)


@pytest.fixture
async def server() -> AsyncIterator[tuple[State, int]]:
    state = State()
    probes = ProbeServer(_endpoints(state), "127.0.0.1", 0)
    port = await probes.start()
    try:
        yield state, port
    finally:
        await probes.close()


async def _request(
    port: int, raw: bytes, *, half_close: bool = False
) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    if half_close:
        writer.write_eof()
    await writer.drain()
    response = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    await writer.wait_closed()
    head, _, body = response.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in header_lines)}
    return int(status_line.split(" ")[1]), headers, body


def _get(path: str, method: str = "GET") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nHost: x\r\nUser-Agent: kube-probe/1.30\r\n\r\n".encode()


async def test_healthz_answers_200_with_a_json_body(server: tuple[State, int]) -> None:
    _, port = server
    status, headers, body = await _request(port, _get("/healthz"))
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    assert headers["content-type"] == "application/json"
    assert headers["content-length"] == str(len(body))
    assert headers["connection"] == "close"


async def test_readyz_is_503_until_ready_then_200_with_the_checks(
    server: tuple[State, int],
) -> None:
    state, port = server
    status, _, body = await _request(port, _get("/readyz"))
    assert status == 503
    assert json.loads(body) == {"status": "not ready", "group_joined": False, "workers_warm": True}
    state.ready = Readiness(True, {"group_joined": True, "partitions": [0, 2]})
    status, _, body = await _request(port, _get("/readyz"))
    assert (status, json.loads(body)) == (
        200,
        {"status": "ready", "group_joined": True, "partitions": [0, 2]},
    )


async def test_metrics_are_refreshed_before_each_scrape(server: tuple[State, int]) -> None:
    _, port = server
    status, headers, body = await _request(port, _get("/metrics?name[]=x"))
    assert status == 200
    assert headers["content-type"].startswith("text/plain; version=0.0.4")
    assert body == b"# TYPE x counter\nx_total 1\n"
    _, _, again = await _request(port, _get("/metrics"))
    assert again.endswith(b"x_total 2\n")


async def test_other_paths_are_404_and_other_methods_405(server: tuple[State, int]) -> None:
    _, port = server
    status, _, body = await _request(port, _get("/"))
    assert (status, json.loads(body)) == (404, {"error": "not found: /"})
    status, _, _ = await _request(port, _get("/metrics/../admin"))
    assert status == 404
    status, _, body = await _request(port, _get("/healthz", "POST"))
    assert (status, json.loads(body)) == (405, {"error": "method not allowed: POST"})


async def test_head_has_the_headers_without_the_body(server: tuple[State, int]) -> None:
    _, port = server
    status, headers, body = await _request(port, _get("/healthz", "HEAD"))
    assert (status, body) == (200, b"")
    assert int(headers["content-length"]) > 0


async def test_garbage_is_400_and_the_server_goes_on(server: tuple[State, int]) -> None:
    _, port = server
    status, _, _ = await _request(port, b"\x16\x03\x01 not http\r\n\r\n")
    assert status == 400
    status, _, _ = await _request(port, b"GET /healthz\r\n", half_close=True)  # cut short
    assert status == 400
    status, _, _ = await _request(port, _get("/healthz"))
    assert status == 200


async def test_a_failing_probe_is_a_500_not_a_dead_server(server: tuple[State, int]) -> None:
    state, _ = server

    async def broken() -> Readiness:
        raise RuntimeError("bug")

    state.readiness = broken  # type: ignore[method-assign]
    probes = ProbeServer(_endpoints(state), "127.0.0.1", 0)
    broken_port = await probes.start()
    try:
        status, _, body = await _request(broken_port, _get("/readyz"))
        assert (status, json.loads(body)) == (500, {"error": "internal error"})
        assert (await _request(broken_port, _get("/healthz")))[0] == 200
    finally:
        await probes.close()


async def test_a_busy_port_raises_oserror(server: tuple[State, int]) -> None:
    state, port = server
    with pytest.raises(OSError):
        await ProbeServer(_endpoints(state), "127.0.0.1", port).start()


async def test_routing_without_a_socket() -> None:
    state = State()
    response = await respond(_endpoints(state), "GET", "/readyz")
    assert response.status == 503
    assert (await respond(_endpoints(state), "DELETE", "/nowhere")).status == 404
