"""GeoWebNews (Gritta, Pilehvar and Collier 2019) as a test of the place resolver.

Each ``<article>`` has ``<text>`` and ``<toponyms>`` with ``type``, ``start``/``end`` character
offsets into the text and, for most literal and associative ones, ``latitude``/``longitude``.

Gold toponyms are the literal and associative types of the paper (``TOPONYM_TYPES``); the
expression types (``Literal_Expression``, ``Non_Lit_Expression``), ``Non_Toponym`` and
``Homonym`` are not toponyms. A predicted place mention matches a gold toponym when their
offsets overlap.

- precision: predicted mentions overlapping a gold toponym / predicted mentions;
- recall: gold toponyms overlapped by a prediction / gold toponyms (also per type and without
  demonyms and language names, which a gazetteer of places does not tag);
- geocoding, over recognised toponyms with gold coordinates: share within 161 km (100 miles),
  mean and median error, and the AUC of the sorted log error curve (0 best, 1 worst).
"""

from __future__ import annotations

import datetime as dt
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contracts import Article
from ..extraction.document import PlaceMention, Span
from ..extraction.pipeline import Pipeline
from ..extraction.places.shared.geometry import haversine_km
from .metrics import Ratio, error_auc, f1, fmt, table

LITERAL_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})
ASSOCIATIVE_TYPES = frozenset(
    {"Metonymic", "Embedded_Non_Lit", "Non_Literal_Modifier", "Demonym", "Language"}
)
TOPONYM_TYPES = LITERAL_TYPES | ASSOCIATIVE_TYPES
NOT_PLACE_NAMES = frozenset({"Demonym", "Language"})
ACCURACY_KM = 161.0
TARGETS = {"recall": 0.80, "accuracy_161km": 0.88}


@dataclass(frozen=True, slots=True)
class Toponym:
    span: Span
    name: str
    type: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class GeoArticle:
    id: str
    text: str
    toponyms: tuple[Toponym, ...]
    title: str = ""
    link: str = ""


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def read_articles(path: Path) -> list[GeoArticle]:
    root = ET.parse(path).getroot()  # a local file the user names, not remote input
    articles: list[GeoArticle] = []
    for number, node in enumerate(root.iter("article")):
        toponyms = []
        for item in node.iter("toponym"):
            toponyms.append(
                Toponym(
                    span=Span(int(item.findtext("start") or 0), int(item.findtext("end") or 0)),
                    name=item.findtext("extractedName") or "",
                    type=item.findtext("type") or "",
                    latitude=_float(item.findtext("latitude")),
                    longitude=_float(item.findtext("longitude")),
                )
            )
        article_id = node.get("file") or str(number)
        articles.append(
            GeoArticle(
                article_id,
                node.findtext("text") or "",
                tuple(toponyms),
                title=node.findtext("title") or "",
                link=node.findtext("link") or "",
            )
        )
    return articles


@dataclass(slots=True)
class GeoReport:
    articles: int = 0
    predicted: Ratio = field(default_factory=Ratio)  # correct = overlaps a gold toponym
    recall: Ratio = field(default_factory=Ratio)
    recall_places: Ratio = field(default_factory=Ratio)  # without demonyms and languages
    by_type: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    accuracy: Ratio = field(default_factory=Ratio)
    errors_km: list[float] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    far: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        precision, recall = self.predicted.value, self.recall.value
        return {
            "articles": self.articles,
            "toponyms": self.recall.total,
            "predicted": self.predicted.total,
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "recall_without_demonyms": self.recall_places.value,
            "f1_without_demonyms": f1(precision, self.recall_places.value),
            "geocoded": self.accuracy.total,
            "accuracy_161km": self.accuracy.value,
            "mean_error_km": statistics.fmean(self.errors_km) if self.errors_km else None,
            "median_error_km": statistics.median(self.errors_km) if self.errors_km else None,
            "auc": error_auc(self.errors_km),
        }

    def render(self) -> str:
        m = self.metrics()
        rows = [
            ("precision", fmt(m["precision"]), _count(self.predicted), ""),
            ("recall", fmt(m["recall"]), _count(self.recall), fmt(TARGETS["recall"])),
            ("F1", fmt(m["f1"]), "", ""),
            ("recall without demonyms/languages", fmt(m["recall_without_demonyms"]),
             _count(self.recall_places), ""),
            ("accuracy within 161 km", fmt(m["accuracy_161km"]), _count(self.accuracy),
             fmt(TARGETS["accuracy_161km"])),
            ("mean error km", fmt(m["mean_error_km"]), "", ""),
            ("median error km", fmt(m["median_error_km"]), "", ""),
            ("AUC of error curve (lower is better)", fmt(m["auc"]), "", ""),
        ]  # fmt: skip
        rows.extend(
            (f"  recall of {name}", fmt(ratio.value), _count(ratio), "")
            for name, ratio in sorted(self.by_type.items())
        )
        return table(("metric", "value", "count", "target"), rows)


def _count(ratio: Ratio) -> str:
    return f"{ratio.correct}/{ratio.total}"


def score_article(report: GeoReport, article: GeoArticle, places: list[PlaceMention]) -> None:
    report.articles += 1
    gold = [t for t in article.toponyms if t.type in TOPONYM_TYPES]
    others = [t for t in article.toponyms if t.type not in TOPONYM_TYPES]
    for place in places:
        hit = any(place.span.overlaps(t.span) for t in gold)
        report.predicted.add(hit)
        if not hit:
            label = "not a toponym" if any(place.span.overlaps(t.span) for t in others) else ""
            report.false_positives.append(f"{place.text} -> {place.name} {label}".strip())
    for toponym in gold:
        match = next((p for p in places if p.span.overlaps(toponym.span)), None)
        report.recall.add(match is not None)
        report.by_type[toponym.type].add(match is not None)
        if toponym.type not in NOT_PLACE_NAMES:
            report.recall_places.add(match is not None)
        if match is None:
            report.misses.append(f"{toponym.name} ({toponym.type})")
            continue
        if toponym.latitude is None or toponym.longitude is None:
            continue
        error = haversine_km(match.latitude, match.longitude, toponym.latitude, toponym.longitude)
        report.errors_km.append(error)
        report.accuracy.add(error <= ACCURACY_KM)
        if error > ACCURACY_KM:
            report.far.append(f"{toponym.name} -> {match.name}, {match.country_code}")


def evaluate(articles: list[GeoArticle], pipeline: Pipeline | None = None) -> GeoReport:
    pipeline = pipeline or Pipeline()
    report = GeoReport()
    published = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
    for article in articles:
        if not article.text.strip():
            continue
        message = Article(id=article.id, body=article.text, published_at=published)
        # Article strips the body: keep offsets aligned with the gold text.
        shift = len(article.text) - len(article.text.lstrip())
        doc = pipeline.annotate(message)
        found = sorted([*doc.places, *doc.place_references], key=lambda p: p.span.start)
        places = [_shifted(p, shift) for p in found] if shift else found
        score_article(report, article, places)
    return report


def _shifted(place: PlaceMention, shift: int) -> PlaceMention:
    from dataclasses import replace

    return replace(place, span=Span(place.span.start + shift, place.span.end + shift))


def run(path: Path, errors: int = 0) -> tuple[str, dict[str, Any]]:
    report = evaluate(read_articles(path))
    text = report.render()
    if errors:
        from collections import Counter

        for title, items in (
            ("missed toponyms", report.misses),
            ("false positives", report.false_positives),
            ("geocoded > 161 km away", report.far),
        ):
            common = Counter(items).most_common(errors)
            text += "\n\n" + table((title, "n"), [(k, str(n)) for k, n in common])
    return text, report.metrics()
