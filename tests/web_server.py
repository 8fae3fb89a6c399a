"""A real HTTP server on 127.0.0.1 for the fetch tests, serving the pages in tests/pages/.

Routes (GET):

    /article            the news page: an attack near Tuz Khurmatu, with navigation, a ticker,
                        related links and comments around it
    /arabic             the same report in Arabic
    /menu               a page of nothing but navigation (no main text)
    /moved              301 to /article
    /loop-a, /loop-b    302 to each other
    /chain/N            302 to /chain/N-1; /chain/0 is the article
    /to-metadata        302 to http://169.254.169.254/latest/meta-data/
    /to-loopback        302 to http://127.0.0.2:<port>/article (loopback, not 127.0.0.1)
    /to-file            302 to file:///etc/passwd
    /slow               answers only when the test ends (or after 30 s): a read timeout
    /late               the article, after 1.5 s
    /huge               3 MB of HTML, no Content-Length (streamed until the connection closes)
    /huge-declared      a Content-Length of 50 MB, and then nothing
    /pdf                application/pdf
    /flaky              503 (Retry-After: 0) on the first request, the article afterwards
    /always-503         503 every time
    /gone               404
    /gzip               the article, gzip-compressed (Content-Encoding: gzip)
    /deflate-raw        the article as raw deflate (no zlib header, as some servers send it)
    /gzip-bomb          64 MB of HTML-ish zeros as 64 KB of gzip: a decompression bomb
    /brotli             Content-Encoding: br (not offered by the client)
    /cookies            the article with ``COOKIES`` Set-Cookie headers; ``cookies_sent``
                        keeps each request's Cookie header (None without one)

and a site with a feed (the front-door test, tests/integration/test_front_door.py):

    /feeds/NAME         tests/feeds/NAME with {base} replaced by the server's address, an ETag
                        and 304 to a matching If-None-Match
    /iraq/tuz-khurmatu-attack, /kurdistan/duhok-airstrike   news pages (tests/pages/)
    /reports/weekly.pdf application/pdf

``hits`` counts the requests per path, so a test can say "503 then 200: two requests".
"""

from __future__ import annotations

import collections
import functools
import gzip
import hashlib
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
FEEDS = Path(__file__).resolve().parent / "feeds"
SITE_PAGES = {
    "/iraq/tuz-khurmatu-attack": "tuz-khurmatu-attack.html",
    "/kurdistan/duhok-airstrike": "duhok-airstrike.html",
}
HUGE_BYTES = 3_000_000
COOKIES = 50
BOMB_BYTES = 64_000_000


@functools.cache
def gzip_bomb() -> bytes:
    """``BOMB_BYTES`` of a page that is nearly all zeros, gzip-compressed (~62 KB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [compressor.compress(b"<html><body><p>")]
    block = b"\0" * 1_000_000
    parts += [compressor.compress(block) for _ in range(BOMB_BYTES // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


class PageServer:
    def __init__(self) -> None:
        self.hits: collections.Counter[str] = collections.Counter()
        self.release = threading.Event()  # ends the /slow answers
        self.cookies_sent: list[str | None] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.hits[self.path] += 1
                    count = server.hits[self.path]
                server.answer(self, count)

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: pytest shows what matters

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def answer(self, request: BaseHTTPRequestHandler, count: int) -> None:
        path = request.path
        if path in SITE_PAGES:
            self._page(request, SITE_PAGES[path])
        elif path.startswith("/feeds/"):
            self._feed(request, path.removeprefix("/feeds/"))
        elif path in ("/pdf", "/reports/weekly.pdf"):
            self._send(request, 200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif path == "/article":
            self._page(request, "tuz-khurmatu-attack.html")
        elif path == "/arabic":
            self._page(request, "arabic-report.html")
        elif path == "/menu":
            self._page(request, "menu-only.html")
        elif path == "/moved":
            self._redirect(request, 301, "/article")
        elif path == "/loop-a":
            self._redirect(request, 302, "/loop-b")
        elif path == "/loop-b":
            self._redirect(request, 302, "/loop-a")
        elif path.startswith("/chain/"):
            left = int(path.rsplit("/", 1)[1])
            if left == 0:
                self._page(request, "tuz-khurmatu-attack.html")
            else:
                self._redirect(request, 302, f"/chain/{left - 1}")
        elif path == "/to-metadata":
            self._redirect(request, 302, "http://169.254.169.254/latest/meta-data/")
        elif path == "/to-loopback":
            self._redirect(request, 302, f"http://127.0.0.2:{self.port}/article")
        elif path == "/to-file":
            self._redirect(request, 302, "file:///etc/passwd")
        elif path == "/slow":
            self.release.wait(30)
            self._page(request, "tuz-khurmatu-attack.html")
        elif path == "/late":
            self.release.wait(1.5)
            self._page(request, "tuz-khurmatu-attack.html")
        elif path == "/huge":
            self._huge(request)
        elif path == "/huge-declared":
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.send_header("Content-Length", str(50_000_000))
            request.end_headers()
        elif (path == "/flaky" and count == 1) or path == "/always-503":
            self._send(request, 503, b"busy", "text/plain", {"Retry-After": "0"})
        elif path == "/flaky":
            self._page(request, "tuz-khurmatu-attack.html")
        elif path in ("/gzip", "/deflate-raw", "/brotli"):
            page = (PAGES / "tuz-khurmatu-attack.html").read_bytes()
            if path == "/gzip":
                body, coding = gzip.compress(page), "gzip"
            elif path == "/deflate-raw":
                raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
                body, coding = raw.compress(page) + raw.flush(), "deflate"
            else:
                body, coding = b"\x8b\x00\x80" + page + b"\x03", "br"  # br's "uncompressed" form
            html = "text/html; charset=utf-8"
            self._send(request, 200, body, html, {"Content-Encoding": coding})
        elif path == "/cookies":
            self.cookies_sent.append(request.headers.get("Cookie"))
            page = (PAGES / "tuz-khurmatu-attack.html").read_bytes()
            cookies = [
                ("Set-Cookie", f"visit{i}={count}; Path=/; Max-Age=86400") for i in range(COOKIES)
            ]
            self._send(request, 200, page, "text/html; charset=utf-8", cookies)
        elif path == "/gzip-bomb":
            self._send(request, 200, gzip_bomb(), "text/html", {"Content-Encoding": "gzip"})
        else:
            self._send(request, 404, b"not found", "text/plain")

    def _feed(self, request: BaseHTTPRequestHandler, name: str) -> None:
        body = (FEEDS / name).read_text("utf-8").replace("{base}", self.url("")).encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            self._send(request, 304, b"", "application/rss+xml", {"ETag": etag})
        else:
            self._send(request, 200, body, "application/rss+xml; charset=utf-8", {"ETag": etag})

    def _page(self, request: BaseHTTPRequestHandler, name: str) -> None:
        self._send(request, 200, (PAGES / name).read_bytes(), "text/html; charset=utf-8")

    def _redirect(self, request: BaseHTTPRequestHandler, status: int, location: str) -> None:
        self._send(request, status, b"", "text/plain", {"Location": location})

    def _send(
        self,
        request: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | list[tuple[str, str]] | None = None,
    ) -> None:
        try:
            request.send_response(status)
            request.send_header("Content-Type", content_type)
            request.send_header("Content-Length", str(len(body)))
            pairs = headers.items() if isinstance(headers, dict) else headers or ()
            for name, value in pairs:
                request.send_header(name, value)
            request.end_headers()
            request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer

    def _huge(self, request: BaseHTTPRequestHandler) -> None:
        try:
            request.send_response(200)
            request.send_header("Content-Type", "text/html")
            request.end_headers()  # no Content-Length: the body ends when the connection does
            request.wfile.write(b"<html><body><article>")
            chunk = b"<p>" + b"Clashes continued in the town. " * 60 + b"</p>\n"
            for _ in range(HUGE_BYTES // len(chunk) + 1):
                request.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit


@contextmanager
def page_server() -> Iterator[PageServer]:
    server = PageServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
