"""Whole articles against event-level gold: what users receive, precision and recall together.

The gold (our own annotations: ids, offsets and labels, no article text) lists for each article
every *occurrence* an analyst would code, with the spans of the body that tell it, and the
background it deliberately excludes (history, standing situations, plans, denials). The texts
come from elsewhere (``--texts``): a FA-KES CSV, whose rows are named ``fakes-dev:ROW``, or JSON
Lines articles named by their ``id``; each gold line carries the SHA-1 of its body, so a changed
text is refused rather than scored.

Matching (one to one, best affinity first): an emitted event belongs to the occurrence whose
evidence its own evidence sentence overlaps, preferring the same event type, then the same
place. Per occurrence the best such event is a hit; every other event of it is a *duplicate*.
An event overlapping only background is *background*; one overlapping nothing is *spurious*.

Metrics: occurrence precision (hits / events emitted) and recall (occurrences hit / gold
occurrences), events per occurrence, the share of events that are duplicates, background and
spurious; of hits: type, ACLED sub-event type, actor1 and actor2, place, admin1, date (where the
gold gives one) and fatalities (where the gold states them), compared as
:mod:`.article_fields` says (the gold itself: :mod:`.article_gold`); the share of articles whose
emitted deaths add up to the gold's total, and of those over-counted (a toll copied onto a
duplicate shows there and in no field of a hit); and a reliability table of confidence against
being a hit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contracts import Article, EventMessage
from ..extraction.ontology import event_type
from ..extraction.pipeline import Pipeline
from .article_fields import actor_key, same_place
from .article_gold import GoldArticle, Occurrence, load_gold, read_texts
from .metrics import Ratio, fmt, same_first_level, table


@dataclass(slots=True)
class Scores:
    articles: int = 0
    occurrences: int = 0
    events: int = 0
    hits: int = 0
    duplicates: int = 0
    background: int = 0
    spurious: int = 0
    fields: dict[str, Ratio] = field(
        default_factory=lambda: {
            name: Ratio()
            for name in (
                "type",
                "sub_event_type",
                "actor1",
                "actor2",
                "place",
                "admin1",
                "date",
                "fatalities",
            )
        }
    )
    # articles whose emitted deaths add up to the gold's total (what a user summing sees)
    death_totals: Ratio = field(default_factory=Ratio)
    deaths_over: int = 0
    # confidence bin (0.0, 0.1, ...) -> hits among events of that bin
    reliability: dict[float, Ratio] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)


def run(
    gold_path: Path, texts_path: Path, errors: int = 0, dump: Path | None = None
) -> tuple[str, dict[str, Any]]:
    """Scores of each part of the gold (``tune``, ``holdout``) apart, then of all together;
    ``dump`` receives a JSON line per article with the verdict of each event and missed
    occurrence (and, for hits, each scored field as [gold, ours, right])."""
    gold = load_gold(gold_path)
    texts = read_texts(texts_path)
    pipeline = Pipeline()
    parts: dict[str, Scores] = {}
    overall = Scores()
    dumped: list[dict[str, Any]] = []
    for article in gold:
        events = pipeline.extract(gold_article_message(article, texts, texts_path))
        score_article(article, events, parts.setdefault(article.part, Scores()))
        verdicts = score_article(article, events, overall)
        dumped.append({"article": article.article, "part": article.part, "events": verdicts})
    sections: list[str] = []
    results: dict[str, Any] = {}
    for name, scores in [*sorted(parts.items()), ("all", overall)]:
        text, result = report(scores, errors if name == "all" else 0)
        sections.append(f"== {name}\n{text}")
        results[name] = result
    if dump is not None:
        lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in dumped)
        dump.write_text("".join(lines), encoding="utf-8")
    return "\n\n".join(sections), results


def gold_article_message(
    article: GoldArticle, texts: dict[str, tuple[str, str, dt.date | None]], texts_path: Path
) -> Article:
    """The article a gold line was annotated on, checked against the SHA-1 of its body."""
    if article.article not in texts:
        raise ValueError(f"no text for {article.article} in {texts_path}")
    title, body, fallback_date = texts[article.article]
    if hashlib.sha1(body.encode("utf-8")).hexdigest() != article.body_sha1:
        raise ValueError(f"the text of {article.article} differs from the annotated one")
    published = article.publication_date or fallback_date or dt.date(2016, 1, 1)
    return Article(
        id=article.article,
        title=title,
        body=body,
        published_at=dt.datetime.combine(published, dt.time(12), dt.UTC),
    )


def score_article(
    gold: GoldArticle, events: list[EventMessage], scores: Scores
) -> list[dict[str, Any]]:
    """Score one article's events; returns a verdict per event and per missed occurrence.

    Hits are assigned one to one, best affinity first (same type, same ACLED family, same
    place, then the earlier event): two air strikes in one sentence can hit two occurrences,
    and an event that loses its occurrence to a better one is a duplicate of it."""
    scores.articles += 1
    scores.occurrences += len(gold.occurrences)
    scores.events += len(events)
    spans = [(event.evidence.start, event.evidence.end) for event in events]
    pairs = sorted(
        (
            ((*_affinity(o, event), -event.evidence.start), index, o)
            for index, event in enumerate(events)
            for o in gold.occurrences
            if any(_overlaps(spans[index], s) for s in o.spans)
        ),
        key=lambda pair: pair[0],
        reverse=True,
    )
    hit_of: dict[int, Occurrence] = {}
    taken: set[str] = set()
    for _rank, index, occurrence in pairs:
        if index not in hit_of and occurrence.id not in taken:
            hit_of[index] = occurrence
            taken.add(occurrence.id)
    best_of = {index: occurrence for _rank, index, occurrence in reversed(pairs)}
    verdicts: list[dict[str, Any]] = []
    for index, event in enumerate(events):
        verdict = _verdict(gold, event, spans[index], hit_of.get(index), best_of.get(index))
        kind = verdict["verdict"]
        if kind == "hit":
            scores.hits += 1
            verdict["fields"] = _score_fields(hit_of[index], event, scores)
        else:
            scores.errors[f"{kind} {event.event_type}"] += 1
            if kind == "duplicate":
                scores.duplicates += 1
            elif kind == "background":
                scores.background += 1
            else:
                scores.spurious += 1
        _calibrate(scores, event, hit=kind == "hit")
        verdicts.append(verdict)
    _count_deaths(gold, events, scores)
    for occurrence in gold.occurrences:
        if occurrence.id not in taken:
            scores.errors[f"missed {occurrence.type}"] += 1
            verdicts.append(
                {"verdict": "missed", "occurrence": occurrence.id, "type": occurrence.type}
            )
    return verdicts


def _count_deaths(gold: GoldArticle, events: list[EventMessage], scores: Scores) -> None:
    """The article's deaths as a user adding up its events receives them, against the gold's
    total over its occurrences (a toll the text does not state counts 0 on both sides): an
    event copied or split with its toll counts the dead twice, which no field of a hit shows."""
    ours = sum(event.acled.fatalities for event in events if event.acled is not None)
    told = sum(o.fatalities or 0 for o in gold.occurrences)
    scores.death_totals.add(ours == told)
    scores.deaths_over += int(ours > told)


def _verdict(
    gold: GoldArticle,
    event: EventMessage,
    span: tuple[int, int],
    hit: Occurrence | None,
    best: Occurrence | None,
) -> dict[str, Any]:
    if hit is not None:
        verdict, occurrence = "hit", hit.id
    elif best is not None:
        verdict, occurrence = "duplicate", best.id
    elif any(_overlaps(span, s) for s in gold.background):
        verdict, occurrence = "background", None
    else:
        verdict, occurrence = "spurious", None
    return {
        "verdict": verdict,
        "occurrence": occurrence,
        "type": event.event_type,
        "evidence": list(span),
        "trigger": event.evidence.trigger,
        "confidence": event.confidence,
        "place": [event.locations[0].name, event.locations[0].precision]
        if event.locations
        else None,
        "actor1": event.acled.actor1 if event.acled is not None else None,
        "date_precision": event.time.precision,
        "mentions": len(event.evidence.mentions),
        "modality": event.modality,
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _affinity(occurrence: Occurrence, event: EventMessage) -> tuple[int, int, int]:
    same_type = occurrence.type == event.event_type
    same_family = event_type(occurrence.type).acled_event_type == event.codes.acled_event_type
    return (int(same_type), int(same_family), int(same_place(occurrence, event)))


def _score_fields(gold: Occurrence, event: EventMessage, scores: Scores) -> dict[str, Any]:
    """Adds the hit's fields to the scores; returns each scored field as [gold, ours, right]."""
    acled = event.acled
    compared: dict[str, tuple[object, object, bool]] = {
        "type": (gold.type, event.event_type, gold.type == event.event_type),
        "sub_event_type": (
            event_type(gold.type).acled_sub_event_type,
            event.codes.acled_sub_event_type,
            event_type(gold.type).acled_sub_event_type == event.codes.acled_sub_event_type,
        ),
    }
    if gold.actor1:
        ours = acled.actor1 if acled is not None else None
        compared["actor1"] = (gold.actor1, ours, actor_key(gold.actor1) == actor_key(ours))
    if gold.actor2:
        ours = acled.actor2 if acled is not None else None
        compared["actor2"] = (gold.actor2, ours, actor_key(gold.actor2) == actor_key(ours))
    if gold.place:
        ours = event.locations[0].name if event.locations else None
        compared["place"] = (gold.place, ours, same_place(gold, event))
    if gold.admin1:
        admin1 = acled.admin1 if acled is not None else None
        right = admin1 is not None and same_first_level(admin1, gold.admin1)
        compared["admin1"] = (gold.admin1, admin1, right)
    if gold.date:
        compared["date"] = (
            gold.date.isoformat(),
            event.time.date.isoformat(),
            event.time.date == gold.date,
        )
    if gold.fatalities is not None:
        ours_deaths = acled.fatalities if acled is not None else None
        compared["fatalities"] = (gold.fatalities, ours_deaths, ours_deaths == gold.fatalities)
    for name, (_gold_value, _ours, right) in compared.items():
        scores.fields[name].add(right)
    return {name: list(values) for name, values in compared.items()}


def _calibrate(scores: Scores, event: EventMessage, hit: bool) -> None:
    bin_floor = min(int(event.confidence * 10), 9) / 10
    scores.reliability.setdefault(bin_floor, Ratio()).add(hit)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def metrics(scores: Scores) -> dict[str, Any]:
    events = scores.events
    return {
        "articles": scores.articles,
        "occurrences": scores.occurrences,
        "events": events,
        "precision": _ratio(scores.hits, events),
        "recall": _ratio(scores.hits, scores.occurrences),
        "events_per_occurrence": _ratio(events, scores.occurrences),
        "duplicate_share": _ratio(scores.duplicates, events),
        "background_share": _ratio(scores.background, events),
        "spurious_share": _ratio(scores.spurious, events),
        **{f"{name}_accuracy": ratio.value for name, ratio in scores.fields.items()},
        "reliability": {
            f"{floor:.1f}": {"events": r.total, "hit_rate": r.value}
            for floor, r in sorted(scores.reliability.items())
        },
        "hit_rate_at_0.8": _at_least(scores, 0.8).value,
        "article_deaths_exact": scores.death_totals.value,
        "article_deaths_over": _ratio(scores.deaths_over, scores.articles),
    }


def _at_least(scores: Scores, floor: float) -> Ratio:
    """Events with confidence ``floor`` or more, and how many of them are hits."""
    bins = [r for f, r in scores.reliability.items() if f >= floor - 1e-9]
    return Ratio(sum(r.correct for r in bins), sum(r.total for r in bins))


def report(scores: Scores, errors: int) -> tuple[str, dict[str, Any]]:
    result = metrics(scores)
    rows = [
        ("articles / occurrences / events", f"{scores.articles} / {scores.occurrences} / {events}")
        for events in [scores.events]
    ]
    rows += [
        (name.replace("_", " "), fmt(result[name]))
        for name in (
            "precision",
            "recall",
            "events_per_occurrence",
            "duplicate_share",
            "background_share",
            "spurious_share",
        )
    ]
    rows += [
        (f"{name.replace('_', ' ')} of hits ({ratio.correct}/{ratio.total})", fmt(ratio.value))
        for name, ratio in scores.fields.items()
    ]
    rows += [
        (
            f"articles with the deaths' total right ({scores.death_totals.correct}/"
            f"{scores.death_totals.total})",
            fmt(scores.death_totals.value),
        ),
        (
            f"articles with deaths over-counted ({scores.deaths_over})",
            fmt(result["article_deaths_over"]),
        ),
    ]
    lines = [table(("metric", "value"), rows), ""]
    reliability = [
        (f"{floor:.1f}-{floor + 0.1:.1f}", str(ratio.total), fmt(ratio.value))
        for floor, ratio in sorted(scores.reliability.items())
    ]
    high = _at_least(scores, 0.8)
    reliability.append(("0.8 or more", str(high.total), fmt(high.value)))
    lines.append(table(("confidence", "events", "hit rate"), reliability))
    if errors:
        lines.append("commonest errors:")
        lines += [f"  {count:4d}  {what}" for what, count in scores.errors.most_common(errors)]
    return "\n".join(lines), result
