"""Rows of a FA-KES CSV (``fakes-dev.csv``): the crowd's codings and the article to extract.

Columns as in the data set's README: ``location`` is the governorate in FA-KES spelling,
``cause_of_death`` one of six causes, ``nb_civilians`` + ``nb_noncivilians`` the deaths (children
and women are subsets of civilians), ``date`` the crowd's incident date (M/D/YY). Rows are named
``STEM:ROW`` (0-based data row) as in ``gold/*.jsonl``, since ``unit_id`` repeats.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..contracts import Article

REQUIRED_COLUMNS = (
    "article_title",
    "article_content",
    "source",
    "date",
    "location",
    "cause_of_death",
    "nb_civilians",
    "nb_noncivilians",
)

# The parts of our article gold (gold/README.md): rules are tuned on the first outlets' writing
# and checked on the others'.
PARTS: dict[str, str] = {
    "manar": "tune",
    "alalam": "tune",
    "sana": "tune",
    "dailysabah": "holdout",
    "arabiya": "holdout",
    "jordantimes": "holdout",
    "etilaf": "holdout",
}


class FakesFileError(ValueError):
    """The file is not a FA-KES CSV (a column missing, a count not a number)."""


@dataclass(frozen=True, slots=True)
class FakesRow:
    key: str  # "fakes-dev:17": file stem and 0-based data row, as in gold/*.jsonl
    unit_id: str
    outlet: str
    part: str
    title: str
    body: str
    date: dt.date | None
    governorate: str  # FA-KES spelling, lower case
    cause: str
    deaths: int


def read_rows(path: Path) -> list[FakesRow]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                columns = ", ".join(missing)
                raise FakesFileError(f"{path}: not a FA-KES CSV, missing columns: {columns}")
            return [_row(path, number, record) for number, record in enumerate(reader)]
    except UnicodeDecodeError as error:
        # The published FA-KES file is latin-1; the dev copy was re-encoded.
        raise FakesFileError(f"{path}: not UTF-8 (re-encode it, e.g. from latin-1)") from error
    except csv.Error as error:
        raise FakesFileError(f"{path}: not a CSV file ({error})") from error


def _row(path: Path, number: int, record: dict[str, str]) -> FakesRow:
    try:
        deaths = int(record["nb_civilians"] or 0) + int(record["nb_noncivilians"] or 0)
    except ValueError as error:
        raise FakesFileError(f"{path}: data row {number}: a death count is not a number") from error
    outlet = record["source"].strip().lower()
    return FakesRow(
        key=f"{path.stem}:{number}",
        unit_id=record.get("unit_id", ""),
        outlet=outlet,
        part=PARTS.get(outlet, "other"),
        title=record["article_title"],
        body=record["article_content"],
        date=_date(record["date"]),
        governorate=record["location"].strip().lower(),
        cause=record["cause_of_death"].strip().lower(),
        deaths=deaths,
    )


def _date(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%y").date()
    except ValueError:
        return None


def article_of(row: FakesRow) -> Article:
    """As the data set's README says; the crowd's incident date stands for the publication
    date, which FA-KES does not give."""
    published = row.date or dt.date(2016, 1, 1)
    return Article(
        id=row.key,
        title=row.title,
        body=row.body or row.title or "(empty)",
        published_at=dt.datetime.combine(published, dt.time(12), dt.UTC),
        source=row.outlet,
    )
