"""The feed poller's speed and memory: feeds polled per second, items published per second,
and the resident memory with a feed of 10,000 items.

    .venv/bin/python -m benchmarks.feeds_poll [--feeds 200] [--items 20] [--big 10000]

Feeds generated here (RSS 2.0, invented items) are served by a local ``http.server`` thread;
a local Kafka broker is started unless ``NEWSEVENTS_BOOTSTRAP_SERVERS`` is set. Rounds, each a
``--once`` round of a fresh poller (so each also rebuilds its memory from the seen topic):

1. ``small, new``: ``--feeds`` feeds of ``--items`` items, all new: fetch, parse, publish.
2. ``small, 304``: the same, answered 304 (conditional requests): polls per second.
3. ``small, known``: the server ignores the validators (200): parse and find nothing new.
4. ``big, new``: one feed of ``--big`` items, all new (one transaction of 2 x N records).
5. ``big, known``: the same feed again after a restart: rebuild N ids, parse, nothing new.

All feeds are on one host:port here, so ``NEWSEVENTS_FETCH_PER_HOST`` is raised to 16 (real
feeds are spread over many hosts); the poller's client is the guarded one, with 127.0.0.1/32
allowed (``NEWSEVENTS_FETCH_ALLOW_NETWORKS``). Memory is this process's (the broker is another):
VmRSS after each round and VmHWM (the peak). Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsevents.config import Settings
from newsevents.logs import configure_logging
from newsevents.stream.broker.topics import ensure_service_topics
from newsevents.web.feeds.file import Feed, parse_feeds
from newsevents.web.feeds.poller import FeedPoller
from newsevents.web.guard.client import guarded_client


def rss(name: str, items: int, base: str) -> bytes:
    start = dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    entries = "".join(
        f"<item><title>Report {i} of {name}: clashes near the border crossing</title>"
        f"<link>{base}/{name}/story-{i}?utm_source=rss</link><guid>{name}-{i}</guid>"
        f"<pubDate>{(start - dt.timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}"
        f"</pubDate><description>Invented item {i} for the benchmark.</description></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>{base}/</link><language>en</language>{entries}</channel></rss>"
    ).encode()


class Server:
    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}
        self.honour_conditional = True
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                body = server.bodies.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if server.honour_conditional and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()


def memory_mb() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    values = {
        line.split(":")[0]: int(line.split()[1]) / 1024
        for line in status.splitlines()
        if line.startswith(("VmRSS", "VmHWM"))
    }
    return {"rss_mb": round(values["VmRSS"], 1), "peak_mb": round(values["VmHWM"], 1)}


async def one_round(settings: Settings, feeds: list[Feed]) -> dict[str, Any]:
    assert settings.bootstrap_servers
    async with guarded_client(settings) as client:
        poller = FeedPoller(settings, settings.bootstrap_servers, feeds, client)
        started = time.perf_counter()
        task = asyncio.create_task(poller.run(asyncio.Event(), once=True))
        await poller.assigned.wait()
        assigned = time.perf_counter()
        stats = await task
        ended = time.perf_counter()
    # From the group's assignment on: the memory rebuilt from the seen topic, then the polls;
    # before it, the group join (a fixed ~3 s: the broker's initial rebalance delay).
    seconds = ended - assigned
    return {
        "join_s": round(assigned - started, 2),
        "seconds": round(seconds, 2),
        "polls": stats.polls,
        "polls_per_s": round(stats.polls / seconds, 1),
        "published": stats.articles,
        "published_per_s": round(stats.articles / seconds, 1),
        "known": stats.items_known,
        "not_modified": stats.not_modified,
        "failures": stats.failures,
        **memory_mb(),
    }


async def run(options: argparse.Namespace, bootstrap: str) -> list[tuple[str, dict[str, Any]]]:
    suffix = uuid.uuid4().hex[:8]
    settings = Settings(
        bootstrap_servers=bootstrap,
        articles_topic=f"bench-feeds-articles-{suffix}",
        events_topic=f"bench-feeds-events-{suffix}",
        dlq_topic=f"bench-feeds-dlq-{suffix}",
        group_id=f"bench-feeds-{suffix}",
        feeds_seen_topic=f"bench-feeds-seen-{suffix}",
        fetch_per_host=16,
        fetch_allow_networks="127.0.0.1/32",
        poll_timeout_ms=200,
    )
    await ensure_service_topics(settings, bootstrap)
    server = Server()
    small = [f"feed{n}" for n in range(options.feeds)]
    for name in small:
        server.bodies[f"/{name}.rss"] = rss(name, options.items, server.base)
    server.bodies["/big.rss"] = rss("big", options.big, server.base)
    text = "".join(f'[[feed]]\nurl = "{server.base}/{name}.rss"\n' for name in small)
    small_feeds = parse_feeds(text, default_interval_s=900)
    big_feed = parse_feeds(f'[[feed]]\nurl = "{server.base}/big.rss"\n', default_interval_s=900)
    results = [("start", {**memory_mb()})]
    results.append(("small, new", await one_round(settings, small_feeds)))
    results.append(("small, 304", await one_round(settings, small_feeds)))
    server.honour_conditional = False
    results.append(("small, known", await one_round(settings, small_feeds)))
    big_settings = settings.model_copy(
        update={"feeds_seen_topic": f"{settings.feeds_seen_topic}-big"}
    )
    results.append((f"big ({options.big}), new", await one_round(big_settings, big_feed)))
    results.append((f"big ({options.big}), known", await one_round(big_settings, big_feed)))
    size = len(server.bodies["/big.rss"])
    results.append(("big feed document", {"bytes": size}))
    server.http.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--big", type=int, default=10_000)
    options = parser.parse_args(argv)
    configure_logging(os.environ.get("NEWSEVENTS_LOG_LEVEL", "WARNING"))
    bootstrap = os.environ.get("NEWSEVENTS_BOOTSTRAP_SERVERS")
    if bootstrap:
        results = asyncio.run(run(options, bootstrap))
    else:
        from newsevents.local_kafka.broker import LocalKafka

        jars = Path(os.environ.get("NEWSEVENTS_LOCAL_KAFKA_HOME", ".local/kafka"))
        with tempfile.TemporaryDirectory(prefix="bench-feeds-") as data:
            broker = LocalKafka(Path(data), jars_home=jars)
            broker.start()
            try:
                results = asyncio.run(run(options, broker.bootstrap_servers))
            finally:
                broker.stop()
    for name, figures in results:
        shown = ", ".join(f"{k} {v}" for k, v in figures.items())
        sys.stdout.write(f"{name:24} {shown}\n")
    sys.stdout.write(json.dumps({"feeds_poll": dict(results), "options": vars(options)}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
