"""Items of the project's RSS and Atom feeds (tests/feeds/) and the article messages they make."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.web.feeds.canonical import article_id
from newsevents.web.feeds.file import Feed
from newsevents.web.feeds.items import FeedUnreadable, article_message, parse_feed
from tests.feed_server import FEEDS

BASE = "https://news.example"
FETCHED = dt.datetime(2024, 3, 15, 6, 0, tzinfo=dt.UTC)


def feed_bytes(name: str) -> bytes:
    return (FEEDS / name).read_text("utf-8").replace("{base}", BASE).encode()


def test_rss_items_oldest_first_with_canonical_links_and_dates() -> None:
    parsed = parse_feed(
        feed_bytes("world.rss"), f"{BASE}/world.rss", "application/rss+xml", FETCHED
    )
    assert (parsed.title, parsed.language, parsed.skipped) == ("Levant Wire: World", "en", [])
    rows = [(i.url, i.title, i.published_at.isoformat(), i.published_from) for i in parsed.items]
    assert rows == [
        (f"{BASE}/news/aid-convoy-bab-al-hawa", "Aid convoy crosses at Bab al-Hawa",
         "2024-03-15T06:00:00+00:00", "fetched"),
        (f"{BASE}/news/2024/03/13/sulaymaniyah-protest?page=2",
         "Protest in Sulaymaniyah over salaries", "2024-03-13T16:05:00+00:00", "published"),
        (f"{BASE}/news/2024/03/14/idlib-shelling", "Shelling reported near Idlib market",
         "2024-03-14T07:30:00+00:00", "published"),
    ]  # fmt: skip
    assert [i.id for i in parsed.items] == [article_id(i.url) for i in parsed.items]


def test_atom_relative_links_html_titles_and_updated_dates() -> None:
    parsed = parse_feed(feed_bytes("region.atom"), f"{BASE}/region.atom", None, FETCHED)
    assert (parsed.title, parsed.language) == ("Gulf Monitor", "fa")
    rows = [(i.url, i.title, i.published_at.isoformat(), i.published_from) for i in parsed.items]
    assert rows == [
        (f"{BASE}/gulf/hodeidah-port-strike", "Strike on port of Hodeidah",
         "2024-03-13T21:40:00+00:00", "updated"),
        (f"{BASE}/gulf/tanker-seized-hormuz", "Tanker seized in the Strait of Hormuz",
         "2024-03-14T03:45:00+00:00", "published"),
    ]  # fmt: skip


def test_an_item_without_link_is_skipped_with_its_position() -> None:
    parsed = parse_feed(feed_bytes("world-next.rss"), f"{BASE}/world.rss", None, FETCHED)
    assert parsed.skipped == ["item 5: no link"]
    assert [i.title for i in parsed.items][-1] == "Airstrike hits depot outside Deir ez-Zor"


def test_one_item_per_article_even_when_the_feed_repeats_a_link() -> None:
    body = (
        b"<rss version='2.0'><channel><title>T</title>"
        b"<item><title>A</title><link>https://x.example/a?utm_source=1</link></item>"
        b"<item><title>A again</title><link>https://x.example/a#more</link></item>"
        b"<item><title>B</title><link>javascript:alert(1)</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(body, "https://x.example/rss", None, FETCHED)
    assert [(i.url, i.title) for i in parsed.items] == [("https://x.example/a", "A again")]
    assert parsed.skipped == ["item 3: link 'javascript:alert(1)' is not http(s)"]


@pytest.mark.parametrize(
    "body",
    [b"<html><body><p>Maintenance</p></body></html>", b"", b"\x89PNG\r\n\x1a\n\x00\x00"],
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedUnreadable):
        parse_feed(body, "https://x.example/rss", "text/html", FETCHED)


def test_a_path_as_the_body_is_not_opened() -> None:
    """feedparser opens a file whose name it is given: the body goes in as a file object."""
    with pytest.raises(FeedUnreadable):
        parse_feed(str(FEEDS / "world.rss").encode(), "https://x.example/rss", None, FETCHED)


def test_the_article_message() -> None:
    parsed = parse_feed(feed_bytes("world.rss"), f"{BASE}/world.rss", None, FETCHED)
    idlib = parsed.items[-1]
    feed = Feed(url=f"{BASE}/world.rss", site="news.example", interval_s=600, countries=("SY",))
    assert article_message(idlib, feed, parsed) == {
        "id": idlib.id,
        "url": f"{BASE}/news/2024/03/14/idlib-shelling",
        "title": "Shelling reported near Idlib market",
        "published_at": "2024-03-14T07:30:00+00:00",
        "source": "Levant Wire: World",  # the feed's title: the file names no source
        "language": "en",  # the feed's <language>en-gb</language>
        "countries": ["SY"],
        "metadata": {
            "feed": f"{BASE}/world.rss",
            "published_at_from": "published",
            "link": f"{BASE}/news/2024/03/14/idlib-shelling"
            "?utm_source=rss&utm_medium=feed#comments",
        },
    }
    configured = Feed(
        url=f"{BASE}/world.rss", site="news.example", interval_s=600, source="LW", language="ar"
    )
    message = article_message(parsed.items[0], configured, parsed)
    assert (message["source"], message["language"], "countries" in message) == ("LW", "ar", False)
    assert "link" not in message["metadata"]  # the link was canonical already
