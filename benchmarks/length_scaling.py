"""Extraction time against article length, 1 KB to 1 MB of ordinary news text.

Reads the whole text (no cap) and with the default cap on the text examined
(``NEWSEVENTS_MAX_TEXT_CHARS``, 200,000 characters), in one process after ``warm_up()``, and
prints milliseconds per KB of the body and the ratio to the smallest size. Ordinary text is that
of ``benchmarks/hostile_text.py`` (paragraphs written for the benchmarks).

    .venv/bin/python benchmarks/length_scaling.py [--sizes 1,10,100,1000] [--timeout 300]

This is a measurement script, not a test: its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_text import _article, ordinary, timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100,1000", help="KB, comma-separated")
    parser.add_argument("--timeout", type=int, default=300, help="give up a run after seconds")
    args = parser.parse_args()
    from newsevents.extraction.pipeline import MAX_TEXT_CHARS, Pipeline, warm_up

    warm_up()
    sizes = [int(s) for s in args.sizes.split(",")]
    pipelines = {"whole text": Pipeline(max_text_chars=10**9), "default cap": Pipeline()}
    sys.stdout.write(f"cap: {MAX_TEXT_CHARS:,} characters\n")
    sys.stdout.write(f"{'KB':>6} " + "".join(f"{n:>28}" for n in pipelines) + "\n")
    smallest: dict[str, float] = {}
    for size in sizes:
        article = _article(ordinary(size * 1000))
        cells = []
        for name, pipeline in pipelines.items():
            seconds = timed(lambda p=pipeline, a=article: p.extract(a), args.timeout, 3.0)
            if seconds is None:
                cells.append(f"{'> ' + str(args.timeout) + ' s':>28}")
                continue
            per_kb = seconds * 1000 / size
            smallest.setdefault(name, per_kb)
            cells.append(f"{seconds:9.2f} s {per_kb:7.1f} ms/KB {per_kb / smallest[name]:4.1f}x")
        sys.stdout.write(f"{size:>6} " + "".join(cells) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
