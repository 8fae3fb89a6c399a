"""``newsevents bench``: throughput, latency and memory of the service, in one run.

    newsevents bench [--articles N] [--quick] [--seed S] [--live-seconds S] [--spacy-articles K]
    .venv/bin/python -m benchmarks.harness ...          (the same, from the repository root)

Generates a corpus of ~6 KB articles (benchmarks/corpus.py), loads it into a topic of the broker
(NEWSEVENTS_BOOTSTRAP_SERVERS, else a local one started here), then measures:
(1) passthrough: the service, exactly-once, with an extractor that does not read the text;
(2) extract-only: the extractor over the corpus in a process pool on all cores, no Kafka;
(3) service: ``newsevents run`` end to end on the corpus, exactly-once;
(4) live latency: articles produced at half the service's throughput into fresh topics while a
    service runs, produce to first event at a read_committed consumer, p50/p95/p99;
(5) spaCy's en_core_web_sm full pipeline on the first articles (skipped if not installed).
Prints a table and, last, one JSON line of every figure. NEWSEVENTS_* settings apply (workers,
extractor, delivery). Docs: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import shutil
import sys
import time
from collections.abc import AsyncIterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiokafka.errors import KafkaError

from newsevents.config import Settings
from newsevents.logs import configure_logging
from newsevents.stream.broker.topics import ensure_topics

from . import corpus, pool_run
from .latency import LatencyFigures, live_latency
from .service_run import BacklogFigures, ServiceFailed, Topics, load, run_backlog
from .table import Figures, report_lines

# The issue asked for 20,000 articles by default and a run under 10 minutes on this 2-core machine;
# the extractor takes ~110 ms per 6 KB article on an idle core, so 20,000 would take 20 minutes
# for extract-only alone, and as long again for the service. 1,000 articles (about a minute per
# stage idle, two to three with the machine shared) keep the default run under 10 minutes.
DEFAULT_ARTICLES = 1_000
DEFAULT_LIVE_SECONDS = 60.0
DEFAULT_SPACY_ARTICLES = 100
QUICK = {"articles": 200, "live_seconds": 15.0, "spacy_articles": 20}
PASSTHROUGH = "benchmarks.noop_extractor:one_event"


@dataclass(frozen=True)
class Options:
    articles: int
    seed: int
    live_seconds: float
    live_rate: float | None
    spacy_articles: int
    skip_spacy: bool


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        prog="newsevents bench",
        description="Throughput, latency and memory of the service in one run: passthrough, "
        "extract-only, service, live latency, spaCy (docs/benchmarks.md).",
    )
    parser.add_argument("--articles", type=int, help=f"corpus size (default {DEFAULT_ARTICLES})")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a small run: {QUICK['articles']} articles, {QUICK['live_seconds']:g} s live, "
        f"{QUICK['spacy_articles']} for spaCy (each overridable)",
    )
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument(
        "--live-seconds", type=float, help=f"(4)'s duration (default {DEFAULT_LIVE_SECONDS:g})"
    )
    parser.add_argument(
        "--live-rate", type=float, help="(4)'s articles per second (default: half of (3))"
    )
    parser.add_argument(
        "--spacy-articles",
        type=int,
        help=f"(5)'s sample, the corpus' first K (default {DEFAULT_SPACY_ARTICLES})",
    )
    parser.add_argument("--no-spacy", action="store_true", help="skip (5)")
    args = parser.parse_args(argv)

    def pick(given: float | None, name: str, default: float) -> float:
        if given is not None:
            return given
        return QUICK[name] if args.quick else default

    options = Options(
        articles=int(pick(args.articles, "articles", DEFAULT_ARTICLES)),
        seed=args.seed,
        live_seconds=pick(args.live_seconds, "live_seconds", DEFAULT_LIVE_SECONDS),
        live_rate=args.live_rate,
        spacy_articles=int(pick(args.spacy_articles, "spacy_articles", DEFAULT_SPACY_ARTICLES)),
        skip_spacy=args.no_spacy,
    )
    if options.articles < 1 or options.live_seconds <= 0 or options.spacy_articles < 1:
        parser.error("--articles, --live-seconds and --spacy-articles must be positive")
    if options.live_rate is not None and options.live_rate <= 0:
        parser.error("--live-rate must be positive")
    return options


def progress(line: str) -> None:
    sys.stderr.write(f"bench: {line}\n")
    sys.stderr.flush()


@contextlib.asynccontextmanager
async def broker(settings: Settings) -> AsyncIterator[tuple[str, int | None]]:
    """The configured broker, or a local one whose data goes when the run ends (and its pid:
    it runs on the same cores as the service, and its CPU time is reported)."""
    if settings.bootstrap_servers:
        yield settings.bootstrap_servers, None
        return
    from newsevents.local_kafka.broker import LocalKafka

    home = Path(settings.local_kafka_home)
    local = LocalKafka(home / "bench-runs", jars_home=home)
    progress(f"starting a local Kafka broker ({home}; the first time fetches its jars)")
    try:
        # From the main thread: the broker dies with the thread that started it.
        yield local.start(), local.pid
    finally:
        local.stop()
        shutil.rmtree(local.data_dir, ignore_errors=True)


def keyed(count: int, seed: int, start: int = 0) -> list[tuple[str, str]]:
    """(id, JSON) of the corpus' articles ``start`` to ``start + count``."""
    return [
        (a.id, a.model_dump_json(exclude_none=True)) for a in corpus.articles(count, seed, start)
    ]


async def measure(options: Options, settings: Settings) -> Figures:
    figures = Figures(
        articles=options.articles,
        seed=options.seed,
        cores=os.cpu_count() or 1,
        workers=settings.workers,
        delivery=settings.delivery,
        load_average_start=os.getloadavg(),
    )
    started = time.monotonic()
    backlog = keyed(options.articles, options.seed)
    texts = [value for _, value in backlog]
    figures.article_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    progress(f"corpus: {len(texts)} articles, {figures.article_kb:.1f} KB each on average")

    async with broker(settings) as (bootstrap, broker_pid):
        partitions = settings.topic_partitions
        corpus_topics = Topics.fresh("corpus")
        await ensure_topics(bootstrap, [corpus_topics.articles], partitions)
        figures.corpus_load_s = await load(bootstrap, corpus_topics.articles, backlog)
        progress(f"loaded into {corpus_topics.articles} in {figures.corpus_load_s:.1f} s")

        async def backlog_run(name: str, extractor: str | None) -> BacklogFigures:
            topics = corpus_topics.sharing_articles(name)
            await ensure_topics(bootstrap, [topics.events, topics.dlq], partitions)
            return await run_backlog(
                bootstrap,
                topics,
                options.articles,
                extractor=extractor,
                delivery=settings.delivery,
                broker_pid=broker_pid,
            )

        figures.passthrough = await backlog_run("passthrough", PASSTHROUGH)
        progress(f"(1) passthrough: {figures.passthrough.articles_per_s:.1f} articles/s")

        figures.extract_only = pool_run.extract_only(
            texts, settings.workers, settings.extractor, settings.extraction_options()
        )
        progress(f"(2) extract-only: {figures.extract_only.articles_per_s:.1f} articles/s")

        figures.service = await backlog_run("service", None)
        progress(f"(3) service: {figures.service.articles_per_s:.1f} articles/s")

        rate = options.live_rate or figures.service.articles_per_s / 2
        count = max(1, round(rate * options.live_seconds))
        live_topics = Topics.fresh("live")
        await ensure_topics(
            bootstrap, [live_topics.articles, live_topics.events, live_topics.dlq], partitions
        )
        figures.live = await live_latency(
            bootstrap,
            live_topics,
            keyed(count, options.seed, start=options.articles),
            keyed(2 * partitions, options.seed, start=options.articles + count),
            rate=rate,
            delivery=settings.delivery,
        )
        progress(f"(4) live: p99 {figures.live.ms(99):.0f} ms at {rate:.1f} articles/s")

    figures.spacy_skipped = "--no-spacy" if options.skip_spacy else pool_run.spacy_available()
    if figures.spacy_skipped is None:
        sample = texts[: options.spacy_articles]
        figures.spacy = pool_run.spacy_pipeline(sample, settings.workers)
        progress(f"(5) spaCy: {figures.spacy.articles_per_s:.1f} articles/s")
    else:
        progress(f"(5) spaCy skipped: {figures.spacy_skipped} (pip install -e '.[bench]')")
    figures.load_average_end = os.getloadavg()
    figures.total_s = time.monotonic() - started
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    configure_logging("WARNING")  # the table is the output; the broker's INFO lines are noise
    settings = Settings()
    try:
        figures = asyncio.run(measure(options, settings))
    except (ServiceFailed, BrokenProcessPool, KafkaError) as error:
        progress(f"failed: {type(error).__name__}: {error}")
        return 1
    for line in report_lines(figures):
        sys.stdout.write(line + "\n")
    sys.stdout.write(json.dumps(_finite(figures.as_json())) + "\n")
    return 0


def _finite(values: dict[str, Any]) -> dict[str, Any]:
    """NaN (a figure that could not be taken) as null: JSON has no NaN."""
    return {
        k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in values.items()
    }


__all__ = ["LatencyFigures", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
