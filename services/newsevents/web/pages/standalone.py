"""Url-only articles outside the service: ``newsevents extract`` completes them one at a time
with the service's own pieces (the guarded client of the ``NEWSEVENTS_FETCH_*`` settings, the
fetcher, page reading and the language decision), so a page gives the same text here as in
``newsevents run``.

``PageFetching`` is a callable for ``inputs.read_articles(complete=...)``: a synchronous
command drives an event loop of its own (``asyncio.Runner``), opened on the first url-only
article only, so reading bodies costs nothing more. A page that gives no text, or not in
English, is ``BadInput`` in words (the command reports it, skips it in a batch, and goes on).
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import TYPE_CHECKING

from ...config import Settings
from ...contracts import Article, ArticleMessage
from ...errors import FetchFailed, UnsupportedLanguage
from ...failures import BadInput

if TYPE_CHECKING:
    import httpx

    from .articles import ArticleCompleter

__all__ = ["PageFetching"]


class PageFetching:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._runner: asyncio.Runner | None = None
        self._client: httpx.AsyncClient | None = None
        self._completer: ArticleCompleter | None = None

    def __enter__(self) -> PageFetching:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __call__(self, message: ArticleMessage) -> Article:
        runner, completer = self._open()
        try:
            return runner.run(completer.complete(message))
        except FetchFailed as failure:
            raise BadInput(
                f"{type(failure).__name__}: {failure}",
                _ADVICE.get(type(failure).__name__, "give the article's body instead"),
            ) from None
        except UnsupportedLanguage as skipped:
            raise BadInput(f"{message.url}: {skipped}", "only English articles are read") from None

    def _open(self) -> tuple[asyncio.Runner, ArticleCompleter]:
        if self._runner is None or self._completer is None:
            # Here, not at the top: httpx, lxml and trafilatura load for url-only articles only.
            from ..guard.client import FetchOptions, guarded_client
            from .articles import ArticleCompleter
            from .fetch import Fetcher

            self._runner = asyncio.Runner()
            options = FetchOptions.from_settings(self._settings)

            async def start() -> ArticleCompleter:
                self._client = guarded_client(options)
                return ArticleCompleter(Fetcher(self._client, options))

            self._completer = self._runner.run(start())
        return self._runner, self._completer

    def close(self) -> None:
        if self._runner is None:
            return
        if self._completer is not None:
            self._completer.close()
        if self._client is not None:
            self._runner.run(self._client.aclose())
        self._runner.close()
        self._runner = None


_ADVICE = {
    "FetchRefused": "a private or local address needs NEWSEVENTS_FETCH_ALLOW_NETWORKS "
    "(or NEWSEVENTS_FETCH_ALLOW_PRIVATE)",
    "FetchTimeout": "try again later, or raise NEWSEVENTS_FETCH_TOTAL_TIMEOUT_S",
    "FetchUnreachable": "check the url and the network",
}
