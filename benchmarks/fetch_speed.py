"""Url-only articles per second: fetched from a local HTTP server, read with trafilatura and
extracted in the process pool, beside the extraction alone of the same articles (one run, so
the ratio holds whatever else the machine does).

A threaded ``http.server`` on 127.0.0.1 serves N copies of the tests' news page
(``tests/pages/tuz-khurmatu-attack.html``, 3.6 KB, 720 characters of article text around its
navigation, related links and comments), each under its own path. Three stages, in this order:

1. fetch + read: the service's ``ArticleCompleter`` (guarded client, 127.0.0.1/32 allowed,
   ``NEWSEVENTS_FETCH_CONCURRENCY`` at once) completes N url-only messages;
2. extract: the completed articles through the service's ``ExtractorPool`` (all cores);
3. fetch + read + extract: N new url-only messages, each completed then extracted, all in
   flight together, as the service's record tasks run them.

    PYTHONPATH=services .venv/bin/python benchmarks/fetch_speed.py [--articles 400]

A measurement script, not a test: its figures depend on the machine (Kafka is left out: the
service's own cost is in `newsevents bench`).
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "services"))
sys.path.insert(0, str(ROOT))

from benchmarks.probes import tree_cpu_s  # noqa: E402
from newsevents.contracts import Article, ArticleMessage  # noqa: E402
from newsevents.logs import configure_logging  # noqa: E402
from newsevents.stream.pool.extractor_pool import ExtractorPool  # noqa: E402
from newsevents.web.guard.addresses import AddressPolicy  # noqa: E402
from newsevents.web.guard.client import FetchOptions, guarded_client  # noqa: E402
from newsevents.web.pages.articles import ArticleCompleter  # noqa: E402
from newsevents.web.pages.fetch import Fetcher  # noqa: E402

PAGE = (ROOT / "tests" / "pages" / "tuz-khurmatu-attack.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a news site's server

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _messages(port: int, prefix: str, count: int) -> list[ArticleMessage]:
    return [
        ArticleMessage(id=f"{prefix}-{i}", url=f"http://127.0.0.1:{port}/{prefix}/{i}")
        for i in range(count)
    ]


async def _run(count: int, workers: int) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = int(server.server_address[1])
    options = FetchOptions(
        policy=AddressPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),))
    )
    pool = ExtractorPool(workers, "newsevents.extraction.pipeline:extract_events", 30.0)
    await pool.start()
    client = guarded_client(options)
    completer = ArticleCompleter(Fetcher(client, options))
    me = os.getpid()
    cpu: dict[str, float] = {}
    try:
        started, cpu_started = time.perf_counter(), tree_cpu_s(me)
        articles: list[Article] = await asyncio.gather(
            *(completer.complete(m) for m in _messages(port, "read", count))
        )
        fetch_s = time.perf_counter() - started
        cpu["fetch"] = tree_cpu_s(me) - cpu_started

        started, cpu_started = time.perf_counter(), tree_cpu_s(me)
        events = await asyncio.gather(*(pool.extract(a) for a in articles))
        extract_s = time.perf_counter() - started
        cpu["extract"] = tree_cpu_s(me) - cpu_started

        async def both(message: ArticleMessage) -> int:
            return len(await pool.extract(await completer.complete(message)))

        started, cpu_started = time.perf_counter(), tree_cpu_s(me)
        both_events = await asyncio.gather(*(both(m) for m in _messages(port, "both", count)))
        both_s = time.perf_counter() - started
        cpu["both"] = tree_cpu_s(me) - cpu_started
    finally:
        completer.close()
        await client.aclose()
        pool.close()
        server.shutdown()
    assert sum(both_events) == sum(len(e) for e in events) > 0
    lines = [
        f"{count} url-only articles, {workers} extraction workers, {os.cpu_count()} cores",
        f"  page {len(PAGE)} bytes, text {len(articles[0].body)} characters, "
        f"{len(events[0])} events each",
        "  stage                   articles/s (wall)   articles per CPU-second",
        f"  fetch + read:           {count / fetch_s:7.1f} ({fetch_s:5.2f} s)   "
        f"{count / cpu['fetch']:7.1f} ({cpu['fetch']:.2f} CPU-s; server included)",
        f"  extract (baseline):     {count / extract_s:7.1f} ({extract_s:5.2f} s)   "
        f"{count / cpu['extract']:7.1f} ({cpu['extract']:.2f} CPU-s)",
        f"  fetch + read + extract: {count / both_s:7.1f} ({both_s:5.2f} s)   "
        f"{count / cpu['both']:7.1f} ({cpu['both']:.2f} CPU-s)",
        f"  fetch + read + extract / extract: {extract_s / both_s:.2f} in wall time, "
        f"{cpu['extract'] / cpu['both']:.2f} in CPU time",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    configure_logging("WARNING")  # the figures only, not a line per article
    asyncio.run(_run(args.articles, args.workers))


if __name__ == "__main__":
    main()
