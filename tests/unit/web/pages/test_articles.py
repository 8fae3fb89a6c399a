"""A message -> the complete article: fetched and read when it has only a url, passed over
when it is not in English (web/articles.py), against the tests' page server."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
from collections.abc import AsyncIterator, Iterator

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.errors import FetchHttpError, FetchRefused, NoMainText, UnsupportedLanguage
from newsevents.web.guard.addresses import AddressPolicy
from newsevents.web.guard.client import FetchOptions, guarded_client
from newsevents.web.pages import articles
from newsevents.web.pages.articles import ArticleCompleter
from newsevents.web.pages.fetch import Fetcher, Page
from newsevents.web.pages.read import PageText
from tests.web_server import PAGES, PageServer, page_server

OPTIONS = FetchOptions(
    policy=AddressPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),)),
    read_timeout_s=2.0,
    retries=1,
    backoff_max_s=0.05,
)
PUBLISHED = "2024-03-14T09:30:00+03:00"


class _Told:
    def __init__(self) -> None:
        self.failed: list[str] = []
        self.waiting = 0
        self.most_waiting = 0

    def fetch_response(self, status: int) -> None:
        pass

    def fetch_bytes_read(self, count: int) -> None:
        pass

    def fetch_finished(self, seconds: float) -> None:
        pass

    def fetch_failed(self, reason: str) -> None:
        self.failed.append(reason)

    def fetches_waiting(self, change: int) -> None:
        self.waiting += change
        self.most_waiting = max(self.most_waiting, self.waiting)


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


@pytest.fixture
async def completer() -> AsyncIterator[tuple[ArticleCompleter, _Told]]:
    told = _Told()
    async with guarded_client(OPTIONS) as client:
        completing = ArticleCompleter(Fetcher(client, OPTIONS, told), told)
        yield completing, told
        completing.close()


def _message(**fields: object) -> ArticleMessage:
    return ArticleMessage.model_validate({"id": "a1", **fields})


async def test_a_url_only_article_gets_the_page_text_title_date_and_language(
    server: PageServer, completer: tuple[ArticleCompleter, _Told]
) -> None:
    completing, _ = completer
    article = await completing.complete(_message(url=server.url("/moved"), source="Tigris Daily"))
    assert article.body.startswith(
        "Islamic State gunmen kill four soldiers in attack near Tuz Khurmatu\n"
        "Islamic State militants attacked an Iraqi army checkpoint near Tuz Khurmatu"
    )
    assert "Nasiriyah" not in article.body and "Baqubah" not in article.body
    assert article.title == "Islamic State gunmen kill four soldiers in attack near Tuz Khurmatu"
    assert article.published_at == dt.datetime.fromisoformat(PUBLISHED)
    assert article.language == "en" and article.source == "Tigris Daily"
    assert article.url == server.url("/moved")  # the message's url, not the last hop
    fetched = article.metadata["fetched"]
    assert fetched["url"] == server.url("/article")
    assert (fetched["published_at_from"], fetched["language_from"]) == ("page", "page")


async def test_the_message_s_own_fields_win_over_the_page_s(
    server: PageServer, completer: tuple[ArticleCompleter, _Told]
) -> None:
    completing, _ = completer
    article = await completing.complete(
        _message(
            url=server.url("/article"),
            title="Four soldiers killed",
            published_at="2024-03-15T00:00:00Z",
            metadata={"feed": "tigris"},
        )
    )
    assert article.title == "Four soldiers killed"
    assert article.published_at == dt.datetime(2024, 3, 15, tzinfo=dt.UTC)
    assert article.metadata["feed"] == "tigris"
    assert article.metadata["fetched"]["published_at_from"] == "message"


async def test_an_arabic_page_is_passed_over_with_its_reason(
    server: PageServer, completer: tuple[ArticleCompleter, _Told]
) -> None:
    completing, told = completer
    with pytest.raises(UnsupportedLanguage) as skipped:
        await completing.complete(_message(url=server.url("/arabic")))
    assert skipped.value.reason == "unsupported_language"
    assert skipped.value.details == {
        "language": "ar",
        "language_source": "script",
        "url": server.url("/arabic"),
    }
    assert told.failed == []  # not a failure


async def test_a_page_without_text_and_a_refused_one_are_counted_failures(
    server: PageServer, completer: tuple[ArticleCompleter, _Told]
) -> None:
    completing, told = completer
    with pytest.raises(NoMainText, match=r"no article text \(http://127.0.0.1:\d+/menu\)"):
        await completing.complete(_message(url=server.url("/menu")))
    with pytest.raises(FetchRefused, match=r"169\.254\.169\.254 is a link-local"):
        await completing.complete(_message(url=server.url("/to-metadata")))
    assert told.failed == ["NoMainText", "FetchRefused"]


@pytest.mark.parametrize(
    ("fields", "language", "source"),
    [
        ({"body": "قتل مسلحون جنديين عند حاجز قرب تكريت يوم الثلاثاء."}, "ar", "script"),
        ({"body": "Gunmen attacked a checkpoint near Tikrit.", "language": "tr"}, "tr", "message"),
    ],
)
async def test_a_body_not_in_english_is_passed_over(
    completer: tuple[ArticleCompleter, _Told], fields: dict[str, str], language: str, source: str
) -> None:
    completing, _ = completer
    with pytest.raises(UnsupportedLanguage) as skipped:
        await completing.complete(_message(published_at=PUBLISHED, **fields))
    assert (skipped.value.language, skipped.value.source) == (language, source)


async def test_an_english_body_is_complete_as_it_is(
    completer: tuple[ArticleCompleter, _Told],
) -> None:
    completing, _ = completer
    message = _message(body="Gunmen attacked a checkpoint.", published_at=PUBLISHED, extra=1)
    article = await completing.complete(message)
    assert article.model_dump() == message.model_dump()


async def test_a_slow_host_does_not_hold_up_the_pages_of_another() -> None:
    """Three pages of a host that does not answer and a limit of one request per host: two of
    them wait for that host, and must not take the slots (two in all) the pages of another
    host need. Conditions, not clocks: the slow host answers when the test says."""
    options = FetchOptions(
        policy=OPTIONS.policy, concurrency=2, per_host=1, read_timeout_s=60, retries=0
    )
    with page_server() as slow, page_server() as fast:
        async with guarded_client(options) as client:
            completing = ArticleCompleter(Fetcher(client, options))
            held = [
                asyncio.create_task(
                    completing.complete(_message(id=f"s{i}", url=slow.url("/slow")))
                )
                for i in range(3)
            ]
            async with asyncio.timeout(30):
                while slow.hits["/slow"] < 1:
                    await asyncio.sleep(0.01)
                quick = await asyncio.gather(
                    *(
                        completing.complete(_message(id=f"f{i}", url=fast.url("/article")))
                        for i in range(3)
                    )
                )
            assert [a.id for a in quick] == ["f0", "f1", "f2"]
            assert all(a.body.startswith("Islamic State gunmen kill") for a in quick)
            assert slow.hits["/slow"] == 1 and not any(task.done() for task in held)
            slow.release.set()
            late = await asyncio.gather(*held)
            completing.close()
    assert [a.id for a in late] == ["s0", "s1", "s2"]
    assert slow.hits["/slow"] == 3


async def test_a_fetch_waiting_to_retry_leaves_its_slot_to_others() -> None:
    """One slot in all: a page answered 503 waits before trying again (its backoff held here
    until the test lets it go) and another host's page is fetched meanwhile."""
    options = FetchOptions(policy=OPTIONS.policy, concurrency=1, retries=1)
    backoff = asyncio.Event()
    sleeping = asyncio.Event()

    async def held_sleep(seconds: float) -> None:
        sleeping.set()
        await backoff.wait()

    with page_server() as busy, page_server() as other:
        async with guarded_client(options) as client:
            completing = ArticleCompleter(Fetcher(client, options, sleep=held_sleep))
            failing = asyncio.create_task(
                completing.complete(_message(id="b1", url=busy.url("/always-503")))
            )
            async with asyncio.timeout(30):
                await sleeping.wait()
                article = await completing.complete(_message(id="o1", url=other.url("/article")))
            assert article.body.startswith("Islamic State gunmen kill")
            assert busy.hits["/always-503"] == 1
            backoff.set()
            with pytest.raises(FetchHttpError, match="HTTP 503"):
                await failing
            completing.close()
    assert busy.hits["/always-503"] == 2


class _HeldFetcher:
    """Fetches that wait until the test lets them finish."""

    def __init__(self) -> None:
        self.running = 0
        self.release = asyncio.Event()

    async def get_html(self, url: str) -> Page:
        self.running += 1
        await self.release.wait()
        return Page(url, 200, b"<html><body><p>Troops arrived in Damascus.</p></body></html>", None)


async def test_fetches_waiting_or_running_are_counted() -> None:
    """The gauge of fetches in flight: up while a page is awaited (queued for a slot in the
    fetcher or running), down when it came."""
    fetcher, told = _HeldFetcher(), _Told()
    completing = ArticleCompleter(fetcher, told)  # type: ignore[arg-type]
    tasks = [
        asyncio.create_task(completing.complete(_message(id=f"a{i}", url=f"http://n.example/{i}")))
        for i in range(6)
    ]
    async with asyncio.timeout(30):
        while told.waiting < 6:
            await asyncio.sleep(0.01)
    fetcher.release.set()
    articles = await asyncio.gather(*tasks)
    completing.close()
    assert [a.id for a in articles] == [f"a{i}" for i in range(6)]
    assert fetcher.running == 6 and told.waiting == 0 and told.most_waiting == 6


class _OnePage:
    """A fetcher that answers every url with one page."""

    def __init__(self, content: bytes, charset: str | None) -> None:
        self.content, self.charset = content, charset

    async def get_html(self, url: str) -> Page:
        return Page(url, 200, self.content, self.charset)


async def test_a_page_in_an_undecodable_charset_is_still_read() -> None:
    page = (PAGES / "tuz-khurmatu-attack.html").read_bytes()
    completing = ArticleCompleter(_OnePage(page, "undefined"))  # type: ignore[arg-type]
    article = await completing.complete(_message(url="http://tigris.example/a"))
    completing.close()
    assert article.body.startswith("Islamic State gunmen kill four soldiers in attack near Tuz")


async def test_a_page_the_reader_fails_on_is_a_counted_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug of trafilatura or lxml on one page: that article is dead-lettered."""

    def broken(content: bytes, charset: str | None, url: str) -> PageText:
        raise ValueError("lxml choked on this page")

    monkeypatch.setattr(articles, "read_page", broken)
    told = _Told()
    completing = ArticleCompleter(_OnePage(b"<html></html>", None), told)  # type: ignore[arg-type]
    with pytest.raises(NoMainText) as failed:
        await completing.complete(_message(url="http://tigris.example/b"))
    completing.close()
    assert failed.value.reason == "page unreadable: ValueError: lxml choked on this page"
    assert failed.value.url == "http://tigris.example/b"
    assert told.failed == ["NoMainText"]
