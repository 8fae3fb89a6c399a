"""Canonical URLs and the article ids made from them."""

from __future__ import annotations

import uuid

import pytest

from newsevents.web.feeds.canonical import InvalidUrl, article_id, canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        # Scheme and host in lower case, default ports dropped, fragment dropped.
        ("HTTP://Example.COM:80/News/Story", "http://example.com/News/Story"),
        ("https://www.example.org:443/a#comments", "https://www.example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("http://example.org:443/a", "http://example.org:443/a"),
        # Tracking parameters out, the others kept and sorted.
        (
            "https://example.org/a?utm_source=rss&utm_medium=feed&utm_campaign=x&id=7",
            "https://example.org/a?id=7",
        ),
        ("https://example.org/a?fbclid=IwAR0&page=2&gclid=Cj0", "https://example.org/a?page=2"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?UTM_Source=x", "https://example.org/a"),
        ("https://example.org/a?utm_source=x", "https://example.org/a"),
        # Parameters that can name another article are never taken for trackers.
        ("https://example.org/story?eid=1", "https://example.org/story?eid=1"),
        ("https://example.org/story?source=2&ref=3", "https://example.org/story?ref=3&source=2"),
        ("https://example.org/a?empty=", "https://example.org/a?empty="),
        # Path: dot segments, escapes, empty path.
        ("https://example.org/a/./b/../c", "https://example.org/a/c"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/caf%c3%a9", "https://example.org/caf%C3%A9"),
        ("https://example.org/%7Euser/%61", "https://example.org/~user/a"),
        ("https://example.org/a b", "https://example.org/a%20b"),
        ("https://example.org/a%2Fb", "https://example.org/a%2Fb"),
        # International host names in their ASCII form; user info dropped.
        ("https://Bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("https://user:secret@example.org/a", "https://example.org/a"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/a", "mailto:desk@example.org", "/news/a", "https://", "http://x:99999/"],
)
def test_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(InvalidUrl):
        canonical_url(url)


def test_the_id_is_the_uuid5_of_the_canonical_url() -> None:
    """Any producer can compute it from the link alone."""
    expected = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/news/a?id=7"))
    assert article_id("HTTPS://Example.org:443/news/a?id=7&utm_source=rss#top") == expected


def test_links_to_one_article_share_an_id_and_other_articles_do_not() -> None:
    same = {
        article_id("https://example.org/news/a?utm_source=rss"),
        article_id("https://EXAMPLE.org/news/a#comments"),
        article_id("https://example.org:443/news/./a?fbclid=1"),
    }
    assert len(same) == 1
    other = {
        article_id("https://example.org/news/a?eid=1"),
        article_id("https://example.org/news/a?eid=2"),
    }
    assert len(other) == 2 and not other & same
