"""Articles from the web: the guarded HTTP client and the fetch stage of url-only articles.

Plumbing, not extraction: the engine never imports this package. Modules, one job each:

    addresses.py  which addresses may be connected to (the SSRF policy)
    transport.py  resolve once, check, connect to the checked address (httpcore backend)
    client.py     FetchOptions from the settings; guarded_client(), for every outside url
    fetch.py      one page: redirects, retries with backoff, size cap, timeouts, per-host limit
    page.py       main text, title, date and declared language of a page (trafilatura)
    language.py   English or not: script, message, page, detection (py3langid)
    articles.py   message -> complete Article (fetched when it has only a url)

and the feed poller (``newsevents feeds``, README "Feeds"):

    feeds*.py, feed_*.py, seen*.py, canonical.py: see each module's docstring
"""

from __future__ import annotations

from .addresses import AddressPolicy, AddressRefused
from .articles import ArticleCompleter, CompletionObserver
from .client import FetchOptions, guarded_client
from .fetch import Fetcher, FetchObserver, Page
from .language import Decision, decide
from .page import PageText, read_page

__all__ = [
    "AddressPolicy",
    "AddressRefused",
    "ArticleCompleter",
    "CompletionObserver",
    "Decision",
    "FetchObserver",
    "FetchOptions",
    "Fetcher",
    "Page",
    "PageText",
    "decide",
    "guarded_client",
    "read_page",
]
