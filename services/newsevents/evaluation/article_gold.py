"""Our event-level gold for whole articles (``gold/*.jsonl``) and the texts it was written on.

Each line is one article: its occurrences (type, actors, place, admin1, date, fatalities and the
evidence spans that tell them) and the background it excludes. The texts come from elsewhere:
a FA-KES CSV, whose rows are named ``fakes-dev:ROW``, the GeoWebNews XML, whose articles are
named ``gwn:FILE``, or JSON Lines articles named by their ``id``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..contracts import Article
from .geo import read_articles


@dataclass(frozen=True, slots=True)
class Occurrence:
    id: str
    type: str
    spans: tuple[tuple[int, int], ...]
    actor1: str | None = None
    actor2: str | None = None
    place: str | None = None
    admin1: str | None = None
    date: dt.date | None = None
    fatalities: int | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: str
    body_sha1: str
    part: str
    publication_date: dt.date | None
    occurrences: tuple[Occurrence, ...]
    background: tuple[tuple[int, int], ...]


def load_gold(path: Path) -> list[GoldArticle]:
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            gold.append(_gold_article(json.loads(line)))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}:{number}: not a gold article ({error})") from error
    return gold


def _gold_article(record: dict[str, Any]) -> GoldArticle:
    occurrences = tuple(
        Occurrence(
            id=o["id"],
            type=o["type"],
            spans=tuple((s, e) for s, e in o["evidence"]),
            actor1=o.get("actor1"),
            actor2=o.get("actor2"),
            place=o.get("place"),
            admin1=o.get("admin1"),
            date=dt.date.fromisoformat(o["date"]) if o.get("date") else None,
            fatalities=o.get("fatalities"),
        )
        for o in record["occurrences"]
    )
    background = tuple((s, e) for b in record.get("background", []) for s, e in b["evidence"])
    published = record.get("publication_date")
    return GoldArticle(
        article=record["article"],
        body_sha1=record["body_sha1"],
        part=record.get("part", "all"),
        publication_date=dt.date.fromisoformat(published) if published else None,
        occurrences=occurrences,
        background=background,
    )


def read_texts(path: Path) -> dict[str, tuple[str, str, dt.date | None]]:
    """Article id -> (title, body, a date to publish it under when the gold states none)."""
    texts: dict[str, tuple[str, str, dt.date | None]] = {}
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            for row_number, row in enumerate(csv.DictReader(handle)):
                crowd_date = _crowd_date(row.get("date", ""))
                texts[f"{path.stem}:{row_number}"] = (
                    row.get("article_title", ""),
                    row["article_content"],
                    crowd_date,
                )
        return texts
    if path.suffix == ".xml":
        return _geowebnews_texts(path)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = Article.model_validate_json(line)
            texts[article.id] = (article.title, article.body, article.published_at.date())
    return texts


# GeoWebNews states no publication date; its links mostly carry one (".../2018/01/...",
# ".../20180405-...").
_LINK_DATE = re.compile(r"/(20\d\d)[/-](\d\d)(?:[/-](\d\d))?/")
_LINK_DATE_RUN = re.compile(r"(20\d\d)(\d\d)(\d\d)")
# The data set was gathered in early April 2018: most dated links name 5 or 6 April.
_GWN_FALLBACK_DATE = dt.date(2018, 4, 5)


def _geowebnews_texts(path: Path) -> dict[str, tuple[str, str, dt.date | None]]:
    """GeoWebNews (``GWN.xml``, read as :func:`.geo.read_articles` reads it): ``gwn:FILE`` ->
    title, text and the date its link gives (the 15th when the link names only a month; 5 April
    2018 when it names none)."""
    return {
        f"gwn:{article.id}": (article.title, article.text, _link_date(article.link))
        for article in read_articles(path)
        if article.text.strip()
    }


def _link_date(link: str) -> dt.date:
    found = _LINK_DATE.search(link) or _LINK_DATE_RUN.search(link)
    if found:
        try:
            year, month, day = found.group(1), found.group(2), found.group(3) or "15"
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            pass
    return _GWN_FALLBACK_DATE


def _crowd_date(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%y").date()
    except ValueError:
        return None
