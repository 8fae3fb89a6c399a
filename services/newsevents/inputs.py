"""Read articles from files: one JSON article, JSON Lines of articles, or plain text."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .contracts import ArticleMessage


def read_articles(path: str) -> Iterator[ArticleMessage]:
    """Articles in ``path`` ("-" for stdin); a directory yields those of its *.json/*.jsonl."""
    if path == "-":
        yield from _parse(sys.stdin.read(), "stdin")
        return
    source = Path(path)
    if source.is_dir():
        for child in sorted(source.iterdir()):
            if child.suffix in {".json", ".jsonl"}:
                yield from _parse(child.read_text(encoding="utf-8"), child.stem)
        return
    yield from _parse(source.read_text(encoding="utf-8"), source.stem)


def _parse(text: str, name: str) -> Iterator[ArticleMessage]:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            yield ArticleMessage.model_validate_json(stripped)
            return
        except ValueError:
            pass  # not one JSON document: try JSON Lines
        for line in stripped.splitlines():
            if line.strip():
                yield ArticleMessage.model_validate(json.loads(line))
        return
    # Plain text: the first line is the title when a blank line follows it.
    title, _, rest = stripped.partition("\n\n")
    body = rest if rest and len(title) < 200 else stripped
    yield ArticleMessage(
        id=name,
        title=title if body is rest else "",
        body=body,
        published_at=dt.datetime.now(dt.UTC),
    )
