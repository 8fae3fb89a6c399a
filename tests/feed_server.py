"""A real HTTP server on 127.0.0.1 for the feed tests (stdlib ``http.server`` in a thread).

Each path serves a feed file of ``tests/feeds/`` with ``{base}`` replaced by the server's
address, and can be told to honour conditional requests (``ETag`` / ``If-None-Match``,
``Last-Modified`` / ``If-Modified-Since``: 304) or not, to fail first with given statuses, to
switch to another file, or to redirect elsewhere. Every request is recorded: path, status
sent, the headers the poller sent.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal

FEEDS = Path(__file__).resolve().parent / "feeds"

Validator = Literal["etag", "last-modified", "none"]


@dataclass
class Route:
    file: str
    content_type: str = "application/rss+xml; charset=utf-8"
    validator: Validator = "etag"
    honour_conditional: bool = True
    fail_first: list[int] = field(default_factory=list)  # statuses served before the feed
    redirect: str | None = None  # a 301 to this location ({base} replaced) instead of the feed
    last_modified: str = "Thu, 14 Mar 2024 10:00:00 GMT"


@dataclass(frozen=True)
class Seen:
    path: str
    status: int
    headers: dict[str, str]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server._answer(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the test reads self.requests

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()

    def route(self, path: str, route: Route) -> None:
        with self.lock:
            self.routes[path] = route

    def body(self, path: str) -> bytes:
        return (
            (FEEDS / self.routes[path].file)
            .read_text("utf-8")
            .replace("{base}", self.base)
            .encode()
        )

    def etag(self, path: str) -> str:
        """The ETag the server sends for ``path`` now."""
        return _etag(self.body(path))

    def seen(self, path: str) -> list[Seen]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self.lock:
            route = self.routes.get(handler.path)
            headers = {k.lower(): v for k, v in handler.headers.items()}
            status, body, extra = self._response(route, headers)
            self.requests.append(Seen(handler.path, status, headers))
        handler.send_response(status)
        for name, value in extra.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _response(
        self, route: Route | None, headers: dict[str, str]
    ) -> tuple[int, bytes, dict[str, str]]:
        if route is None:
            return 404, b"not found", {"Content-Type": "text/plain"}
        if route.fail_first:
            return route.fail_first.pop(0), b"busy", {"Content-Type": "text/plain"}
        if route.redirect is not None:
            return 301, b"", {"Location": route.redirect.replace("{base}", self.base)}
        body = (FEEDS / route.file).read_text("utf-8").replace("{base}", self.base).encode()
        extra = {"Content-Type": route.content_type}
        etag = _etag(body)
        if route.validator == "etag":
            extra["ETag"] = etag
            if route.honour_conditional and headers.get("if-none-match") == etag:
                return 304, b"", {"ETag": etag}
        elif route.validator == "last-modified":
            extra["Last-Modified"] = route.last_modified
            if route.honour_conditional and headers.get("if-modified-since") == route.last_modified:
                return 304, b"", {}
        return 200, body, extra


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
