"""Time and memory of ``newsevents gazetteer import`` at the scale of GeoNames' allCountries.

allCountries.zip holds about 13 million features, some 5 million of them populated places
(feature class P). The dump is the user's, so this script writes a synthetic file of the same
shape and size in GeoNames' format (invented names of two or three syllable words, a few
alternate names each, 60 % of rows of other feature classes that the import skips), then, each
in a fresh process:

1. ``gazetteer import`` of it (reading, filtering, writing the import, building the index);
2. loading the gazetteer with the import, as every service worker does at start, against
   loading the embedded one alone (the baseline, in the same run);
3. extracting one article with each, so that the figure includes the place lookups.

Prints seconds and peak resident memory of each step and the ratios to the baseline.

    .venv/bin/python benchmarks/gazetteer_import.py [--places 5000000] [--keep DIR]

This is a measurement script, not a test: its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_SYLLABLES = [
    c + v
    for c in ("b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "z", "sh", "kh")
    for v in ("a", "i", "u", "e", "o", "aa", "ou")
]
_COUNTRIES = ["SY", "IQ", "YE", "AF", "KE", "NG", "IN", "PK", "BD", "CD", "US", "FR", "BR", "CN"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def write_dump(path: Path, places: int, seed: int = 7) -> int:
    """A synthetic allCountries-shaped table: ``places`` class P rows among 2.5 times as many."""
    rng = random.Random(seed)
    rows = int(places * 2.5)
    with path.open("w", encoding="utf-8") as out:
        for n in range(rows):
            populated = n % 5 < 2
            name = " ".join(_word(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))
            alternates = ",".join(_word(rng) for _ in range(rng.randint(0, 4)))
            feature = ("P", "PPL") if populated else rng.choice((("H", "STM"), ("T", "HLL")))
            out.write(
                "\t".join(
                    [
                        str(20_000_000 + n),
                        name,
                        name,
                        alternates,
                        f"{rng.uniform(-50, 60):.5f}",
                        f"{rng.uniform(-120, 140):.5f}",
                        *feature,
                        rng.choice(_COUNTRIES),
                        "",
                        f"{rng.randint(1, 20):02d}",
                        "",
                        "",
                        "",
                        str(rng.choice((0, 0, 0, 0, 120, 800, 2500))),
                        "",
                        "300",
                        "UTC",
                        "2024-01-01",
                    ]
                )
                + "\n"
            )
    return rows


_MEASURE = """
import json, resource, sys, time
started = time.perf_counter()
from pathlib import Path
step, directory = sys.argv[1], sys.argv[2]
if step == "import":
    from newsevents.cli.gazetteer import import_dumps
    summary = import_dumps([Path(sys.argv[3])], Path(directory))
    extra = {"places": summary.places, "index_s": round(summary.index_seconds, 1)}
else:
    import datetime as dt
    from newsevents.contracts import ArticleMessage
    from newsevents.extraction.pipeline import Pipeline
    from newsevents.extraction.places.gazetteer import gazetteer, use_import
    use_import(Path(directory) if directory != "-" else None)
    size = len(gazetteer())
    loaded = time.perf_counter() - started
    article = ArticleMessage(id="b", body="Shelling hit Albu Kamal in Deir Ezzor on Monday.",
                             published_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    events = Pipeline().extract(article)
    extra = {"gazetteer_places": size, "load_s": round(loaded, 2), "events": len(events)}
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
seconds = round(time.perf_counter() - started, 2)
print(json.dumps({"seconds": seconds, "peak_mb": round(peak_mb)} | extra))
"""


def measure(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=5_000_000, help="populated places")
    parser.add_argument("--keep", type=Path, help="write the dump and import here, keep them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        dump = work / "allCountries.txt"
        started = time.perf_counter()
        rows = write_dump(dump, args.places)
        size_mb = dump.stat().st_size / 1e6
        sys.stdout.write(
            f"synthetic dump: {rows:,} rows, {args.places:,} populated places, "
            f"{size_mb:,.0f} MB, written in {time.perf_counter() - started:.0f} s\n"
        )
        measure("load", "-")  # the embedded cache exists before the baseline is timed
        baseline = measure("load", "-")
        imported = measure("import", str(work / "gazetteer"), str(dump))
        loaded = measure("load", str(work / "gazetteer"))
        lines = [
            ("embedded only: load + one article", baseline),
            ("gazetteer import (read, filter, write, index)", imported),
            ("with the import: load + one article", loaded),
        ]
        for label, figures in lines:
            sys.stdout.write(f"{label:48s} {json.dumps(figures)}\n")
        sys.stdout.write(
            f"with the import / embedded only: load time "
            f"{loaded['load_s'] / baseline['load_s']:.1f}x, peak memory "
            f"{loaded['peak_mb'] / baseline['peak_mb']:.1f}x "
            f"(cpu count {os.cpu_count()})\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
