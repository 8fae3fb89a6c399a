"""Memory of the extraction workers: PSS of the main process and of each worker, and their sum.

Starts the service's process pool (``ExtractorPool``: spawned workers that run the pipeline's
``warm_up()``) with N workers, times its start, sends articles through it so that the workers
have looked up and decoded many places, then reads ``/proc/<pid>/smaps_rollup`` of this process
and of every process under it (the workers, multiprocessing's resource tracker). PSS
(proportional set size) charges each shared page to its sharers in equal parts, so the sum of
the PSS of the processes is what they take together; USS is what each holds alone.

The articles are the ~6 KB articles of ``extract_speed.py`` with a sentence naming a few towns
drawn at random from the gazetteer (a different set in each article), so that the workers touch
a wide part of the index, not a dozen places.

    .venv/bin/python benchmarks/worker_memory.py [--workers 2,4] [--articles 400]
        [--import-places 200000] [--cold]

``--import-places N`` writes a synthetic GeoNames dump of N populated places
(``gazetteer_import.py``'s), imports it with ``newsevents gazetteer import`` into a temporary
folder and runs the workers with it (``NEWSEVENTS_GAZETTEER_DIR``). ``--cold`` starts with an
empty cache folder (``XDG_CACHE_HOME``), so that the first start builds the index: the workers
start together and one of them builds it.

This is a measurement script, not a test: its figures depend on the machine (Linux only).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import written_articles

from newsevents.contracts import Article
from newsevents.stream.pool.extractor_pool import ExtractorPool

EXTRACTOR = "newsevents.extraction.pipeline:extract_events"
_FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty")

# Run in a child, so that this process (the "main" measured) never maps the gazetteer.
_TOWNS = """
import json, random, sys
from newsevents.extraction.places.gazetteer import Kind, gazetteer
places = gazetteer().places
rng = random.Random(11)
towns = []
while len(towns) < int(sys.argv[1]):
    place = places[rng.randrange(len(places))]
    if place.kind == Kind.GEONAMES and place.population >= 2000 and place.name.isascii():
        towns.append(place.name)
print(json.dumps(towns))
"""


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def rollup(pid: int) -> dict[str, int]:
    """kB figures of one process from /proc/<pid>/smaps_rollup."""
    figures = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
        for line in handle:
            name, _, rest = line.partition(":")
            if name in _FIELDS:
                figures[name] = int(rest.split()[0])
    return figures


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in map(int, children):
            found += [child, *descendants(child)]
    return found


def role(pid: int) -> str:
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    if "resource_tracker" in command:
        return "resource tracker"
    return "worker" if "spawn_main" in command else "child"


def corpus(count: int) -> list[Article]:
    bodies = written_articles(count)
    towns: list[str] = json.loads(
        subprocess.run(
            [sys.executable, "-c", _TOWNS, str(count * 4)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    rng = random.Random(5)
    published = dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    articles = []
    for n, body in enumerate(bodies):
        named = ", ".join(rng.sample(towns, 4))
        text = f"Fighting was also reported in {named} on Monday, officials said.\n\n{body}"
        articles.append(Article(id=f"m{n}", body=text, published_at=published))
    return articles


async def measure(
    workers: int, articles: list[Article], options: dict[str, object]
) -> dict[str, object]:
    pool = ExtractorPool(workers, EXTRACTOR, deadline_s=120.0, options=options)
    started = time.perf_counter()
    await pool.start()
    start_s = time.perf_counter() - started
    started = time.perf_counter()
    await asyncio.gather(*(pool.extract(article) for article in articles))
    extract_s = time.perf_counter() - started
    processes = [("main", os.getpid())] + [(role(p), p) for p in descendants(os.getpid())]
    rows = [(name, pid, rollup(pid)) for name, pid in processes]
    pool.close()
    out(
        f"\n{workers} workers: started in {start_s:.1f} s, {len(articles)} articles in "
        f"{extract_s:.1f} s"
    )
    out(f"{'process':18s} {'pid':>8s} {'RSS MB':>8s} {'PSS MB':>8s} {'USS MB':>8s}")
    for name, pid, figures in rows:
        uss = figures["Private_Clean"] + figures["Private_Dirty"]
        out(
            f"{name:18s} {pid:8d} {figures['Rss'] / 1024:8.1f} {figures['Pss'] / 1024:8.1f} "
            f"{uss / 1024:8.1f}"
        )
    total = sum(figures["Pss"] for _, _, figures in rows) / 1024
    out(f"{'total PSS':18s} {'':8s} {'':8s} {total:8.1f}")
    return {
        "workers": workers,
        "start_s": round(start_s, 2),
        "extract_s": round(extract_s, 2),
        "main_pss_mb": round(rows[0][2]["Pss"] / 1024, 1),
        "worker_pss_mb": [round(f["Pss"] / 1024, 1) for n, _, f in rows if n == "worker"],
        "total_pss_mb": round(total, 1),
    }


def import_synthetic(places: int, folder: Path) -> Path:
    from gazetteer_import import write_dump

    dump = folder / "allCountries.txt"
    write_dump(dump, places)
    target = folder / "gazetteer"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("newsevents")),
            "gazetteer",
            "import",
            str(dump),
            "--dir",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    dump.unlink()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="2,4", help="worker counts, comma-separated")
    parser.add_argument("--articles", type=int, default=400, help="articles sent per run")
    parser.add_argument("--import-places", type=int, default=0, help="synthetic import size")
    parser.add_argument("--cold", action="store_true", help="build the index first (no cache)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        options: dict[str, object] = {}
        if args.cold:
            os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cache")
        articles = corpus(args.articles)  # also builds the embedded index when cold
        if args.cold:  # ... so that the workers still find none
            os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cold")
        if args.import_places:
            imported = import_synthetic(args.import_places, Path(scratch))
            options["gazetteer_dir"] = str(imported)
            out(f"synthetic GeoNames import of {args.import_places:,} places in {imported}")
        results = [asyncio.run(measure(int(n), articles, options)) for n in args.workers.split(",")]
    out(json.dumps({"import_places": args.import_places, "cold": args.cold, "runs": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
