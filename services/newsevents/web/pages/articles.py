"""An article message -> the complete article the extraction engine reads.

A message with a body is complete already; a message with only a ``url`` has its page fetched
(``fetch.py``) and read (``page.py``): the main text becomes the body, and the page's title,
publication time and language fill what the message lacks (the message's own win). Either way
the language is decided (``language.py``) and an article not in English is passed over with
``UnsupportedLanguage``; a page that gives no text raises the ``FetchFailed`` that says why.

Fetches run on the event loop, at most ``NEWSEVENTS_FETCH_CONCURRENCY`` requests at once over
the whole service (the fetcher's slots, taken per request: the partitions' in-flight caps bound
how many wait); reading a page is CPU work and runs in a small thread pool, so that neither
blocks the loop nor takes an extraction worker.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import time
from typing import Any, Protocol

import structlog

from ...contracts import Article, ArticleMessage
from ...errors import FetchFailed, NoMainText, UnsupportedLanguage
from .fetch import Fetcher, FetchObserver
from .language import Decision, arabic_script_share, decide
from .read import PageText, read_page

__all__ = ["ArticleCompleter", "CompletionObserver"]

log = structlog.get_logger(__name__)

_READER_THREADS = 2


class CompletionObserver(FetchObserver, Protocol):
    def fetch_failed(self, reason: str) -> None: ...

    def fetches_waiting(self, change: int) -> None: ...


class ArticleCompleter:
    def __init__(self, fetcher: Fetcher, observer: CompletionObserver | None = None) -> None:
        self._fetcher = fetcher
        self._observer = observer
        self._readers = concurrent.futures.ThreadPoolExecutor(
            _READER_THREADS, thread_name_prefix="newsevents-page"
        )

    def close(self) -> None:
        self._readers.shutdown(wait=False, cancel_futures=True)

    async def complete(self, message: ArticleMessage) -> Article:
        """The article with its body; raises UnsupportedLanguage or a FetchFailed."""
        if message.body is not None:
            if message.language and arabic_script_share(message.body) <= 0.5:
                decision = decide(message.body, message.language)  # the message's word: quick
            else:  # may run detection (its model loads on first use): off the loop
                loop = asyncio.get_running_loop()
                decision = await loop.run_in_executor(
                    self._readers, decide, message.body, message.language or None
                )
            if not decision.english:
                raise UnsupportedLanguage(decision.language, decision.source, message.url)
            return Article.model_validate(message.model_dump())
        assert message.url is not None  # the contract: a body or a url
        try:
            return await self._fetched(message, message.url)
        except FetchFailed as failure:
            if self._observer is not None:
                self._observer.fetch_failed(type(failure).__name__)
            log.info("article_fetch_failed", url=message.url, error=str(failure)[:500])
            raise

    async def _fetched(self, message: ArticleMessage, url: str) -> Article:
        started = time.monotonic()
        observer = self._observer
        if observer is not None:
            observer.fetches_waiting(1)
        try:
            page = await self._fetcher.get_html(url)
        finally:
            if observer is not None:
                observer.fetches_waiting(-1)
        stated = message.language if "language" in message.model_fields_set else None
        loop = asyncio.get_running_loop()
        try:
            text, decision = await loop.run_in_executor(
                self._readers, _read_and_decide, page.content, page.charset, page.url, stated
            )
        except _Unreadable as error:
            raise NoMainText(f"page unreadable: {error}", url) from None
        log.info(
            "article_fetched",
            url=url,
            final_url=page.url,
            status=page.status,
            bytes=len(page.content),
            chars=len(text.text),
            language=decision.language,
            language_source=decision.source,
            seconds=round(time.monotonic() - started, 3),
        )
        if not text.text:
            raise NoMainText("the page has no article text", url)
        if not decision.english:
            raise UnsupportedLanguage(decision.language, decision.source, url)
        return _article(message, text, decision, page.url)


class _Unreadable(Exception):
    """Reading a page failed: a bug of trafilatura or lxml on a page nobody controls. The
    article is dead-lettered (``NoMainText``) rather than crash its partition, and again on
    every restart, on the same record."""


def _read_and_decide(
    content: bytes, charset: str | None, url: str, stated: str | None
) -> tuple[PageText, Decision]:
    # Raised here, in the reader thread, so that only the reading is caught: a failure of the
    # pool itself (shut down on close) is not the page's fault and stays what it is.
    try:
        text = read_page(content, charset, url)
        return text, decide(text.text, stated, text.language)
    except Exception as error:
        raise _Unreadable(f"{type(error).__name__}: {error}"[:300]) from error


def _article(
    message: ArticleMessage, text: PageText, decision: Decision, final_url: str
) -> Article:
    now = dt.datetime.now(dt.UTC)
    published, published_from = message.published_at, "message"
    if published is None:
        published, published_from = (text.published, "page") if text.published else (now, "fetch")
    fetched: dict[str, Any] = {
        "url": final_url,
        "at": now.isoformat(),
        "published_at_from": published_from,
        "language_from": decision.source,
    }
    data = message.model_dump()
    data.update(
        body=text.text,
        title=message.title or text.title or "",
        published_at=published,
        language=decision.language,
        metadata={**message.metadata, "fetched": fetched},
    )
    return Article.model_validate(data)
