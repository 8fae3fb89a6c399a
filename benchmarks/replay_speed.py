"""`newsevents replay` in both modes on a generated archive: articles/s and peak memory.

Writes an archive of N articles of the benchmark corpus (``corpus.py``, ~6 KB each) as several
JSON Lines files, one gzipped, one zstd-compressed and one with a malformed line every 1,000
lines, then runs ``newsevents replay`` on it as a process, once per mode, against the local
broker (started here; ``NEWSEVENTS_BOOTSTRAP_SERVERS`` to use another), each run with topics of
its own. It prints, per mode, the articles per second over the command's wall time (process
start, topic creation and the workers' start included) and as the command itself reports it
(its ``this run`` line: from the first article on), and the peak of the replay's process tree
(the command and its extraction workers), PSS and RSS, sampled every 0.5 s.

    .venv/bin/python -m benchmarks.replay_speed [--articles 20000] [--files 5]
        [--modes pipeline,bulk] [--bulk-articles N]

``--bulk-articles N`` replays only the first N articles' files in bulk mode (the extractor reads
a 6 KB article in about 0.1 s a core, so 20,000 take about 20 minutes on 2 cores). Measured
figures: docs/benchmarks.md. Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import zstandard

from benchmarks import corpus
from benchmarks.probes import PROC, cpu_s, process_tree, pss_kb

REPO = Path(__file__).resolve().parents[1]
MALFORMED_EVERY = 1000
_THIS_RUN = re.compile(r"this run: ([\d,]+) articles in ([\d.]+) s")


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_archive(folder: Path, count: int, files: int) -> tuple[int, int]:
    """``files`` files of ``count`` articles in all; returns (articles, malformed lines)."""
    per_file = -(-count // files)
    malformed = 0
    articles = corpus.articles(count, seed=1)
    for number in range(files):
        chunk = [a.model_dump_json() for _, a in zip(range(per_file), articles, strict=False)]
        if not chunk:
            break
        lines: list[str] = []
        for index, line in enumerate(chunk):
            if number == files - 1 and index % MALFORMED_EVERY == 7:
                lines.append(line[: len(line) // 2])  # cut in the middle: invalid JSON
                malformed += 1
            lines.append(line)
        data = ("\n".join(lines) + "\n").encode()
        name = f"{number:02d}-articles.jsonl"
        if number == 0:
            (folder / f"{name}.gz").write_bytes(gzip.compress(data, compresslevel=6))
        elif number == 1:
            (folder / f"{name}.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
        else:
            (folder / name).write_bytes(data)
    return count, malformed


class TreeMemory:
    """Peak PSS and RSS (MB) of a process tree, and the CPU seconds of its processes as last
    seen alive, sampled in a thread (so, a CPU time short of at most one interval a process)."""

    def __init__(self, root: int, interval_s: float = 0.5) -> None:
        self.root = root
        self.interval_s = interval_s
        self.pss_mb = 0.0
        self.rss_mb = 0.0
        self.processes = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            pss = rss = 0
            pids = process_tree(self.root)
            for pid in pids:
                try:
                    pss += pss_kb((PROC / str(pid) / "smaps_rollup").read_text())
                    rss += _rss_kb((PROC / str(pid) / "status").read_text())
                except (OSError, ValueError):
                    continue
            self.pss_mb = max(self.pss_mb, pss / 1024)
            self.rss_mb = max(self.rss_mb, rss / 1024)
            self.processes = max(self.processes, len(pids))
            for pid in pids:
                seconds = cpu_s([pid])
                self._cpu[pid] = max(self._cpu.get(pid, 0.0), seconds)
            self._stop.wait(self.interval_s)

    @property
    def cpu_s(self) -> float:
        return sum(self._cpu.values())


def _rss_kb(status: str) -> int:
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def run_mode(mode: str, archive: Path, bootstrap: str, work: Path) -> dict[str, object]:
    suffix = uuid.uuid4().hex[:6]
    run_id = f"bench-{mode}-{suffix}"
    env = {k: v for k, v in os.environ.items()}
    env.update(
        NEWSEVENTS_BOOTSTRAP_SERVERS=bootstrap,
        NEWSEVENTS_REPLAY_CHECKPOINT_TOPIC=f"bench-checkpoints-{suffix}",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO / "services"), env.get("PYTHONPATH")) if p),
    )
    argv = [sys.executable, "-m", "newsevents.cli", "replay", str(archive), "--mode", mode]
    argv += ["--run-id", run_id, "--rejects", str(work / f"{run_id}.rejects.jsonl")]
    argv += ["--topic", f"bench-backfill-{suffix}", "--events-topic", f"bench-events-{suffix}"]
    log = work / f"{run_id}.log"
    started = time.monotonic()
    with log.open("wb") as stderr:
        process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=stderr)
        with TreeMemory(process.pid) as memory:
            output, _ = process.communicate()
    wall = time.monotonic() - started
    text = output.decode()
    if process.returncode not in (0, 65):
        raise SystemExit(f"replay {mode} exited {process.returncode}:\n{text}\n{log.read_text()}")
    found = _THIS_RUN.search(text)
    articles, seconds = (int(found[1].replace(",", "")), float(found[2])) if found else (0, 0.0)
    summary = text.splitlines()[0] if text else ""
    reasons: dict[str, int] = {}
    rejects = work / f"{run_id}.rejects.jsonl"
    if rejects.exists():  # the temporary folder goes at the end: say what was rejected
        for line in rejects.read_text().splitlines():
            entry = json.loads(line)
            why = f"{entry['reason'][:70]} ({entry['file']} line {entry['line']})"
            reasons[why] = reasons.get(why, 0) + 1
    return {
        "mode": mode,
        "articles": articles,
        "wall_s": round(wall, 1),
        "articles_per_s_wall": round(articles / wall, 1),
        "articles_per_s_run": round(articles / seconds, 1) if seconds else None,
        "cpu_s": round(memory.cpu_s, 1),
        "articles_per_cpu_s": round(articles / memory.cpu_s, 1) if memory.cpu_s else None,
        "peak_pss_mb": round(memory.pss_mb),
        "peak_rss_mb": round(memory.rss_mb),
        "processes": memory.processes,
        "summary": summary,
        "rejected": reasons,
        "exit": process.returncode,
    }


def _broker(home: Path) -> Iterator[str]:
    configured = os.environ.get("NEWSEVENTS_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    from newsevents.local_kafka.broker import LocalKafka

    jars = Path(os.environ.get("NEWSEVENTS_LOCAL_KAFKA_HOME", REPO / ".local" / "kafka"))
    broker = LocalKafka(home, jars_home=jars)
    try:
        yield broker.start()
    finally:
        broker.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=5)
    parser.add_argument("--modes", default="pipeline,bulk")
    parser.add_argument("--bulk-articles", type=int, help="bulk mode on the first N only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="replay-bench-") as temp:
        work = Path(temp)
        archive = work / "archive"
        archive.mkdir()
        out(f"load average at the start: {[round(x, 2) for x in os.getloadavg()]}")
        started = time.monotonic()
        count, malformed = write_archive(archive, args.articles, args.files)
        size = sum(f.stat().st_size for f in archive.iterdir())
        out(
            f"archive: {count:,} articles, {malformed} malformed lines, "
            f"{len(list(archive.iterdir()))} files, {size / 1e6:.1f} MB on disk "
            f"(written in {time.monotonic() - started:.0f} s)"
        )
        bulk_archive = archive
        if args.bulk_articles:
            bulk_archive = work / "bulk-archive"
            bulk_archive.mkdir()
            write_archive(bulk_archive, args.bulk_articles, args.files)
        results = []
        for broker in _broker(work / "broker"):
            for mode in args.modes.split(","):
                source = bulk_archive if mode == "bulk" else archive
                result = run_mode(mode, source, broker, work)
                out(
                    f"{mode:>8}: {result['articles']:,} articles in {result['wall_s']} s: "
                    f"{result['articles_per_s_wall']} articles/s over the command "
                    f"({result['articles_per_s_run']}/s from its first article; "
                    f"{result['articles_per_cpu_s']} per CPU-second); peak "
                    f"{result['peak_pss_mb']} MB PSS, {result['peak_rss_mb']} MB RSS, "
                    f"{result['processes']} processes"
                )
                for why in result["rejected"]:  # type: ignore[attr-defined]
                    out(f"          rejected: {why}")
                results.append(result)
        load = [round(x, 2) for x in os.getloadavg()]
        out(f"load average at the end: {load}")
        out(json.dumps({"cores": os.cpu_count(), "load_end": load, "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
