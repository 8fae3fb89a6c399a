"""Fit the weights of ``extraction/output/confidence.py`` on our article gold.

Runs the extractor on the articles of each gold file, records the clues of every published event
and whether it is the hit of a gold occurrence (``evaluate articles``'s verdict), fits a
logistic model (L2-regularised, by gradient descent) on the parts named by ``--fit``, and prints
the weights and, for the fitted and the current weights, each part's reliability: events and
share right per confidence bin, among events of 0.8 or more, and the calibration error (the
bins' gap between share right and mean confidence, weighted by their events).

One command refits on the code as it stands and writes the weights into the module:

    PYTHONPATH=services .venv/bin/python tools/fit_confidence.py \\
        --texts-dir /work/gold-work --fakes ../shared/eval-dev/fakes-dev.csv --write

and, to see what the article clues would weigh on development data (printed, never written:
nothing fitted on development data ships):

    PYTHONPATH=services .venv/bin/python tools/fit_confidence.py \\
        --fakes ../shared/eval-dev/fakes-dev.csv gold/gwn.events.jsonl=GWN_TEXTS.jsonl \\
        --fit tune,tune2,gwn-tune --only lone_mention,few_event_words

``--texts-dir DIR`` pairs every ``gold/NAME.events.jsonl`` but the FA-KES ones with
``DIR/NAME/texts.jsonl`` (the parts whose texts are missing are left out); ``--fakes CSV`` adds the
FA-KES golds read from that CSV (``fakes-dev``: parts ``tune`` and ``holdout``; ``fakes-holdout2``:
part ``tune2``). ``GOLD.jsonl=TEXTS`` pairs may be given too. The blind parts (``holdout2``,
``holdout3``, ``holdout4``, ``gwn-holdout``) are never read: their articles are skipped before
extraction. ``holdout`` is never fitted on (a rule part since the forty-ninth round); ``tune``,
``tune2``, ``tune3``, ``tune4`` and ``gwn-tune`` may be fitted on to look, but ``--write`` refuses
them (nothing fitted on development data ships). The default ``--fit`` is the web tuning parts;
every other part is printed as a check, as summary figures. ``--clues`` fits a subset of the clues
(the others weigh nothing), to try one; ``--only`` fits a subset and holds the other weights and the
bias as they are. A development tool: it reads texts that never enter the repository; only the
weights it writes are kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

from newsevents.evaluation.article_gold import load_gold, read_texts
from newsevents.evaluation.articles import Scores, gold_article_message, score_article
from newsevents.extraction.output import confidence as module
from newsevents.extraction.output.confidence import WEIGHTS, Telling, Weights, clues
from newsevents.extraction.output.message import to_message
from newsevents.extraction.pipeline import Pipeline

Row = tuple[str, dict[str, bool], bool]  # part, clues, right

FIT_PARTS = "web,webtune,web2,web3,web4"
NEVER_FIT = frozenset({"holdout"})  # FA-KES: the first article gold's check (a rule part since 49)
# Parts whose texts are development data from the shared folder: fitted on to look, never
# written into the module.
DEVELOPMENT = frozenset({"tune", "tune2", "tune3", "tune4", "gwn-tune"})
# Parts only the lead scores: never extracted here.
BLIND = frozenset({"holdout2", "holdout3", "holdout4", "gwn-holdout"})
_REPO = Path(__file__).resolve().parent.parent
_FAKES_GOLDS = ("fakes-dev.events.jsonl", "fakes-holdout2.events.jsonl")


def collect(gold_path: Path, texts_path: Path) -> list[Row]:
    """Every published event of the gold's articles: its part, its clues, whether it is a hit."""
    pipeline = Pipeline()
    texts = read_texts(texts_path)
    rows: list[Row] = []
    for article in load_gold(gold_path):
        if article.part in BLIND:
            continue
        message = gold_article_message(article, texts, texts_path)
        reading = pipeline.read(message)
        telling = Telling(reading.doc, reading.drafts, reading.sole)
        events = [to_message(message, reading.doc, d, telling=telling) for d in reading.drafts]
        verdicts = [v for v in score_article(article, events, Scores()) if v["verdict"] != "missed"]
        for draft, verdict in zip(reading.drafts, verdicts, strict=True):
            rows.append((article.part, clues(draft, telling), verdict["verdict"] == "hit"))
    return rows


def fit(
    rows: list[Row],
    names: list[str],
    l2: float = 1.0,
    steps: int = 4000,
    rate: float = 0.5,
    keep: Weights | None = None,
) -> Weights:
    """The weights of ``names`` that fit ``rows`` best: the others nought, or, given ``keep``,
    the others and the bias as ``keep`` has them."""
    w: dict[str, float] = dict.fromkeys(["bias", *names], 0.0)
    if keep is not None:
        w = dataclasses.asdict(keep) | dict.fromkeys(names, 0.0)
    fitted = names if keep is not None else ["bias", *names]
    for _ in range(steps):
        grad = dict.fromkeys(w, 0.0)
        for _, held, right in rows:
            p = _probability(w, held)
            grad["bias"] += p - right
            for name in names:
                grad[name] += (p - right) * held[name]
        for name in fitted:
            penalty = l2 * w[name] if name != "bias" else 0.0
            w[name] -= rate * (grad[name] + penalty) / len(rows)
    zero = {f.name: 0.0 for f in dataclasses.fields(Weights)}
    return Weights(**(zero | {name: round(value, 2) for name, value in w.items()}))


def _probability(w: dict[str, float], held: dict[str, bool]) -> float:
    logit = w["bias"] + sum(w.get(name, 0.0) for name, holds in held.items() if holds)
    return 1 / (1 + math.exp(-logit))


def reliability(rows: list[Row], weights: Weights) -> str:
    w = dataclasses.asdict(weights)
    bins: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    high = [0, 0]
    for _, held, right in rows:
        score = round(_probability(w, held), 2)
        cell = bins[min(9, int(score * 10))]
        cell[0] += 1
        cell[1] += right
        cell[2] += score
        if score >= 0.8:
            high[0] += 1
            high[1] += right
    table = " ".join(f"{b / 10:.1f}:{n:.0f}/{h:.0f}" for b, (n, h, _) in sorted(bins.items()))
    gap = sum(abs(h - s) for n, h, s in bins.values()) / max(1, len(rows))
    share = f"{high[1] / high[0]:.3f}" if high[0] else "-"
    return (
        f"events {len(rows)}, at 0.8+: {high[0]} right {share}, calibration error {gap:.3f}; "
        f"bins (events/right) {table}"
    )


def write(weights: Weights, path: Path = Path(module.__file__)) -> None:
    """Set the defaults of ``Weights`` in the module's source to ``weights``."""
    source = path.read_text(encoding="utf-8")
    for name, value in dataclasses.asdict(weights).items():
        source, found = re.subn(
            rf"^(    {name}: float = )-?[\d.]+", rf"\g<1>{value}", source, count=1, flags=re.M
        )
        if not found:
            raise SystemExit(f"no weight {name} in {path}")
    path.write_text(source, encoding="utf-8")


def _pairs(args: argparse.Namespace) -> list[tuple[Path, Path]]:
    pairs = [(Path(g), Path(t)) for g, t in (pair.split("=", 1) for pair in args.gold)]
    if args.texts_dir:
        for gold in sorted((_REPO / "gold").glob("*.events.jsonl")):
            texts = Path(args.texts_dir) / gold.name.removesuffix(".events.jsonl") / "texts.jsonl"
            if gold.name not in _FAKES_GOLDS and texts.exists():
                pairs.append((gold, texts))
    if args.fakes:
        pairs += [(_REPO / "gold" / name, Path(args.fakes)) for name in _FAKES_GOLDS]
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", help="GOLD.jsonl=TEXTS pairs")
    parser.add_argument("--texts-dir", help="DIR/NAME/texts.jsonl for each gold/NAME")
    parser.add_argument("--fakes", help="the FA-KES CSV, for the FA-KES golds' texts")
    parser.add_argument("--fit", default=FIT_PARTS, help="the parts to fit on, comma-separated")
    parser.add_argument("--clues", help="the clues to fit (default: all), comma-separated")
    parser.add_argument("--only", help="the clues to fit, the other weights held, comma-separated")
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    args = parser.parse_args()
    parts = set(args.fit.split(","))
    if parts & NEVER_FIT:
        raise SystemExit(f"never fitted on: {', '.join(sorted(parts & NEVER_FIT))}")
    if args.write and parts & DEVELOPMENT:
        raise SystemExit(
            f"development data, never written: {', '.join(sorted(parts & DEVELOPMENT))}"
        )
    rows: list[Row] = []
    for gold, texts in _pairs(args):
        rows += collect(gold, texts)
    names = [f.name for f in dataclasses.fields(Weights) if f.name != "bias"]
    chosen = args.clues.split(",") if args.clues else names
    if args.only:
        chosen = args.only.split(",")
    keep = WEIGHTS if args.only else None
    fitted = fit([row for row in rows if row[0] in parts], chosen, keep=keep)
    out = sys.stdout
    out.write(f"fitted on {sorted(parts)}: {fitted}\n")
    for part in sorted({row[0] for row in rows}):
        mine = [row for row in rows if row[0] == part]
        role = "fitted" if part in parts else "check"
        out.write(f"{part} ({role})\n  current {reliability(mine, WEIGHTS)}\n")
        out.write(f"  fitted  {reliability(mine, fitted)}\n")
    if args.write:
        write(fitted)
        out.write(f"written to {module.__file__}\n")


if __name__ == "__main__":
    main()
