"""Fit and cross-validate a learned last merge on our article gold: are two events of one
article the same real occurrence?

Runs the extractor on the articles of each gold part, takes the events it publishes and labels
every PAIR of events of one article: one occurrence when both are matched (as hit or duplicate,
``evaluate articles``'s verdict) to the same gold occurrence; different otherwise: matched to
different occurrences, or one of them background or spurious (an event of history or of nothing
is no retelling of a news occurrence; ``--skip-unmatched`` fits without such pairs instead). The
clues of each pair are :func:`merge_pairs.pair_clues` (structural: kinds, places, days, actors,
tolls, distance in the text, the lead, pointing back or told as new, the article's build). A
logistic model (L2, by gradient descent, pairs of one pattern of clues counted together) is
cross-validated by part: fitted on all fitting parts but one, with the threshold chosen on them
(most right folds less ``--cost`` times the wrong ones), and tested on the part left out. For
each it prints the pair precision and recall above the threshold and what a greedy fold (most
likely pair first, the later event into the earlier, each event folded once) would do to the
article figures: non-hit events removed (precision gains), hits folded into an event of their
own occurrence, hits lost (folded into another occurrence's event: recall and precision lose).
Then the model fitted on every fitting part, and its figures on each part; check parts (FA-KES
``tune`` and ``holdout`` with ``--fakes``, ``web6``) are printed as summary figures only, never
fitted on.

    PYTHONPATH=services .venv/bin/python tools/fit_merge.py --texts-dir /work/gold-work \\
        --fakes ../shared/eval-dev/fakes-dev.csv

Tried as a stage of the pipeline (the fitted model, folding with ``take_fields`` through
``absorb``) and not kept: see docs/rounds/08.md, "Eighth round, a learned last merge". A
development tool: it reads texts that never enter the repository.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from merge_pairs import Article, Weights, pair_clues, read_scored

from newsevents.evaluation.article_gold import load_gold, read_texts
from newsevents.extraction.pipeline import Pipeline

FIT_PARTS = "web,webtune,web2,web3,web4,web5"
CHECK_PARTS = "web6"  # summary figures only
NEVER_FIT = frozenset({"tune", "holdout", "web6"})  # FA-KES (shared folder) and the check part
_REPO = Path(__file__).resolve().parent.parent
_FAKES_GOLD = "fakes-dev.events.jsonl"


@dataclass(frozen=True, slots=True)
class Pair:
    part: str
    article: str
    first: int  # the events' indexes in the article's published events
    later: int
    clues: tuple[str, ...]  # the clues that hold
    same: bool
    unmatched: bool  # one of the events is background or spurious
    first_hit: bool
    later_hit: bool


def collect(gold_path: Path, texts_path: Path, parts: set[str]) -> list[Pair]:
    """Every pair of events the pipeline publishes for one article of ``parts``."""
    pipeline = Pipeline()
    texts = read_texts(texts_path)
    pairs: list[Pair] = []
    for gold in load_gold(gold_path):
        if gold.part not in parts:
            continue
        reading, verdicts = read_scored(pipeline, gold, texts, texts_path)
        order = sorted(
            range(len(reading.drafts)),
            key=lambda i: (min(reading.drafts[i].sentences), reading.drafts[i].trigger.span.start),
        )
        news = [reading.drafts[i] for i in order]
        article = Article.of(reading.doc, news)
        for b in range(len(order)):
            for a in range(b):
                va, vb = verdicts[order[a]], verdicts[order[b]]
                held = pair_clues(article, news[a], news[b])
                unmatched = va["occurrence"] is None or vb["occurrence"] is None
                pairs.append(
                    Pair(
                        gold.part,
                        gold.article,
                        a,
                        b,
                        tuple(sorted(n for n, h in held.items() if h)),
                        not unmatched and va["occurrence"] == vb["occurrence"],
                        unmatched,
                        va["verdict"] == "hit",
                        vb["verdict"] == "hit",
                    )
                )
    return pairs


def fit(pairs: list[Pair], l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> Weights:
    """The weights that fit ``pairs`` best (pairs of one pattern of clues counted together)."""
    names = [f.name for f in dataclasses.fields(Weights) if f.name != "bias"]
    patterns: Counter[tuple[tuple[str, ...], bool]] = Counter((p.clues, p.same) for p in pairs)
    grouped = [(clues, same, n) for (clues, same), n in patterns.items()]
    w = dict.fromkeys(["bias", *names], 0.0)
    total = max(1, len(pairs))
    for _ in range(steps):
        grad = dict.fromkeys(w, 0.0)
        for clues, same, n in grouped:
            logit = w["bias"] + sum(w[c] for c in clues)
            error = n * (1 / (1 + math.exp(-logit)) - same)
            grad["bias"] += error
            for c in clues:
                grad[c] += error
        for name in w:
            penalty = l2 * w[name] if name != "bias" else 0.0
            w[name] -= rate * (grad[name] + penalty) / total
    return Weights(**{name: round(value, 2) for name, value in w.items()})


def probability(weights: Weights, clues: tuple[str, ...]) -> float:
    logit = weights.bias + sum(getattr(weights, c) for c in clues)
    return 1 / (1 + math.exp(-logit))


def choose_threshold(pairs: list[Pair], weights: Weights, cost: float = 2.0) -> float:
    """The threshold whose folds of ``pairs`` are most right less ``cost`` times the wrong."""
    best, chosen = 0.0, 1.0
    for step in range(30, 100, 5):
        threshold = step / 100
        right = sum(p.same for p in pairs if probability(weights, p.clues) >= threshold)
        wrong = sum(not p.same for p in pairs if probability(weights, p.clues) >= threshold)
        if right - cost * wrong > best:
            best, chosen = right - cost * wrong, threshold
    return chosen


def pair_figures(pairs: list[Pair], weights: Weights, threshold: float) -> str:
    folded = [p for p in pairs if probability(weights, p.clues) >= threshold]
    right = sum(p.same for p in folded)
    same = sum(p.same for p in pairs)
    precision = f"{right / len(folded):.3f}" if folded else "-"
    recall = f"{right / same:.3f}" if same else "-"
    unmatched = sum(p.unmatched for p in folded)
    return (
        f"pairs {len(pairs)} (one occurrence {same}); above {threshold:.2f}: {len(folded)}, "
        f"right {right} (precision {precision}, recall {recall}; {unmatched} with background "
        f"or spurious)"
    )


def greedy_effect(pairs: list[Pair], weights: Weights, threshold: float) -> str:
    """What the stage's greedy fold would do to the article figures, by the pairs' verdicts:
    events folded that were no hits (duplicates, background, spurious: precision gains), hits
    folded into an event of another occurrence (lost)."""
    by_article: dict[str, list[Pair]] = {}
    for p in pairs:
        by_article.setdefault(p.article, []).append(p)
    removed_non_hits = lost_hits = merged_hits = 0
    for article_pairs in by_article.values():
        scored = sorted(
            (
                (probability(weights, p.clues), p.first, p.later, p)
                for p in article_pairs
                if probability(weights, p.clues) >= threshold
            ),
            key=lambda s: (-s[0], s[1], s[2]),
        )
        folded: set[int] = set()
        for _, first, later, p in scored:
            if first in folded or later in folded:
                continue
            folded.add(later)
            if not p.later_hit:
                removed_non_hits += 1
            elif p.same:
                merged_hits += 1  # the earlier duplicate becomes the hit
            else:
                lost_hits += 1
    return (
        f"greedy fold: non-hit events removed {removed_non_hits}, hits folded into their "
        f"occurrence's other event {merged_hits}, hits lost {lost_hits}"
    )


def _sources(args: argparse.Namespace, parts: set[str]) -> list[tuple[Path, Path]]:
    sources: list[tuple[Path, Path]] = []
    for part in sorted(parts - {"tune", "holdout"}):
        texts = Path(args.texts_dir) / part / "texts.jsonl"
        gold = _REPO / "gold" / f"{part}.events.jsonl"
        if gold.exists() and texts.exists():
            sources.append((gold, texts))
    if args.fakes:
        sources.append((_REPO / "gold" / _FAKES_GOLD, Path(args.fakes)))
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts-dir", required=True, help="DIR/PART/texts.jsonl per web part")
    parser.add_argument("--fakes", help="the FA-KES CSV: its parts are checked, never fitted")
    parser.add_argument("--fit", default=FIT_PARTS, help="the parts to fit on, comma-separated")
    parser.add_argument("--check", default=CHECK_PARTS, help="web parts only checked")
    parser.add_argument(
        "--skip-unmatched",
        action="store_true",
        help="fit without pairs with a background or spurious event",
    )
    parser.add_argument("--cache", help="a JSON file of collected pairs (read if it exists)")
    parser.add_argument("--cost", type=float, default=2.0, help="a wrong fold against a right")
    parser.add_argument("--l2", type=float, default=1.0, help="the L2 penalty")
    args = parser.parse_args()
    fitting = set(args.fit.split(","))
    if fitting & NEVER_FIT:
        raise SystemExit(f"never fitted on: {', '.join(sorted(fitting & NEVER_FIT))}")
    checks = set(args.check.split(",")) if args.check else set()
    if args.fakes:
        checks |= {"tune", "holdout"}
    if args.cache and Path(args.cache).exists():
        pairs = [
            Pair(**{**p, "clues": tuple(p["clues"])})
            for p in json.loads(Path(args.cache).read_text(encoding="utf-8"))
        ]
    else:
        pairs = []
        for gold, texts in _sources(args, fitting | checks):
            pairs += collect(gold, texts, fitting | checks)
        if args.cache:
            Path(args.cache).write_text(
                json.dumps([dataclasses.asdict(p) for p in pairs]), encoding="utf-8"
            )
    out = sys.stdout
    usable = [p for p in pairs if not (args.skip_unmatched and p.unmatched)]
    out.write("cross-validation by part (fitted on the others, threshold chosen on them):\n")
    for held in sorted(fitting):
        train = [p for p in usable if p.part in fitting - {held}]
        weights = fit(train, l2=args.l2)
        threshold = choose_threshold(train, weights, args.cost)
        test = [p for p in pairs if p.part == held]
        out.write(f"  {held}: {pair_figures(test, weights, threshold)}\n")
        out.write(f"    {greedy_effect(test, weights, threshold)}\n")
    train = [p for p in usable if p.part in fitting]
    weights = fit(train, l2=args.l2)
    threshold = choose_threshold(train, weights, args.cost)
    out.write(f"fitted on {sorted(fitting)}, threshold {threshold}: {weights}\n")
    for part in sorted({p.part for p in pairs}):
        mine = [p for p in pairs if p.part == part]
        role = "fitted" if part in fitting else "check"
        out.write(f"  {part} ({role}): {pair_figures(mine, weights, threshold)}\n")
        out.write(f"    {greedy_effect(mine, weights, threshold)}\n")


if __name__ == "__main__":
    main()
