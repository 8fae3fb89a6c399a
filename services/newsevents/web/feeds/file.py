"""The feeds file: which RSS/Atom feeds ``newsevents feeds`` polls, in TOML a person writes::

    [defaults]                     # optional; each key can be set per feed too
    language = "en"
    interval_s = 600

    [[feed]]
    url = "https://www.example.org/rss/middle-east.xml"
    source = "Example News"        # the outlet; default: the feed's own title
    language = "ar"                # ISO 639-1 code; default: the feed's own, if it says
    interval_s = 300               # seconds between polls (NEWSEVENTS_FEEDS_DEFAULT_INTERVAL_S)
    countries = ["SY", "IQ"]       # the feed's focus (the article message's `countries`)

A mistake is reported as one short line that names the entry, e.g. ``feeds.toml: feed 3
(https://example.org/x): interval_s: must be greater than 0``; every mistake of the file is
listed, and no feed is polled until the file is right.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from .canonical import InvalidUrl, canonical_url

__all__ = ["Feed", "FeedFileError", "load_feeds", "parse_feeds"]


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


# The case is made right before the pattern is checked ("EN" is en, "sy" is SY).
_Language = Annotated[str, BeforeValidator(_lower), StringConstraints(pattern=r"^[a-z]{2,3}$")]
_Country = Annotated[str, BeforeValidator(_upper), StringConstraints(pattern=r"^[A-Z]{2}$")]


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    source: str | None = Field(default=None, min_length=1, max_length=200)
    language: _Language | None = None
    interval_s: float | None = Field(default=None, gt=0, le=7 * 86_400)
    countries: list[_Country] | None = Field(default=None, max_length=20)


class _Entry(_Options):
    url: str = Field(min_length=1, max_length=2048)


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed to poll. ``url`` as written (requests go there); ``site`` is its host and
    port, which decides its seen-topic partition and its per-host request limit."""

    url: str
    site: str
    interval_s: float
    source: str | None = None
    language: str | None = None
    countries: tuple[str, ...] = ()


class FeedFileError(ValueError):
    """The feeds file cannot be used; ``problems`` are its mistakes, one line each."""

    def __init__(self, path: str, problems: list[str]) -> None:
        super().__init__(f"{path}: " + f"; {path}: ".join(problems))
        self.path = path
        self.problems = problems


def load_feeds(path: Path, default_interval_s: float) -> list[Feed]:
    """The feeds of the file at ``path``; raises ``FeedFileError``."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise FeedFileError(str(path), [f"cannot read it ({reason})"]) from None
    return parse_feeds(text, default_interval_s, name=str(path))


def parse_feeds(text: str, default_interval_s: float, name: str = "feeds") -> list[Feed]:
    """The feeds of TOML ``text``; raises ``FeedFileError`` naming each bad entry."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FeedFileError(name, [f"not valid TOML: {error}"]) from None
    problems: list[str] = []
    unknown = sorted(set(document) - {"defaults", "feed"})
    if unknown:
        problems.append(
            f"unknown table or key {', '.join(unknown)} (expected [defaults], [[feed]])"
        )
    defaults = _defaults(document.get("defaults", {}), problems)
    entries = document.get("feed", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise FeedFileError(name, [*problems, "feed must be an array of tables: [[feed]]"])
    if not entries:
        problems.append("no feeds: add a [[feed]] table with a url")
    feeds: list[Feed] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        label = f"feed {number}" + (
            f" ({entry['url']})" if isinstance(entry.get("url"), str) else ""
        )
        feed = _feed(entry, defaults, default_interval_s, label, problems)
        if feed is None:
            continue
        key = canonical_url(feed.url)
        if key in seen:
            problems.append(f"{label}: the same feed as feed {seen[key]}")
            continue
        seen[key] = number
        feeds.append(feed)
    if problems:
        raise FeedFileError(name, problems)
    return feeds


def _defaults(raw: object, problems: list[str]) -> _Options:
    if not isinstance(raw, dict):
        problems.append("[defaults] must be a table")
        return _Options()
    try:
        return _Options.model_validate(raw)
    except ValidationError as error:
        problems.extend(f"[defaults]: {_reason(e)}" for e in error.errors())
        return _Options()


def _feed(
    entry: Mapping[str, Any],
    defaults: _Options,
    default_interval_s: float,
    label: str,
    problems: list[str],
) -> Feed | None:
    try:
        parsed = _Entry.model_validate(entry)
    except ValidationError as error:
        problems.extend(f"{label}: {_reason(e)}" for e in error.errors())
        return None
    try:
        site = _site(parsed.url)
    except InvalidUrl:
        problems.append(f"{label}: url: not an http or https URL with a host")
        return None
    countries = parsed.countries if parsed.countries is not None else defaults.countries
    return Feed(
        url=parsed.url,
        site=site,
        interval_s=parsed.interval_s or defaults.interval_s or default_interval_s,
        source=parsed.source or defaults.source,
        language=parsed.language or defaults.language,
        countries=tuple(countries or ()),
    )


def _site(url: str) -> str:
    """``host[:port]`` of the canonical URL (no default port): ``www.example.org``."""
    canonical = canonical_url(url)
    return canonical.split("/", 3)[2]


def _reason(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"])
    if error["type"] == "extra_forbidden":
        message = "unknown key (expected url, source, language, interval_s, countries)"
    elif error["type"] == "string_pattern_mismatch" and where.startswith("language"):
        message = "a two- or three-letter ISO 639 code, e.g. en, ar, fa, ku, tr"
    elif error["type"] == "string_pattern_mismatch" and where.startswith("countries"):
        message = "two-letter ISO 3166-1 codes, e.g. SY"
    return f"{where}: {message[:1].lower()}{message[1:]}"
