"""Live latency while a backfill drains, against none: what live first buys.

    python -m benchmarks.backfill_latency [--backfill N] [--rate R] [--seconds S] [--seed S]
                                          [--no-fifo]

Three runs of the live-latency measure (``latency.py``: articles produced at ``--rate`` for
``--seconds`` into the live topic, produce to first event at a read_committed consumer), each a
fresh service (``newsevents run``) with its own group on fresh live topics:

(a) no backfill: the backfill topic is empty;
(b) backfill, live first: ``--backfill`` corpus articles (``corpus.py``, ~6 KB, a replay's
    headers on each) wait in the backfill topic when the service starts, and drain meanwhile;
(c) backfill, first come first served: the same with ``NEWSEVENTS_LIVE_FIRST=false`` (skipped
    with ``--no-fifo``).

(b) and (c) read one backfill topic, loaded once, each group from its beginning. Prints
p50/p95/p99 of each run, the backfill articles committed during its live window (the backfill
is not starved), and one JSON line. NEWSEVENTS_* settings apply as to the service (workers,
delivery); a local broker is started when NEWSEVENTS_BOOTSTRAP_SERVERS is unset.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import sys
from collections.abc import Sequence

from newsevents.config import Settings
from newsevents.contracts import Backfill
from newsevents.logs import configure_logging
from newsevents.stream.broker.topics import ensure_topics
from newsevents.stream.replayed import replay_headers

from .harness import broker, keyed, progress
from .latency import LatencyFigures, live_latency
from .service_run import Topics, load

BACKFILL_START = 1_000_000  # corpus indices of the backfill, apart from the live articles'
RUN = Backfill(run_id="bench-backfill", mode="pipeline")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.backfill_latency",
        description="Live p50/p99 with and without a concurrent backfill (docs/benchmarks.md).",
    )
    parser.add_argument("--backfill", type=int, default=3000, help="backfill articles (3000)")
    parser.add_argument("--rate", type=float, default=5.0, help="live articles/s (5)")
    parser.add_argument("--seconds", type=float, default=60.0, help="live traffic, s (60)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (1)")
    parser.add_argument("--no-fifo", action="store_true", help="skip run (c)")
    args = parser.parse_args(argv)
    if args.backfill < 1 or args.rate <= 0 or args.seconds <= 0:
        parser.error("--backfill, --rate and --seconds must be positive")
    return args


def line(name: str, figures: LatencyFigures) -> str:
    backfill = (
        f"; backfill committed meanwhile: {figures.backfill_done} "
        f"({figures.backfill_done / figures.seconds:.1f}/s; {figures.backfill_before} before)"
    )
    return (
        f"{name:<34} p50 {figures.ms(50):.0f} ms, p95 {figures.ms(95):.0f} ms, "
        f"p99 {figures.ms(99):.0f} ms ({figures.produced} articles, {figures.missing} missing)"
        + backfill
    )


def summary(name: str, figures: LatencyFigures) -> dict[str, object]:
    return {**figures.summary(name), f"{name}_backfill_done": figures.backfill_done}


async def measure(args: argparse.Namespace, settings: Settings) -> dict[str, LatencyFigures]:
    count = max(1, round(args.rate * args.seconds))
    partitions = settings.topic_partitions
    results: dict[str, LatencyFigures] = {}
    async with broker(settings) as (bootstrap, _):
        backfill_topic = Topics.fresh("backfill").backfill
        await ensure_topics(bootstrap, [backfill_topic], partitions)
        seconds = await load(
            bootstrap,
            backfill_topic,
            keyed(args.backfill, args.seed, start=BACKFILL_START),
            replay_headers(RUN),
        )
        progress(
            f"{args.backfill} backfill articles loaded into {backfill_topic} in {seconds:.1f} s"
        )

        runs: list[tuple[str, bool, dict[str, str]]] = [
            ("none", False, {}),
            ("live_first", True, {}),
        ]
        if not args.no_fifo:
            runs.append(("fifo", True, {"NEWSEVENTS_LIVE_FIRST": "false"}))
        for index, (name, with_backfill, env) in enumerate(runs):
            topics = Topics.fresh(f"live-{name}")
            if with_backfill:
                topics = dataclasses.replace(topics, backfill=backfill_topic)
            await ensure_topics(
                bootstrap,
                [topics.articles, topics.events, topics.dlq, topics.backfill],
                partitions,
            )
            # Each run its own live articles: no run's events can answer for another's.
            start = index * (count + 2 * partitions)
            results[name] = await live_latency(
                bootstrap,
                topics,
                keyed(count, args.seed, start=start),
                keyed(2 * partitions, args.seed, start=start + count),
                rate=args.rate,
                delivery=settings.delivery,
                settings=env,
            )
            progress(line(name, results[name]))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    configure_logging("WARNING")
    settings = Settings()
    load_start = os.getloadavg()
    results = asyncio.run(measure(args, settings))
    figures: dict[str, object] = {
        "load_average_start": [round(x, 2) for x in load_start],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "backfill_articles": args.backfill,
        "live_rate": args.rate,
        "live_seconds": args.seconds,
        "workers": settings.workers,
    }
    for name, result in results.items():
        sys.stdout.write(line(name, result) + "\n")
        figures.update(summary(name, result))
    none, first = results["none"], results["live_first"]
    sys.stdout.write(
        f"p99 with a backfill draining over p99 without: {first.ms(99) / none.ms(99):.2f} "
        "(live first)"
        + (
            f", {results['fifo'].ms(99) / none.ms(99):.2f} (first come, first served)"
            if "fifo" in results
            else ""
        )
        + "\n"
    )
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
