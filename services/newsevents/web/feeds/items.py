"""A fetched feed document's items, and the article message each new one becomes.

feedparser reads every RSS and Atom dialect and date format; it is handed the bytes httpx
fetched as a file object, never a URL or a string it might take for one (it would fetch the URL
itself, or open a local file of that name). The feed's URL goes along as its
``Content-Location``, so that relative links resolve against it.

An item becomes ``{"id", "url", "title", "published_at", "source", "language"}`` (README,
"Feeds"): ``url`` the canonical link, ``id`` its UUIDv5 (``canonical.py``). ``published_at`` is
the item's published date, else its updated date, else the time of the fetch;
``metadata.published_at_from`` says which (``published``, ``updated``, ``fetched``). No
``body``: the service fetches the page (a feed's ``content:encoded`` is often cut or a teaser,
and one extraction path for every article keeps events comparable).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import time
from dataclasses import dataclass, field
from typing import Any, Literal

import feedparser

from .canonical import InvalidUrl, article_id, canonical_url
from .file import Feed

__all__ = ["FeedItem", "FeedUnreadable", "ParsedFeed", "article_message", "parse_feed"]

DateOrigin = Literal["published", "updated", "fetched"]


@dataclass(frozen=True, slots=True)
class FeedItem:
    id: str
    url: str  # canonical
    link: str  # as the feed gives it
    title: str
    published_at: dt.datetime
    published_from: DateOrigin


@dataclass(slots=True)
class ParsedFeed:
    title: str | None
    language: str | None  # the feed's own, primary subtag: "en" of "en-US"
    items: list[FeedItem] = field(default_factory=list)  # oldest first, one per id
    skipped: list[str] = field(default_factory=list)  # items without a usable link, why


class FeedUnreadable(Exception):
    """Not a feed feedparser can read (HTML, broken XML with no items)."""


def parse_feed(
    body: bytes, url: str, content_type: str | None, fetched_at: dt.datetime
) -> ParsedFeed:
    """The items of the feed document ``body`` fetched from ``url``; raises ``FeedUnreadable``."""
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    document: Any = feedparser.parse(io.BytesIO(body), response_headers=headers)
    entries = document.get("entries", [])
    if not entries and (document.get("bozo") or not document.get("version")):
        problem = document.get("bozo_exception")
        raise FeedUnreadable(f"not a feed: {problem}" if problem else "not an RSS or Atom feed")
    meta = document.get("feed", {})
    parsed = ParsedFeed(title=_text(meta.get("title")), language=_language(meta.get("language")))
    seen: set[str] = set()
    # Feeds list the newest first; published oldest first, as the outlet published them.
    for position, entry in reversed(list(enumerate(entries, start=1))):
        link = entry.get("link") or ""
        if not link:
            parsed.skipped.append(f"item {position}: no link")
            continue
        try:
            canonical = canonical_url(link)
        except InvalidUrl:
            parsed.skipped.append(f"item {position}: link {link[:200]!r} is not http(s)")
            continue
        item_id = article_id(canonical)
        if item_id in seen:
            continue
        seen.add(item_id)
        published_at, origin = _date(entry, fetched_at)
        parsed.items.append(
            FeedItem(
                id=item_id,
                url=canonical,
                link=link,
                title=_title(entry),
                published_at=published_at,
                published_from=origin,
            )
        )
    return parsed


def article_message(item: FeedItem, feed: Feed, parsed: ParsedFeed) -> dict[str, Any]:
    """The article message of a new item (README, "Feeds")."""
    message: dict[str, Any] = {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "published_at": item.published_at.isoformat(),
        "source": feed.source or parsed.title,
    }
    language = feed.language or parsed.language
    if language:
        message["language"] = language
    if feed.countries:
        message["countries"] = list(feed.countries)
    metadata: dict[str, str] = {"feed": feed.url, "published_at_from": item.published_from}
    if item.link != item.url:
        metadata["link"] = item.link
    message["metadata"] = metadata
    return message


def _date(entry: Any, fetched_at: dt.datetime) -> tuple[dt.datetime, DateOrigin]:
    for key, origin in (("published_parsed", "published"), ("updated_parsed", "updated")):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.datetime(*value[:6], tzinfo=dt.UTC), origin  # type: ignore[return-value]
            except ValueError:  # feedparser passes some impossible dates through
                continue
    return fetched_at, "fetched"


_TAG = re.compile(r"<[^>]*>")


def _title(entry: Any) -> str:
    """The item's title as plain text: an HTML title (Atom ``type="html"``) loses its tags."""
    title = entry.get("title")
    if not isinstance(title, str):
        return ""
    detail = entry.get("title_detail") or {}
    if "html" in str(detail.get("type", "")):
        title = html.unescape(_TAG.sub("", title))
    return _text(title) or ""


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    primary = value.strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
