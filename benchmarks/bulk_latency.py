"""Live latency while a bulk replay extracts on the same machine: what ``--nice`` buys.

    python -m benchmarks.bulk_latency [--bulk 3000] [--rate 1.5] [--seconds 60] [--seed 1]

Bulk replay (``newsevents replay --mode bulk``) extracts in a process pool of its own, outside
the service, so the service's live-first gate cannot put live articles before it: only the
kernel's scheduler shares the cores between the two pools. Three runs of the live-latency
measure (``latency.py``: articles produced at ``--rate`` for ``--seconds`` into the live topic,
produce to first event at a read_committed consumer), each a fresh service (``newsevents run``)
on fresh topics:

(a) none: no replay;
(b) nice_0: while ``newsevents replay ARCHIVE --mode bulk --nice 0`` runs (its workers at the
    service's priority);
(c) nice_10: the same with the default ``--nice 10``.

The archive is ``--bulk`` corpus articles (``corpus.py``, ~6 KB) in one JSON Lines file; each
replay is a run of its own, to an events topic of its own, started before the service and
stopped (SIGTERM: it checkpoints, exit 75) once the live articles' events are in. The live
window starts once the replay has published events, so its workers are extracting throughout.
Prints p50/p95/p99 of each run, the replay's articles a second during it (from its checkpoint:
the replay is slowed, not starved), the load average, and one JSON line. NEWSEVENTS_* settings
apply to both processes (workers, delivery); a local broker is started when
NEWSEVENTS_BOOTSTRAP_SERVERS is unset.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsevents.backfill.store import read_checkpoint
from newsevents.config import Settings
from newsevents.logs import configure_logging
from newsevents.stream.broker.topics import ensure_topics

from .harness import broker, keyed, progress
from .latency import LatencyFigures, live_latency
from .replay_speed import REPO
from .service_run import Topics

BULK_START = 1_000_000  # corpus indices of the archive, apart from the live articles'
_STARTED_S = 300.0  # for the replay's first events: its workers load on a busy machine


@dataclass
class BulkFigures:
    live: LatencyFigures
    bulk_articles: int = 0  # extracted and committed by the replay during the service's run
    bulk_seconds: float = 0.0

    @property
    def bulk_rate(self) -> float:
        return self.bulk_articles / self.bulk_seconds if self.bulk_seconds else 0.0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bulk_latency",
        description="Live p50/p99 with no replay, and beside a bulk replay at --nice 0 and 10.",
    )
    parser.add_argument("--bulk", type=int, default=3000, help="archive articles (3000)")
    parser.add_argument("--rate", type=float, default=1.5, help="live articles/s (1.5)")
    parser.add_argument("--seconds", type=float, default=60.0, help="live traffic, s (60)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (1)")
    args = parser.parse_args(argv)
    if args.bulk < 1 or args.rate <= 0 or args.seconds <= 0:
        parser.error("--bulk, --rate and --seconds must be positive")
    return args


def write_archive(path: Path, count: int, seed: int) -> None:
    with path.open("w") as out:
        for _, value in keyed(count, seed, start=BULK_START):
            out.write(value + "\n")


class BulkReplay:
    """``newsevents replay ARCHIVE --mode bulk --nice N`` as a process, with topics of its own."""

    def __init__(self, bootstrap: str, archive: Path, niceness: int, work: Path) -> None:
        suffix = uuid.uuid4().hex[:6]
        self.bootstrap = bootstrap
        self.run_id = f"bench-bulk-nice{niceness}-{suffix}"
        self.settings = Settings(replay_checkpoint_topic=f"bench-checkpoints-{suffix}")
        self.env = dict(os.environ)
        self.env.update(
            NEWSEVENTS_BOOTSTRAP_SERVERS=bootstrap,
            NEWSEVENTS_REPLAY_CHECKPOINT_TOPIC=self.settings.replay_checkpoint_topic,
            PYTHONPATH=os.pathsep.join(
                p for p in (str(REPO / "services"), self.env.get("PYTHONPATH")) if p
            ),
        )
        self.argv = [sys.executable, "-m", "newsevents.cli", "replay", str(archive)]
        self.argv += ["--mode", "bulk", "--nice", str(niceness), "--run-id", self.run_id]
        self.argv += ["--events-topic", f"bench-bulk-events-{suffix}"]
        self.argv += ["--rejects", str(work / f"{self.run_id}.rejects.jsonl")]
        self.log = work / f"{self.run_id}.log"
        self._process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> BulkReplay:
        with self.log.open("wb") as stderr:
            self._process = await asyncio.create_subprocess_exec(
                *self.argv,
                env=self.env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        return self

    async def articles(self) -> int:
        """Articles the run has committed (its checkpoint); 0 before its first."""
        try:
            checkpoint = await read_checkpoint(self.settings, self.bootstrap, self.run_id)
        except RuntimeError:  # the checkpoint topic is not there yet
            return 0
        return checkpoint.counts.articles if checkpoint is not None else 0

    async def wait_extracting(self) -> None:
        deadline = time.monotonic() + _STARTED_S
        while await self.articles() == 0:
            assert self._process is not None
            if self._process.returncode is not None:
                raise SystemExit(f"the bulk replay exited early:\n{self.log.read_text()}")
            if time.monotonic() > deadline:
                raise SystemExit(f"the bulk replay published nothing in {_STARTED_S:.0f} s")
            await asyncio.sleep(1.0)  # a poll of the checkpoint, not a wait for a condition

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._process is not None
        if self._process.returncode is None:
            self._process.send_signal(signal.SIGTERM)  # checkpoints, exits 75
            try:
                await asyncio.wait_for(self._process.wait(), 120)
            except TimeoutError:
                os.killpg(self._process.pid, signal.SIGKILL)
                await self._process.wait()


def line(name: str, figures: BulkFigures) -> str:
    live = figures.live
    return (
        f"{name:<8} p50 {live.ms(50):.0f} ms, p95 {live.ms(95):.0f} ms, p99 {live.ms(99):.0f} ms "
        f"({live.produced} articles, {live.missing} missing); bulk replay meanwhile: "
        f"{figures.bulk_articles} articles ({figures.bulk_rate:.1f}/s)"
    )


async def measure(args: argparse.Namespace, settings: Settings) -> dict[str, BulkFigures]:
    count = max(1, round(args.rate * args.seconds))
    partitions = settings.topic_partitions
    results: dict[str, BulkFigures] = {}
    with tempfile.TemporaryDirectory(prefix="bulk-latency-") as temp:
        work = Path(temp)
        archive = work / "archive.jsonl"
        write_archive(archive, args.bulk, args.seed)
        progress(f"archive: {args.bulk} articles, {archive.stat().st_size / 1e6:.1f} MB")
        async with broker(settings) as (bootstrap, _):
            for index, (name, niceness) in enumerate(
                [("none", None), ("nice_0", 0), ("nice_10", 10)]
            ):
                topics = Topics.fresh(f"live-{name}")
                await ensure_topics(
                    bootstrap,
                    [topics.articles, topics.events, topics.dlq, topics.backfill],
                    partitions,
                )
                # Each run its own live articles: no run's events can answer for another's.
                start = index * (count + 2 * partitions)
                live = keyed(count, args.seed, start=start)
                warm = keyed(2 * partitions, args.seed, start=start + count)
                if niceness is None:
                    figures = await live_latency(
                        bootstrap, topics, live, warm, rate=args.rate, delivery=settings.delivery
                    )
                    results[name] = BulkFigures(figures)
                else:
                    async with BulkReplay(bootstrap, archive, niceness, work) as replay:
                        await replay.wait_extracting()
                        before, started = await replay.articles(), time.monotonic()
                        figures = await live_latency(
                            bootstrap,
                            topics,
                            live,
                            warm,
                            rate=args.rate,
                            delivery=settings.delivery,
                        )
                        done = await replay.articles() - before
                        results[name] = BulkFigures(figures, done, time.monotonic() - started)
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
        "bulk_articles": args.bulk,
        "live_rate": args.rate,
        "live_seconds": args.seconds,
        "workers": settings.workers,
    }
    for name, result in results.items():
        sys.stdout.write(line(name, result) + "\n")
        figures.update(result.live.summary(name))
        figures[f"{name}_bulk_per_s"] = round(result.bulk_rate, 2)
    none = results["none"].live.ms(99)
    sys.stdout.write(
        "p99 beside a bulk replay over p99 without: "
        f"{results['nice_0'].live.ms(99) / none:.2f} (--nice 0), "
        f"{results['nice_10'].live.ms(99) / none:.2f} (--nice 10)\n"
    )
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
