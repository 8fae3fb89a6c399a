"""Read articles from files: one JSON article, a JSON array of them, JSON Lines, or plain text.

A file that cannot be read at all (missing, empty, binary, not JSON though it says so) raises
:class:`~.failures.BadInput` with what is wrong and what to do. In a folder, a JSON array or
JSON Lines, each bad file, item or line is reported to ``skipped`` with its position (``seeds/
b.json``, ``feed.jsonl line 3``) and reading goes on with the next.

Plain text has no id nor date: the id is the file's name and the publication time is *now*,
unless ``TextDefaults`` gives them (``--id``, ``--published-at``). The publication date
matters: "on Monday" or "March 10" in the text are read relative to it.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .contracts import Article, ArticleMessage
from .failures import BadInput

# What an article is, said once for every message that needs it.
ARTICLE_HELP = (
    'give JSON with "id", "body" and "published_at" (with its offset: 2024-03-14T08:00:00Z), '
    "or plain text"
)
_SUFFIXES = frozenset({".json", ".jsonl", ".txt"})
_JSON_SUFFIXES = frozenset({".json", ".jsonl"})


@dataclass(frozen=True, slots=True)
class TextDefaults:
    """For plain text: the publication time (default: now) and id (default: the file name)."""

    published_at: dt.datetime | None = None
    article_id: str | None = None


Skipped = Callable[[str], None]
# A url-only article message -> the complete article (its page fetched); raises BadInput.
Complete = Callable[[ArticleMessage], Article]


def ignore(problem: str) -> None:
    """A ``skipped`` that reports nothing."""
    pass


def read_articles(
    path: str,
    text: TextDefaults | None = None,
    skipped: Skipped = ignore,
    complete: Complete | None = None,
) -> Iterator[Article]:
    """Articles in ``path`` ("-" for stdin); a folder yields those of its .json, .jsonl and
    .txt files, in name order. A JSON article with a ``url`` and no ``body`` is handed to
    ``complete`` (``newsevents extract`` fetches its page); without it, it is bad input."""
    defaults = text or TextDefaults()
    if path == "-":
        yield from _parse(sys.stdin.buffer.read(), "stdin", "", defaults, skipped, complete)
        return
    source = Path(path)
    if source.is_dir():
        yield from _read_folder(source, defaults, skipped, complete)
        return
    data = _read_bytes(source)
    yield from _parse(data, source.stem, source.suffix, defaults, skipped, complete)


def _read_folder(
    folder: Path, defaults: TextDefaults, skipped: Skipped, complete: Complete | None
) -> Iterator[Article]:
    children = [c for c in sorted(folder.iterdir()) if c.suffix in _SUFFIXES and c.is_file()]
    if not children:
        raise BadInput(
            f"{folder}: no .json, .jsonl or .txt file in this folder",
            "give a folder of articles, or one file",
        )
    for child in children:
        where = str(child)
        try:
            data = _read_bytes(child)
            # Each file's items and lines are reported by their own position in that file.
            within = _within(where, skipped)
            yield from _parse(data, child.stem, child.suffix, defaults, within, complete)
        except BadInput as error:
            skipped(f"{where}: {error.what.removeprefix(child.name + ': ')}")


def _within(where: str, skipped: Skipped) -> Skipped:
    def report(problem: str) -> None:
        skipped(f"{where} {problem}")

    return report


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(
            f"{path}: no such file or folder", "check the path; - reads standard input"
        ) from None
    except OSError as error:
        raise BadInput(
            f"{path}: cannot be read ({error.strerror})", "check its permissions"
        ) from None


def _parse(
    data: bytes,
    name: str,
    suffix: str,
    defaults: TextDefaults,
    skipped: Skipped,
    complete: Complete | None = None,
) -> Iterator[Article]:
    label = f"{name}{suffix}" if suffix else name
    if b"\0" in data:
        raise BadInput(f"{label}: a binary file, not text", ARTICLE_HELP)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(
            f"{label}: not UTF-8 text (byte {error.start})", "save it as UTF-8; " + ARTICLE_HELP
        ) from None
    stripped = text.strip()
    if not stripped:
        raise BadInput(f"{label}: the file is empty", ARTICLE_HELP)
    if stripped[0] in "{[" or suffix in _JSON_SUFFIXES:
        try:
            document = json.loads(stripped)
        except json.JSONDecodeError as error:
            invalid = BadInput(
                f"{label}: invalid JSON at line {error.lineno} column {error.colno}: {error.msg}",
                ARTICLE_HELP,
            )
            if stripped[0] == "{" and "\n" in stripped:
                yield from _json_lines(stripped, invalid, skipped, complete)
                return
            if suffix in _JSON_SUFFIXES or stripped[0] == "{":
                raise invalid from None
            # "[Reuters] Troops ..." in a .txt file: plain text after all.
        else:
            yield from _json_document(document, label, skipped, complete)
            return
    yield _plain_text(stripped, name, defaults)


def _json_document(
    document: object, label: str, skipped: Skipped, complete: Complete | None
) -> Iterator[Article]:
    if isinstance(document, list):
        for number, item in enumerate(document, start=1):
            try:
                yield article_from(item, complete)
            except BadInput as error:
                skipped(f"item {number}: {error.what}")
        return
    yield _article_or_raise(document, label, complete)


def _json_lines(
    text: str, invalid: BadInput, skipped: Skipped, complete: Complete | None
) -> Iterator[Article]:
    """One article per line. A file whose first line is no JSON is no JSON Lines either: a
    pretty-printed article with a comma missing (``{`` alone on line 1) is reported as the
    whole document's JSON error (``invalid``), with its line and column."""
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            if number == 1:
                raise invalid from None
            skipped(f"line {number}: invalid JSON at column {error.colno}: {error.msg}")
            continue
        try:
            yield article_from(item, complete)
        except BadInput as error:
            skipped(f"line {number}: {error.what}")


def _article_or_raise(item: object, label: str, complete: Complete | None) -> Article:
    try:
        return article_from(item, complete)
    except BadInput as error:
        raise BadInput(f"{label}: {error.what}", error.todo) from None


def article_from(item: object, complete: Complete | None = None) -> Article:
    """The article in a decoded JSON value, or BadInput saying which field is wrong. A url-only
    article is completed by ``complete`` (its page fetched), else refused in words."""
    if not isinstance(item, dict):
        raise BadInput(f"a JSON {type(item).__name__}, not an article object", ARTICLE_HELP)
    if item.get("body") is None and item.get("url") is not None:
        if complete is None:
            raise BadInput(
                'a url-only article (no "body"): this command reads the text it is given',
                'give its "body", or run newsevents extract, which fetches the page',
            )
        try:
            message = ArticleMessage.model_validate(item)
        except ValidationError as error:
            raise BadInput(describe_invalid(error), ARTICLE_HELP) from None
        return complete(message)
    try:
        return Article.model_validate(item)
    except ValidationError as error:
        raise BadInput(describe_invalid(error), ARTICLE_HELP) from None


def describe_invalid(error: ValidationError) -> str:
    """The first problem of an article, in words: 'the article has no "body"'."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "article"
    kind = first["type"]
    if kind == "missing":
        return f'the article has no "{field}"'
    if kind == "timezone_aware":
        return f'"{field}" has no UTC offset (write 2024-03-14T08:00:00Z or +03:00)'
    return f'"{field}": {first["msg"]}'


def _plain_text(text: str, name: str, defaults: TextDefaults) -> Article:
    # Plain text: the first line is the title when a blank line follows it. A first block of
    # several lines ("Title\nLead sentence.\n\n...") has no title line: all of it is body.
    title, _, rest = text.partition("\n\n")
    one_line = "\n" not in title.strip()
    body = rest if rest and one_line and len(title) < 200 else text
    return Article(
        id=defaults.article_id or name,
        title=title if body is rest else "",
        body=body,
        published_at=defaults.published_at or dt.datetime.now(dt.UTC),
    )


def parse_published_at(value: str) -> dt.datetime:
    """``--published-at``: a date (midnight UTC) or a time with its offset."""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadInput(
            f"--published-at {value}: not a date",
            "write 2024-03-14, or 2024-03-14T08:00:00+03:00 with its offset",
        ) from None
    if parsed.tzinfo is None:
        if len(value) > 10:  # a time without offset: which zone is unknown
            raise BadInput(
                f"--published-at {value}: a time without UTC offset",
                "add it (2024-03-14T08:00:00Z or +03:00), or give the date alone",
            )
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed
