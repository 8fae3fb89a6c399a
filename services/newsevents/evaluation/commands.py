"""The ``annotate`` and ``evaluate`` commands (wired in ``cli.py``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..inputs import TextDefaults


def annotate(
    path: str, text: TextDefaults | None = None, skipped: Callable[[str], None] | None = None
) -> int:
    from ..extraction.pipeline import Pipeline
    from ..inputs import read_articles
    from .annotations import mentions

    pipeline = Pipeline()
    for article in read_articles(path, text, skipped or (lambda problem: None)):
        doc = pipeline.annotate(article)
        record = {"article_id": article.id, "mentions": mentions(doc)}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def evaluate(
    dataset: str,
    file: str,
    errors: int = 0,
    dump: str | None = None,
    texts: str | None = None,
    country_hint: bool = False,
) -> int:
    path = Path(file)
    if not path.is_file():
        sys.stderr.write(f"no such file: {file}\n")
        return 2
    if dataset == "articles":
        from . import articles

        if texts is None or not Path(texts).is_file():
            sys.stderr.write("evaluate articles needs --texts FILE (the articles' texts)\n")
            return 2
        try:
            text, metrics = articles.run(path, Path(texts), errors, Path(dump) if dump else None)
        except ValueError as error:
            sys.stderr.write(f"{error}\n")
            return 2
    elif dataset == "fakes":
        from . import fakes
        from .fakes_rows import FakesFileError

        try:
            text, metrics = fakes.run(path, errors, Path(dump) if dump else None)
        except FakesFileError as error:
            sys.stderr.write(f"{error}\n")
            return 2
    elif dataset == "acled":
        from . import acled

        text, metrics = acled.run(path, Path(dump) if dump else None, errors, country_hint)
    else:
        from . import geo

        text, metrics = geo.run(path, errors)
    sys.stdout.write(text + "\n")
    sys.stdout.write(json.dumps(metrics, sort_keys=False) + "\n")
    return 0
