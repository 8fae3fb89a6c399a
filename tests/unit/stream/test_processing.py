"""One record -> its outcome: completed (fetched), extracted, skipped or dead-lettered."""

from __future__ import annotations

import asyncio
import json

from newsevents.contracts import Article, ArticleMessage
from newsevents.errors import FetchTimeout, UnsupportedLanguage
from newsevents.stream.flow.live_first import Lane
from newsevents.stream.processing import Extracted, Rejected, fetching_page, process_record
from newsevents.stream.publish.dead_letters import SourceRecord, dead_letter_headers


class _Extractor:
    def __init__(self) -> None:
        self.seen: list[Article] = []

    async def extract(self, article: Article, lane: Lane = Lane.LIVE) -> list[str]:
        self.seen.append(article)
        return [json.dumps({"body": article.body})]


class _Completer:
    """Fetched pages by url; a url not listed times out, an 'ar' url is Arabic."""

    async def complete(self, message: ArticleMessage) -> Article:
        if message.body is not None:
            return Article.model_validate(message.model_dump())
        if message.url == "https://news.example/ar":
            raise UnsupportedLanguage("ar", "script", message.url)
        if message.url == "https://news.example/ok":
            data = {
                **message.model_dump(),
                "body": "Fetched text.",
                "published_at": "2024-03-14T00:00:00Z",
            }
            return Article.model_validate(data)
        raise FetchTimeout("ReadTimeout", message.url or "")


def _record(**fields: str) -> SourceRecord:
    return SourceRecord("articles", 0, 7, b"k", json.dumps({"id": "a1", **fields}).encode())


async def test_a_url_only_record_is_extracted_from_its_fetched_text() -> None:
    extractor = _Extractor()
    outcome = await process_record(
        _record(url="https://news.example/ok"), extractor, 10_000, _Completer()
    )
    assert outcome == Extracted("a1", ['{"body": "Fetched text."}'])
    assert [a.body for a in extractor.seen] == ["Fetched text."]


async def test_a_skipped_record_is_extracted_with_no_events_and_its_reason() -> None:
    extractor = _Extractor()
    outcome = await process_record(
        _record(url="https://news.example/ar"), extractor, 10_000, _Completer()
    )
    assert isinstance(outcome, Extracted) and outcome.events == []
    assert outcome.skipped is not None and outcome.skipped.reason == "unsupported_language"
    assert extractor.seen == []  # never extracted as English


async def test_a_failed_fetch_is_a_dead_letter_with_the_url_in_its_headers() -> None:
    record = _record(url="https://news.example/slow")
    outcome = await process_record(record, _Extractor(), 10_000, _Completer())
    assert isinstance(outcome, Rejected) and isinstance(outcome.error, FetchTimeout)
    headers = dict(dead_letter_headers(outcome.error, record))
    assert headers["error.class"] == b"FetchTimeout"
    assert headers["error.reason"] == b"ReadTimeout (https://news.example/slow)"
    assert headers["fetch.url"] == b"https://news.example/slow"


async def test_the_wait_for_a_page_is_told_around_the_fetch_only() -> None:
    """The partition worker abandons at close the records told as fetching: a url-only
    article is told before its fetch and untold before its extraction (ok, or failed); a
    body is never told."""
    told: list[tuple[str, bool]] = []

    class _Watching(_Extractor):
        async def extract(self, article: Article, lane: Lane = Lane.LIVE) -> list[str]:
            told.append((f"extract {article.id}", False))
            return await super().extract(article, lane)

    async def run(name: str, **fields: str) -> None:
        fetching_page.set(lambda waits: told.append((name, waits)))
        await process_record(_record(**fields), _Watching(), 10_000, _Completer())

    await asyncio.create_task(run("ok", url="https://news.example/ok"))
    await asyncio.create_task(run("slow", url="https://news.example/slow"))
    body = {"body": "Gunmen attacked a checkpoint.", "published_at": "2024-03-14T00:00:00Z"}
    await asyncio.create_task(run("body", **body))
    assert told == [
        ("ok", True),
        ("ok", False),
        ("extract a1", False),
        ("slow", True),
        ("slow", False),
        ("extract a1", False),
    ]
