"""What two events of one article are ABOUT, against our article gold: do mentions of one real
occurrence share their victims, their target, their toll or their named sides, where mentions of
two occurrences differ?

A sibling of ``tools/fit_merge.py`` (whose clues are structural: sentence, distance, place,
type). Runs the extractor on each tuning part's articles, labels every pair of events it
publishes for one article as one occurrence (both matched, hit or duplicate, to the same gold
occurrence) or not, and prints for each aboutness clue how well "merge when the clue holds"
separates the two: pairs it holds for, how many of them are one occurrence (precision) and
what share of all one-occurrence pairs it finds (recall), by part and overall.

    PYTHONPATH=services .venv/bin/python tools/about_pairs.py --texts-dir /work/gold-work \\
        --fakes ../shared/eval-dev/fakes-dev.csv

Only tuning parts: the check parts (``holdout``, ``web8`` and later ones) are refused. A
development tool: it reads texts that never enter the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from merge_pairs import Article, pair_clues, read_scored

from newsevents.evaluation.article_gold import load_gold, read_texts
from newsevents.extraction.document import Document, sentence_at
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.incidents.aboutness import (
    TARGET_NOUNS,
    About,
    about,
    shared_about,
)
from newsevents.extraction.events.merge.incidents.same_act import (
    conflict,
    read_act,
    shared_slot,
    slots_conflict,
)
from newsevents.extraction.pipeline import Pipeline

TUNING = ("web", "webtune", "web2", "web3", "web4", "web5", "web6", "web7")
NEVER = frozenset({"holdout", "web8", "web9"})
_REPO = Path(__file__).resolve().parent.parent


# A target told by its name: "the Al-Huda Mosque", "Tal Bira police station", "Wadi Sarr
# checkpoint" (capitalised words right before the noun).
_NAMED_TARGET = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,4})(?i:("
    + "|".join(sorted(TARGET_NOUNS, key=len, reverse=True))
    + r"))\b"
)
_CAPITAL = re.compile(r"[A-Z]")
_SKIP_NAME = frozenset({"the", "a", "an", "this", "that", "police", "army", "military"})


@dataclass(frozen=True, slots=True)
class Measured:
    """What the merge pass reads of an event (:class:`About`) and the clues only measured here:
    the counts of its sentences and its tolls, its targets' names, its named sides."""

    about: About
    counts: frozenset[float]
    target_names: frozenset[str]
    sides: frozenset[str]

    def __str__(self) -> str:
        parts = [
            f"tolls={sorted(self.about.tolls)}",
            f"counts={sorted(self.counts)}",
            f"victims={sorted(self.about.victims)}",
            f"targets={sorted(self.about.targets)}",
            f"names={sorted(self.target_names)}",
            f"sides={sorted(self.sides)}",
            f"toll_victims={sorted(self.about.toll_victims)}",
        ]
        return " ".join(parts)


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for match in _NAMED_TARGET.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in _SKIP_NAME]
        if words and all(_CAPITAL.match(w) for w in words):
            names.add(" ".join(words).lower() + " " + TARGET_NOUNS.get(match.group(2).lower(), ""))
    return names


def measured(doc: Document, draft: EventDraft) -> Measured:
    """What ``draft``'s own sentences say it is about, the measured-only clues too."""
    told = about(doc, draft)
    names: set[str] = set()
    counts: set[float] = set(told.tolls)
    for index in draft.sentences:
        if index >= len(doc.sentences):
            continue
        sentence = doc.sentences[index]
        names |= _names(sentence.text)
        for quantity in doc.in_sentence(doc.quantities, sentence):
            if quantity.kind == "count" and quantity.value >= 1:
                counts.add(quantity.value)
    sides = frozenset(
        a.name for a in (draft.actor1, draft.actor2) if a is not None and not a.generic
    )
    return Measured(told, frozenset(counts), frozenset(names), sides)


def _clues(a: Measured, b: Measured, same_sentence: bool) -> dict[str, bool]:
    shared = shared_about(a.about, b.about)
    count = bool(a.counts & b.counts)
    target_name = bool(a.target_names & b.target_names)
    any_about = shared.toll or count or shared.victims or target_name
    return {
        "toll_victims": bool(a.about.toll_victims & b.about.toll_victims),
        "toll_equal": shared.toll,
        "count_equal": count,
        "victim_noun": shared.victims,
        "target_noun": shared.target,
        "target_name": target_name,
        "named_side": bool(a.sides & b.sides),
        "any_about": any_about,
        "tolls_differ": shared.tolls_differ,
        "victims_differ": shared.victims_differ,
        "about_not_differ": any_about and not (shared.tolls_differ or shared.victims_differ),
        "same_sentence": same_sentence,
    }


def _act_clues(doc: Document, first: EventDraft, later: EventDraft) -> dict[str, object]:
    """What the two ACTS name (:mod:`...incidents.same_act`): compatible on every slot both
    fill, a distinctive slot shared, and both (the fold's test)."""
    a, b = read_act(doc, first), read_act(doc, later)
    why = conflict(doc, first, later) or ("slots" if slots_conflict(a, b) else None)
    fits = why is None
    slot = shared_slot(a, b)
    one_sentence = bool(set(first.sentences) & set(later.sentences))
    return {
        "act_compatible": fits,
        "act_shared_slot": slot is not None,
        "act_fold": fits and slot is not None,
        "act_fold_toll": fits and slot == "toll",
        "act_fold_target": fits and slot in ("target", "named target"),
        "act_fold_one_sentence": fits and slot is not None and one_sentence,
        "act_conflict": why or "",
        "act_slot": slot or "",
    }


def _places(draft: EventDraft) -> str:
    return "; ".join(f"{p.name}/{p.precision}/{p.admin1}" for p in draft.places[:4])


def collect(gold_path: Path, texts_path: Path, parts: set[str]) -> list[dict[str, object]]:
    pipeline = Pipeline()
    texts = read_texts(texts_path)
    rows: list[dict[str, object]] = []
    for gold in load_gold(gold_path):
        if gold.part not in parts or gold.part in NEVER:
            continue
        reading, verdicts = read_scored(pipeline, gold, texts, texts_path)
        drafts = reading.drafts
        abouts = [measured(reading.doc, d) for d in drafts]
        words = len(reading.doc.text.split())
        article = Article.of(reading.doc, drafts)
        for j in range(len(drafts)):
            for i in range(j):
                vi, vj = verdicts[i], verdicts[j]
                unmatched = vi["occurrence"] is None or vj["occurrence"] is None
                same_sentence = bool(set(drafts[i].sentences) & set(drafts[j].sentences))
                trigger_sentences = {
                    k: sentence_at(reading.doc.sentences, drafts[k].trigger.span) for k in (i, j)
                }
                one_sentence = trigger_sentences[i] is trigger_sentences[j]
                first, later = sorted((i, j), key=lambda k: min(drafts[k].sentences))
                structure = pair_clues(article, drafts[first], drafts[later])
                clues: dict[str, object] = dict(_clues(abouts[i], abouts[j], same_sentence))
                clues.update(_act_clues(reading.doc, drafts[first], drafts[later]))
                rows.append(
                    {
                        "part": gold.part,
                        "article": gold.article,
                        "short": words < 200,
                        "same": not unmatched and vi["occurrence"] == vj["occurrence"],
                        "clues": clues,
                        "structure": structure,
                        "trigger_sentence": one_sentence,
                        "types": [drafts[i].event_type, drafts[j].event_type],
                        "status": [drafts[i].temporal_status, drafts[j].temporal_status],
                        "places": [_places(drafts[first]), _places(drafts[later])],
                        "a": str(abouts[i]),
                        "b": str(abouts[j]),
                        "va": vi["verdict"],
                        "vb": vj["verdict"],
                    }
                )
    return rows


def report(rows: list[dict[str, object]], label: str) -> str:
    same_total = sum(bool(r["same"]) for r in rows)
    lines = [f"{label}: pairs {len(rows)}, one occurrence {same_total}"]
    names = [n for n, v in rows[0]["clues"].items() if isinstance(v, bool)] if rows else []  # type: ignore[attr-defined]
    for name in names:
        held = [r for r in rows if r["clues"][name]]  # type: ignore[index]
        right = sum(bool(r["same"]) for r in held)
        precision = f"{right / len(held):.2f}" if held else "-"
        recall = f"{right / same_total:.2f}" if same_total else "-"
        lines.append(f"  {name:18} holds {len(held):4}  same {right:4}  P {precision}  R {recall}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts-dir", required=True)
    parser.add_argument("--fakes", help="the FA-KES CSV: part tune only")
    parser.add_argument("--parts", default=",".join(TUNING))
    parser.add_argument("--cache", help="a JSON file of collected pairs (read if it exists)")
    parser.add_argument("--show", help="list the pairs a clue holds for, with their labels")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if parts & NEVER:
        raise SystemExit(f"check parts are never read: {', '.join(sorted(parts & NEVER))}")
    if args.cache and Path(args.cache).exists():
        rows = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    else:
        rows = []
        for part in sorted(parts):
            texts = Path(args.texts_dir) / part / "texts.jsonl"
            gold = _REPO / "gold" / f"{part}.events.jsonl"
            if gold.exists() and texts.exists():
                rows += collect(gold, texts, {part})
        if args.fakes:
            rows += collect(_REPO / "gold" / "fakes-dev.events.jsonl", Path(args.fakes), {"tune"})
        if args.cache:
            Path(args.cache).write_text(json.dumps(rows), encoding="utf-8")
    out = sys.stdout
    out.write(report(rows, "all") + "\n")
    out.write(report([r for r in rows if r["short"]], "short articles (< 200 words)") + "\n")
    for part in sorted({str(r["part"]) for r in rows}):
        out.write(report([r for r in rows if r["part"] == part], part) + "\n")
    for row in rows if args.show else []:
        clues = row["clues"]
        assert isinstance(clues, dict)
        if clues[args.show]:
            label = "one" if row["same"] else "two"
            out.write(
                f"{row['article']} {label} {row['types']} {row['va']}/{row['vb']}"
                f" conflict={clues['act_conflict']} slot={clues['act_slot']} {row['places']}\n"
            )


if __name__ == "__main__":
    main()
