"""A fetched page's article: its main text and metadata, read with trafilatura.

trafilatura keeps the article and drops the page's furniture (navigation, comments, related
links, footers; asked to favour precision, it finds no text at all in a page of links), and
reads the title and publication date from the page's metadata (Open Graph,
JSON-LD, ``<time>``...). The language the page declares is read here from the HTML itself
(``<html lang>``, ``Content-Language``, ``og:locale``): trafilatura only reports a language it
was asked to filter on. CPU work (an lxml parse and a tree walk, milliseconds to tens of
milliseconds): the caller runs it off the event loop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.utils import load_html

__all__ = ["PageText", "read_page"]

_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # the main text, paragraphs separated by newlines; "" when none was found
    title: str | None
    published: dt.datetime | None  # aware; midnight UTC when the page gives a day only
    language: str | None  # as the page declares it ("en-GB"), not detected


def read_page(content: bytes, charset: str | None, url: str) -> PageText:
    html: bytes | str = content
    if charset:
        try:
            html = content.decode(charset, errors="replace")
        # A charset Python does not know ("x-user-defined"), one that is not a text encoding
        # ("base64"), or one whose codec fails even with errors="replace" ("undefined",
        # "idna", "punycode" raise UnicodeError): let trafilatura guess, as without one.
        except (LookupError, UnicodeError):
            html = content
    tree = load_html(html)
    if tree is None:
        return PageText("", None, None, None)
    language = _declared_language(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Precision over recall: a menu or a list of links read as text would be read for
        # events (a page of nothing but navigation gives "Home Iraq Syria" without it).
        favor_precision=True,
        date_extraction_params={
            "outputformat": _DATE_FORMAT,
            "original_date": True,
            "extensive_search": False,
        },
    )
    if document is None or isinstance(document, dict):
        return PageText("", None, None, language)
    return PageText(
        text=(document.text or "").strip(),
        title=(document.title or "").strip() or None,
        published=_date(document.date),
        language=language,
    )


def _declared_language(tree: Any) -> str | None:  # an lxml HtmlElement (lxml is untyped)
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')"
                    "='content-language']/@content"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ]  # fmt: skip
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip().split(",")[0].strip()
    return None


def _date(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    for form in (_DATE_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            parsed = dt.datetime.strptime(text, form)
        except ValueError:
            continue
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)
    return None
