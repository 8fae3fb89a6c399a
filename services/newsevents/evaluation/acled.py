"""ACLED events with analyst notes as a test of event extraction.

Each row is one article: ``notes`` is the body and ``event_date`` (e.g. ``9-May-20``) the
publication date. The row's predicted event is ``primary_event`` of what the extractor finds
(see ``primary.py``); where, when, who and how many died are read from its published ``acled``
block, so the metrics score what users receive. A row without any extracted event counts as
wrong on every metric (it still counts in every denominator); coverage reports how many rows
had one.

Metrics (denominators in brackets):
- event type accuracy [all rows], an old-typology type (Asia 2015: "Remote violence",
  "Riots/Protests") read as the current types it maps to (``OLD_TYPES``); sub-event type
  accuracy [rows with a gold sub-event type];
- location within 25 km of the gold point [rows with geo_precision 1 or 2]; and its ceiling, the
  rows where some name the geoparser matches in the note has a gazetteer candidate within 25 km
  of the gold point (what choosing among candidates could reach at best), with the share of
  that ceiling reached;
- admin1 right, names compared by ``same_region_name`` [rows with a gold admin1]; and the same
  region under any spelling admin1.tsv knows for it ("Far North" = "Extreme-Nord",
  "Grodno" = "Hrodna"), reported apart: the target is on the first;
- event date right (``acled.event_date`` equals event_date) [all rows];
- fatalities right (``acled.fatalities`` equals the gold count) [rows with gold > 0], and
  the same over all rows as a check against invented deaths;
- actor1 right: the event's ``acled.actor1`` equals the gold actor1 [rows with a gold actor1],
  exactly and with the regime period ignored ("Military Forces of Syria (2000-2024)" =
  "Military Forces of Syria (2011-)").
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from ..contracts import AcledFields, Article, EventMessage
from ..extraction.actors.dictionary import country_names
from ..extraction.pipeline import Pipeline
from ..extraction.places.gazetteer import Kind, admin1_spellings, gazetteer
from ..extraction.places.reading.surface import scan
from ..extraction.places.reading.tokens import tokenise
from ..extraction.places.shared.geometry import haversine_km
from .metrics import Ratio, fmt, same_region_name, table
from .primary import primary_event

LOCATION_KM = 25.0


@dataclass(frozen=True, slots=True)
class AcledRow:
    event_id: str
    event_date: dt.date
    event_type: str
    sub_event_type: str
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    notes: str
    fatalities: int
    actor1: str = ""


def parse_date(text: str) -> dt.date:
    """``9-May-20`` (ACLED's export format) or ISO ``2020-05-09``."""
    for pattern in ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised ACLED date {text!r}")


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


# ACLED's typology before 2019 (the Asia 2015 set): old event type -> (new event type, the new
# sub-event type it implies, or "" when several do). "Riots/Protests" is either new type.
OLD_TYPES: dict[str, tuple[tuple[str, str], ...]] = {
    "Riots/Protests": (("Protests", ""), ("Riots", "")),
    "Battle-No change of territory": (("Battles", "Armed clash"),),
    "Battle-Government regains territory": (("Battles", "Government regains territory"),),
    "Battle-Non-state actors overtake territory": (
        ("Battles", "Non-state actor overtakes territory"),
    ),
    "Remote violence": (("Explosions/Remote violence", ""),),
    "Violence against civilians": (("Violence against civilians", ""),),
    "Violence Against Civilians": (("Violence against civilians", ""),),
    "Strategic development": (("Strategic developments", ""),),
    "Non-violent transfer of territory": (("Strategic developments", ""),),
    "Headquarters or base established": (("Strategic developments", ""),),
}


def type_right(gold: str, predicted: str | None) -> bool:
    """Whether the predicted (current) event type is the gold one, an old-typology gold type
    read as the new types it maps to."""
    if predicted is None:
        return False
    return predicted == gold or any(new == predicted for new, _ in OLD_TYPES.get(gold, ()))


def read_rows(path: Path) -> Iterator[AcledRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            if not (record.get("notes") or "").strip():
                continue
            yield AcledRow(
                event_id=record.get("event_id_cnty") or record.get("data_id") or "",
                event_date=parse_date(record["event_date"]),
                event_type=record.get("event_type", ""),
                sub_event_type=record.get("sub_event_type", ""),
                country=record.get("country", ""),
                admin1=record.get("admin1", ""),
                location=record.get("location", ""),
                latitude=_float(record.get("latitude")),
                longitude=_float(record.get("longitude")),
                geo_precision=int(record.get("geo_precision") or 3),
                notes=record["notes"].strip(),
                fatalities=int(record.get("fatalities") or 0),
                actor1=(record.get("actor1") or "").strip(),
            )


def article_of(row: AcledRow, country_hint: bool = False) -> Article:
    """The note as an article published on the event's day; with ``country_hint``, said to be
    about the row's country (``Article.countries``), as a national feed's would be."""
    published = dt.datetime.combine(row.event_date, dt.time(12), tzinfo=dt.UTC)
    code = country_codes().get(row.country.casefold()) if country_hint else None
    return Article(
        id=row.event_id or "acled-row",
        body=row.notes,
        published_at=published,
        countries=[code] if code else [],
    )


@cache
def country_codes() -> dict[str, str]:
    """Country name (casefolded; the gazetteer's, then ACLED's spelling) -> ISO code."""
    codes: dict[str, str] = {}
    for place in gazetteer().places:
        if place.kind == Kind.COUNTRY:
            codes.setdefault(place.name.casefold(), place.country_code)
    for code, name in country_names().items():
        codes.setdefault(name.casefold(), code)
    return codes


@dataclass(slots=True)
class RowResult:
    event_id: str
    gold_type: str
    gold_sub_type: str
    predicted_type: str | None
    predicted_sub_type: str | None
    gold_admin1: str
    predicted_admin1: str | None
    distance_km: float | None
    reachable: bool | None  # a candidate within 25 km (None: no gold point to reach)
    gold_date: str
    predicted_date: str | None
    gold_fatalities: int
    predicted_fatalities: int | None
    gold_actor1: str
    predicted_actor1: str | None
    events: int
    notes: str


# The metrics, by their key in ``metrics()``, with their line in the table, in table order.
Metric = Literal[
    "coverage",
    "event_type_accuracy",
    "sub_event_type_accuracy",
    "location_within_25km",
    "location_ceiling",
    "location_share_of_ceiling",
    "admin1_accuracy",
    "admin1_region_accuracy",
    "date_accuracy",
    "fatalities_accuracy",
    "fatalities_accuracy_all_rows",
    "actor1_accuracy",
    "actor1_accuracy_ignoring_period",
    "majority_event_type_baseline",
]
LINES: dict[Metric, str] = {
    "coverage": "coverage (rows with any event)",
    "event_type_accuracy": "event type accuracy",
    "sub_event_type_accuracy": "sub-event type accuracy",
    "location_within_25km": "location within 25 km (geo_precision 1-2)",
    "location_ceiling": "  ceiling: a candidate within 25 km",
    "location_share_of_ceiling": "  share of the ceiling reached",
    "admin1_accuracy": "admin1 right",
    "admin1_region_accuracy": "admin1 right, any known spelling",
    "date_accuracy": "event date right",
    "fatalities_accuracy": "fatalities right (gold > 0)",
    "fatalities_accuracy_all_rows": "fatalities right (all rows)",
    "actor1_accuracy": "actor1 right (ACLED name)",
    "actor1_accuracy_ignoring_period": "actor1 right, regime period ignored",
    "majority_event_type_baseline": "majority event type baseline",
}
TARGETS: dict[Metric, float] = {
    "event_type_accuracy": 0.85,
    "sub_event_type_accuracy": 0.78,
    "location_within_25km": 0.80,
    "location_share_of_ceiling": 0.95,
    "admin1_accuracy": 0.85,
    "date_accuracy": 0.90,
    "fatalities_accuracy": 0.80,
    "actor1_accuracy_ignoring_period": 0.70,
}


@dataclass(slots=True)
class AcledReport:
    rows: int = 0
    ratios: dict[Metric, Ratio] = field(default_factory=lambda: {key: Ratio() for key in LINES})
    results: list[RowResult] = field(default_factory=list)

    def add(self, metric: Metric, correct: bool) -> None:
        self.ratios[metric].add(correct)

    def metrics(self) -> dict[str, Any]:
        return {"rows": self.rows} | {key: ratio.value for key, ratio in self.ratios.items()}

    def render(self) -> str:
        rows = [
            (
                LINES[key],
                fmt(ratio.value),
                f"{ratio.correct}/{ratio.total}",
                fmt(TARGETS[key]) if key in TARGETS else "",
            )
            for key, ratio in self.ratios.items()
        ]
        return table(("metric", "value", "count", "target"), rows)

    def confusions(self, top: int = 10) -> list[tuple[str, str, int]]:
        pairs = Counter(
            (r.gold_sub_type, r.predicted_sub_type or "(no event)")
            for r in self.results
            if r.predicted_sub_type != r.gold_sub_type
        )
        return [(gold, predicted, n) for (gold, predicted), n in pairs.most_common(top)]


def evaluate(
    rows: list[AcledRow], pipeline: Pipeline | None = None, country_hint: bool = False
) -> AcledReport:
    pipeline = pipeline or Pipeline()
    report = AcledReport()
    majority = Counter(r.event_type for r in rows).most_common(1)
    majority_type = majority[0][0] if majority else ""
    for row in rows:
        report.rows += 1
        events = pipeline.extract(article_of(row, country_hint))
        score(report, row, primary_event(events), len(events))
        report.add("majority_event_type_baseline", row.event_type == majority_type)
    return report


def score(report: AcledReport, row: AcledRow, event: EventMessage | None, count: int) -> None:
    report.add("coverage", event is not None)
    predicted_type = event.codes.acled_event_type if event else None
    predicted_sub = event.codes.acled_sub_event_type if event else None
    report.add("event_type_accuracy", type_right(row.event_type, predicted_type))
    if row.sub_event_type:  # the old typology has none
        report.add("sub_event_type_accuracy", predicted_sub == row.sub_event_type)
    # The event's published ACLED block, so that the metric scores what users receive.
    acled = event.acled if event else None
    distance = _distance_km(acled, row)
    reachable: bool | None = None
    if row.geo_precision in (1, 2) and row.latitude is not None:
        within = distance is not None and distance <= LOCATION_KM
        reachable = candidate_within(row.notes, row.latitude, row.longitude or 0.0)
        report.add("location_within_25km", within)
        report.add("location_ceiling", reachable)
        if reachable:
            report.add("location_share_of_ceiling", within)
    predicted_admin1 = acled.admin1 if acled else None
    if row.admin1:
        report.add("admin1_accuracy", same_region_name(predicted_admin1, row.admin1))
        report.add(
            "admin1_region_accuracy",
            same_region_name(predicted_admin1, row.admin1)
            or any(same_region_name(name, row.admin1) for name in _spellings(event)),
        )
    predicted_date = acled.event_date if acled else None
    report.add("date_accuracy", predicted_date == row.event_date)
    predicted_deaths = acled.fatalities if acled else None
    if row.fatalities > 0:
        report.add("fatalities_accuracy", predicted_deaths == row.fatalities)
    report.add("fatalities_accuracy_all_rows", predicted_deaths == row.fatalities)
    predicted_actor1 = acled.actor1 if acled else None
    if row.actor1:
        report.add("actor1_accuracy", predicted_actor1 == row.actor1)
        report.add(
            "actor1_accuracy_ignoring_period",
            predicted_actor1 is not None
            and _without_period(predicted_actor1) == _without_period(row.actor1),
        )
    report.results.append(
        RowResult(
            event_id=row.event_id,
            gold_type=row.event_type,
            gold_sub_type=row.sub_event_type,
            predicted_type=predicted_type,
            predicted_sub_type=predicted_sub,
            gold_admin1=row.admin1,
            predicted_admin1=predicted_admin1,
            distance_km=round(distance, 1) if distance is not None else None,
            reachable=reachable,
            gold_date=row.event_date.isoformat(),
            predicted_date=predicted_date.isoformat() if predicted_date else None,
            gold_fatalities=row.fatalities,
            predicted_fatalities=predicted_deaths,
            gold_actor1=row.actor1,
            predicted_actor1=predicted_actor1,
            events=count,
            notes=row.notes,
        )
    )


def _distance_km(acled: AcledFields | None, row: AcledRow) -> float | None:
    if acled is None or acled.latitude is None or acled.longitude is None:
        return None
    if row.latitude is None or row.longitude is None:
        return None
    return haversine_km(acled.latitude, acled.longitude, row.latitude, row.longitude)


def candidate_within(text: str, latitude: float, longitude: float) -> bool:
    """Whether some name the geoparser matches in the text has a gazetteer candidate within
    25 km of the point (the ceiling of choosing among candidates)."""
    gaz = gazetteer()
    return any(
        haversine_km(gaz.places[i].latitude, gaz.places[i].longitude, latitude, longitude)
        <= LOCATION_KM
        for match in scan(tokenise(text), gaz)
        for i in match.ids
    )


def _spellings(event: EventMessage | None) -> tuple[str, ...]:
    """Every spelling admin1.tsv knows for the event's admin1 ("Extreme-Nord", "Far North")."""
    if event is None or not event.locations or not event.acled.admin1:
        return ()
    return admin1_spellings().get((event.locations[0].country_code, event.acled.admin1), ())


_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def _without_period(name: str) -> str:
    return _PERIOD.sub("", name).strip()


def run(
    path: Path, dump: Path | None = None, confusions: int = 0, country_hint: bool = False
) -> tuple[str, dict[str, Any]]:
    """The rendered table (and confusions) and the metrics of one CSV file."""
    report = evaluate(list(read_rows(path)), country_hint=country_hint)
    text = report.render()
    if confusions:
        pairs = [(g, p, str(n)) for g, p, n in report.confusions(confusions)]
        text += "\n\n" + table(("gold sub-event type", "predicted", "rows"), pairs)
    if dump is not None:
        with dump.open("w", encoding="utf-8") as handle:
            for result in report.results:
                handle.write(json.dumps(asdict(result)) + "\n")
    return text, report.metrics()
