"""The memory of one seen-topic partition, rebuilt from its records."""

from __future__ import annotations

from newsevents.web.feeds.canonical import article_id
from newsevents.web.feeds.fetch import Validators
from newsevents.web.feeds.seen.memory import SeenMemory, article_marker, feed_state_marker

A = article_id("https://news.example/a")
B = article_id("https://news.example/b")
FEED = "https://news.example/rss"


def test_markers_rebuild_the_memory() -> None:
    memory = SeenMemory()
    for marker in [
        article_marker(A, FEED, "https://news.example/a", seen_at=1_710_410_400),
        article_marker(B, FEED, "https://news.example/b", seen_at=1_710_410_500),
        feed_state_marker(FEED, Validators(etag='"v1"', last_modified=None), 1_710_410_500),
    ]:
        memory.apply(marker.key, marker.value)
    assert A in memory and B in memory and article_id("https://news.example/c") not in memory
    assert len(memory) == 2
    assert memory.validators == {FEED: Validators(etag='"v1"')}


def test_tombstones_forget_and_foreign_records_are_counted() -> None:
    memory = SeenMemory()
    marker = article_marker(A, FEED, "https://news.example/a", seen_at=1_710_410_400)
    memory.apply(marker.key, marker.value)
    memory.apply(marker.key, None)
    memory.apply(f"feed:{FEED}".encode(), None)
    memory.apply(b"some-id", b"not json")
    memory.apply(None, b"{}")
    assert len(memory) == 0 and memory.validators == {} and memory.unreadable == 2


def test_ids_that_are_not_uuids_are_kept_as_written() -> None:
    memory = SeenMemory()
    memory.apply(b"legacy-article-7", b'{"kind": "article", "seen_at": 5}')
    assert "legacy-article-7" in memory


def test_age_refresh_and_expiry() -> None:
    memory = SeenMemory()
    day = 86_400
    memory.add(A, seen_at=100 * day)
    memory.add(B, seen_at=140 * day)
    assert memory.marked_before(A, 130 * day) and not memory.marked_before(B, 130 * day)
    assert memory.forget_older_than(130 * day) == 1
    assert A not in memory and B in memory
