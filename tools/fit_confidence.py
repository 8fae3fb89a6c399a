"""Fit the weights of ``extraction/output/confidence.py`` on our article gold.

Runs the extractor on the articles of each gold file, records the clues of every published event
and whether it is the hit of a gold occurrence (``evaluate articles``'s verdict), fits a
logistic model (L2-regularised, by gradient descent) on the parts named by ``--fit``, and prints
the weights and, for the fitted and the current weights, each part's reliability: the share of
right events per confidence bin and among events of 0.8 or more.

    .venv/bin/python tools/fit_confidence.py --fit tune,webtune,web \\
        gold/fakes-dev.events.jsonl=../shared/eval-dev/fakes-dev.csv \\
        gold/webtune.events.jsonl=TEXTS.jsonl gold/web.events.jsonl=TEXTS.jsonl

A development tool: it reads texts that never enter the repository; only the weights it prints
are copied into ``Weights``.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections import defaultdict
from pathlib import Path

from newsevents.evaluation.article_gold import load_gold, read_texts
from newsevents.evaluation.articles import Scores, gold_article_message, score_article
from newsevents.extraction.output.confidence import WEIGHTS, Weights, clues
from newsevents.extraction.output.message import to_message
from newsevents.extraction.pipeline import Pipeline

Row = tuple[str, dict[str, bool], bool]  # part, clues, right


def collect(gold_path: Path, texts_path: Path) -> list[Row]:
    """Every published event of the gold's articles: its part, its clues, whether it is a hit."""
    pipeline = Pipeline()
    texts = read_texts(texts_path)
    rows: list[Row] = []
    for article in load_gold(gold_path):
        message = gold_article_message(article, texts, texts_path)
        reading = pipeline.read(message)
        events = [to_message(message, reading.doc, d, sole=reading.sole) for d in reading.drafts]
        verdicts = [v for v in score_article(article, events, Scores()) if v["verdict"] != "missed"]
        for draft, verdict in zip(reading.drafts, verdicts, strict=True):
            rows.append(
                (article.part, clues(draft, sole=reading.sole), verdict["verdict"] == "hit")
            )
    return rows


def fit(rows: list[Row], l2: float = 1.0, steps: int = 4000, rate: float = 0.5) -> Weights:
    names = [f.name for f in dataclasses.fields(Weights) if f.name != "bias"]
    w = dict.fromkeys(["bias", *names], 0.0)
    for _ in range(steps):
        grad = dict.fromkeys(w, 0.0)
        for _, held, right in rows:
            p = _probability(w, held)
            grad["bias"] += p - right
            for name in names:
                grad[name] += (p - right) * held[name]
        for name in w:
            penalty = l2 * w[name] if name != "bias" else 0.0
            w[name] -= rate * (grad[name] + penalty) / len(rows)
    return Weights(**{name: round(value, 2) for name, value in w.items()})


def _probability(w: dict[str, float], held: dict[str, bool]) -> float:
    logit = w["bias"] + sum(w[name] for name, holds in held.items() if holds)
    return 1 / (1 + math.exp(-logit))


def reliability(rows: list[Row], weights: Weights) -> str:
    w = dataclasses.asdict(weights)
    bins: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    high = [0, 0]
    for _, held, right in rows:
        score = round(_probability(w, held), 2)
        cell = bins[min(9, int(score * 10))]
        cell[0] += 1
        cell[1] += right
        if score >= 0.8:
            high[0] += 1
            high[1] += right
    table = " ".join(f"{b / 10:.1f}:{n}/{h}" for b, (n, h) in sorted(bins.items()))
    share = f"{high[1] / high[0]:.2f}" if high[0] else "-"
    return f"events {len(rows)}, at 0.8+: {high[0]} right {share}; bins (events/right) {table}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="GOLD.jsonl=TEXTS pairs")
    parser.add_argument("--fit", required=True, help="the parts to fit on, comma-separated")
    args = parser.parse_args()
    rows: list[Row] = []
    for pair in args.gold:
        gold, texts = pair.split("=", 1)
        rows += collect(Path(gold), Path(texts))
    fitted = fit([row for row in rows if row[0] in args.fit.split(",")])
    out = sys.stdout
    out.write(f"fitted: {fitted}\n")
    for part in sorted({row[0] for row in rows}):
        mine = [row for row in rows if row[0] == part]
        out.write(f"{part}\n  current {reliability(mine, WEIGHTS)}\n")
        out.write(f"  fitted  {reliability(mine, fitted)}\n")


if __name__ == "__main__":
    main()
