"""What a feed poller remembers of one seen-topic partition, and the records it writes there.

Two kinds of records live on the compacted seen topic, in the partition of their feed's site
(docs/design.md, "Feeds"):

* an **article marker**: key the article id, value ``{"kind": "article", "feed": ..., "url":
  ..., "seen_at": <unix seconds>}``. Compaction keeps the last per id.
* a **feed state**: key ``feed:<feed url>``, value ``{"kind": "feed", "etag": ...,
  "last_modified": ..., "polled_at": ...}``: the validators of the version last read, so that
  the next owner of the feed (after a restart or a rebalance) asks conditionally at once.

The memory keeps article ids only (16 bytes each for the UUIDs this poller makes) with the hour
they were last marked, and the feeds' validators; never titles or URLs. A tombstone (a record
without value) forgets its key.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from ..fetch import Validators

__all__ = ["FEED_KEY_PREFIX", "Marker", "SeenMemory", "article_marker", "feed_state_marker"]

FEED_KEY_PREFIX = "feed:"


@dataclass(frozen=True, slots=True)
class Marker:
    key: bytes
    value: bytes


def article_marker(article_id: str, feed_url: str, url: str, seen_at: float) -> Marker:
    value = {"kind": "article", "feed": feed_url, "url": url, "seen_at": int(seen_at)}
    return Marker(article_id.encode(), json.dumps(value, separators=(",", ":")).encode())


def feed_state_marker(feed_url: str, validators: Validators, polled_at: float) -> Marker:
    value = {
        "kind": "feed",
        "etag": validators.etag,
        "last_modified": validators.last_modified,
        "polled_at": int(polled_at),
    }
    return Marker(
        f"{FEED_KEY_PREFIX}{feed_url}".encode(), json.dumps(value, separators=(",", ":")).encode()
    )


def _id_key(article_id: str) -> bytes:
    try:
        return uuid.UUID(article_id).bytes
    except ValueError:  # not one of ours: kept as written
        return article_id.encode()


class SeenMemory:
    """The article ids and feed validators of one partition."""

    def __init__(self) -> None:
        self._ids: dict[bytes, int] = {}  # id -> hour (unix seconds // 3600) last marked
        self._hours: dict[int, int] = {}  # one int object per hour, shared by its ids
        self.validators: dict[str, Validators] = {}
        self.unreadable = 0  # records that were neither marker kind

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: str) -> bool:
        return _id_key(article_id) in self._ids

    def add(self, article_id: str, seen_at: float) -> None:
        hour = int(seen_at // 3600)
        self._ids[_id_key(article_id)] = self._hours.setdefault(hour, hour)

    def marked_before(self, article_id: str, when: float) -> bool:
        """Whether the id's last marker is older than ``when`` (unix seconds)."""
        hour = self._ids.get(_id_key(article_id))
        return hour is not None and (hour + 1) * 3600 <= when

    def forget_older_than(self, when: float) -> int:
        """Drop ids last marked before ``when`` (the topic has deleted their markers too);
        returns how many."""
        old = [key for key, hour in self._ids.items() if (hour + 1) * 3600 <= when]
        for key in old:
            del self._ids[key]
        self._hours = {hour: hour for hour in set(self._ids.values())}
        return len(old)

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        """Take in one record of the seen topic."""
        if key is None:
            self.unreadable += 1
            return
        text = key.decode("utf-8", "replace")
        if text.startswith(FEED_KEY_PREFIX):
            feed_url = text[len(FEED_KEY_PREFIX) :]
            state = _json(value)
            if state is None:
                self.validators.pop(feed_url, None)
            else:
                self.validators[feed_url] = Validators(
                    etag=_str(state.get("etag")), last_modified=_str(state.get("last_modified"))
                )
            return
        if value is None:
            self._ids.pop(_id_key(text), None)
            return
        marker = _json(value)
        seen_at = marker.get("seen_at") if marker else None
        if not isinstance(seen_at, int | float):
            self.unreadable += 1
            return
        self.add(text, float(seen_at))


def _json(value: bytes | None) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return None
    return decoded if isinstance(decoded, dict) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
