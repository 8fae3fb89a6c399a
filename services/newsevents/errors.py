"""Every way an input message can fail, in one place.

    DeadLetter                  the message cannot yield events; it goes to the DLQ
    ├── OversizedMessage        value larger than NEWSEVENTS_MAX_BODY_BYTES
    ├── EmptyMessage            no value (tombstone) or an empty body
    ├── InvalidUtf8             value is not UTF-8
    ├── InvalidJson             value is not a JSON object
    ├── SchemaViolation         JSON that does not fit ArticleMessage (no body and no url...)
    ├── FetchFailed             a url-only article whose page gave no text (header fetch.url);
    │   │                       the feed poller's failed polls use the same classes
    │   ├── FetchRefused        not http/https, or the host's address is refused (loopback,
    │   │                       private, link-local such as 169.254.169.254...), at any hop
    │   ├── FetchTimeout        no complete answer within the timeouts, after the retries
    │   ├── FetchUnreachable    the name does not resolve or the connection fails, after retries
    │   ├── FetchHttpError      a 4xx status, or 429/5xx still after the retries
    │   ├── TooManyRedirects    more than NEWSEVENTS_FETCH_MAX_REDIRECTS (or a loop)
    │   ├── NotHtml             the page is not HTML (its Content-Type, or its first bytes)
    │   ├── PageTooLarge        more than NEWSEVENTS_FETCH_MAX_BYTES
    │   └── NoMainText          the page has no article text (trafilatura found none)
    ├── ExtractionFailed        the extractor raised, or its worker process died, on this article
    ├── ExtractionTimeout       the extractor ran past NEWSEVENTS_ARTICLE_DEADLINE_S
    └── OversizedEvent          an event of it is larger than the events topic accepts

The class name travels in the DLQ header ``error.class``; the message in ``error.reason``.

An article that is well formed but not for this extractor is not a dead letter: it is
committed without events, with a log line (``article_skipped``) and a count by reason:

    Skipped                     passed over; ``reason`` is the metric label and log field
    └── UnsupportedLanguage     not English (reason ``unsupported_language``)
"""

from __future__ import annotations

__all__ = [
    "DeadLetter",
    "EmptyMessage",
    "ExtractionFailed",
    "ExtractionTimeout",
    "FetchFailed",
    "FetchHttpError",
    "FetchRefused",
    "FetchTimeout",
    "FetchUnreachable",
    "InvalidJson",
    "InvalidUtf8",
    "NoMainText",
    "NotHtml",
    "OversizedEvent",
    "OversizedMessage",
    "PageTooLarge",
    "SchemaViolation",
    "Skipped",
    "TooManyRedirects",
    "UnsupportedLanguage",
]


class DeadLetter(Exception):
    """A message that can never yield events. ``str(error)`` is the human-readable reason;
    ``headers`` are added to the dead letter's own (e.g. ``fetch.url``)."""

    @property
    def headers(self) -> dict[str, str]:
        return {}


class OversizedMessage(DeadLetter):
    pass


class EmptyMessage(DeadLetter):
    pass


class InvalidUtf8(DeadLetter):
    pass


class InvalidJson(DeadLetter):
    pass


class SchemaViolation(DeadLetter):
    pass


class ExtractionFailed(DeadLetter):
    pass


class ExtractionTimeout(DeadLetter):
    pass


class OversizedEvent(DeadLetter):
    """An event larger than the events topic (``max.message.bytes``) or the producer accepts:
    the article goes to the DLQ rather than publish part of its events or stop its partition."""


class FetchFailed(DeadLetter):
    """The page of a url-only article gave no text (or a feed could not be polled). ``url`` is
    the one asked for (the ``fetch.url`` header); the reason names the hop that failed when a
    redirect led there. ``status``: the HTTP status when the server answered;
    ``retry_after_s``: its ``Retry-After``, when it said."""

    def __init__(
        self,
        reason: str,
        url: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(f"{reason} ({url})")
        self.reason = reason
        self.url = url
        self.status = status
        self.retry_after_s = retry_after_s

    @property
    def headers(self) -> dict[str, str]:
        return {"fetch.url": self.url}


class FetchRefused(FetchFailed):
    pass


class FetchTimeout(FetchFailed):
    pass


class FetchUnreachable(FetchFailed):
    pass


class FetchHttpError(FetchFailed):
    pass


class TooManyRedirects(FetchFailed):
    pass


class NotHtml(FetchFailed):
    pass


class PageTooLarge(FetchFailed):
    pass


class NoMainText(FetchFailed):
    pass


class Skipped(Exception):
    """An article passed over: no events, no dead letter (nothing to fix, nothing to retry)."""

    reason = "skipped"

    @property
    def details(self) -> dict[str, str]:
        """Fields of the ``article_skipped`` log line."""
        return {}


class UnsupportedLanguage(Skipped):
    """Not English. ``language``: its code; ``source``: what said so (script, message, page,
    detected); ``url``: the page it was fetched from, if it was."""

    reason = "unsupported_language"

    def __init__(self, language: str, source: str, url: str | None = None) -> None:
        super().__init__(f"the article is in {language!r} ({source}); events are read from English")
        self.language = language
        self.source = source
        self.url = url

    @property
    def details(self) -> dict[str, str]:
        found = {"language": self.language, "language_source": self.source}
        return {**found, "url": self.url} if self.url else found
