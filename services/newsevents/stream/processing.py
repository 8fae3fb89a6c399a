"""One input record -> what to publish for it: the events, or a dead letter with the reason.

A record is decoded, completed (a url-only article's page fetched, the language checked:
``web/pages/articles.py``) and extracted. Everything that can go wrong with one article ends as a
``Rejected`` outcome; an article passed over (not English) as an ``Extracted`` one without
events and with the ``Skipped`` reason; only bugs in this service (not in the input)
propagate. The events of a record a replay marked (its headers, ``replayed.py``) carry the
replay's ``backfill`` block; live ones ``null``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

import structlog

from ..contracts import Article, ArticleMessage
from ..errors import DeadLetter, Skipped
from .decode import decode_article
from .flow.live_first import Lane
from .publish.dead_letters import Copy, SourceRecord
from .replayed import backfill_of, with_backfill

# Told, in a record's task, when it starts (True) and stops (False) waiting for its page: the
# partition worker sets it in each task's context, so that on a revocation it abandons at once
# the records still fetching (a page may take NEWSEVENTS_FETCH_TOTAL_TIMEOUT_S, longer than the
# drain) instead of waiting for them.
fetching_page: ContextVar[Callable[[bool], None] | None] = ContextVar("fetching_page", default=None)


@dataclass(frozen=True, slots=True)
class Extracted:
    article_id: str
    events: list[str]  # serialised EventMessage JSON, in text order
    skipped: Skipped | None = None  # passed over, not extracted (no events): why


@dataclass(frozen=True, slots=True)
class Rejected:
    article_id: str | None
    error: DeadLetter


Outcome = Extracted | Rejected


@dataclass(frozen=True, slots=True)
class Finished:
    """A record with its outcome, ready to publish. ``copy`` is how much of the original its
    dead letter carries (``why``: the reason it is reduced), see ``dead_letters.py``."""

    record: SourceRecord
    outcome: Outcome
    copy: Copy = Copy.FULL
    why: str = ""


class ArticleExtractor(Protocol):
    async def extract(self, article: Article, lane: Lane = Lane.LIVE) -> list[str]: ...


class ArticleCompleter(Protocol):
    """The article with its body (fetched from its url when the message has none); raises a
    DeadLetter (``FetchFailed``...) or ``Skipped`` (``UnsupportedLanguage``)."""

    async def complete(self, message: ArticleMessage) -> Article: ...


async def process_record(
    record: SourceRecord,
    extractor: ArticleExtractor,
    max_body_bytes: int,
    completer: ArticleCompleter,
    lane: Lane = Lane.LIVE,
) -> Outcome:
    """``lane``: the record's precedence in the extraction pool (its topic's, see
    ``live_first.py``)."""
    # Runs as its own task, so these bindings reach every log line about this record only.
    structlog.contextvars.bind_contextvars(
        topic=record.topic, partition=record.partition, offset=record.offset
    )
    try:
        article = decode_article(record.value, max_body_bytes)
    except DeadLetter as error:
        key = record.key.decode("utf-8", "replace") if record.key else None
        return Rejected(key, error)
    structlog.contextvars.bind_contextvars(article_id=article.id)
    try:
        tell = fetching_page.get() if article.body is None else None
        if tell is not None:
            tell(True)
        try:
            complete = await completer.complete(article)
        finally:
            if tell is not None:
                tell(False)
        events = await extractor.extract(complete, lane)
    except DeadLetter as error:
        return Rejected(article.id, error)
    except Skipped as skipped:
        return Extracted(article.id, [], skipped)
    return Extracted(article.id, with_backfill(events, backfill_of(record.headers)))
