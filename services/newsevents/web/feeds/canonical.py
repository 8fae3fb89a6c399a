"""The canonical form of an article's URL, and the stable article id derived from it.

Two links to one article must give one id (else the article is published twice), and two
articles must never share one (else the second is taken for the first and lost). So only
what cannot name another page is removed:

* the scheme and host in lower case, an internationalised host in its ASCII (IDNA) form, no
  user info, no default port (``:80`` for http, ``:443`` for https);
* the path with its dot segments resolved (``/a/./b/../c`` is ``/a/c``), percent escapes in
  upper case and unreserved characters unescaped, other characters escaped; ``/`` when empty;
* the query without the known tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ...: the
  list below), the rest sorted; no fragment (``#comments`` is the same page).

courlan (a trafilatura dependency) normalises URLs too, but its tracker filter matches words
*inside* parameter names (``source``, ``ref``, ``uid``, ``eid``, ``session``...), so
``story?eid=1`` and ``story?eid=2`` would become one URL, and its strict mode keeps only a
list of allowed parameters; either can merge two articles into one id. A missed tracker costs
a duplicate (with the same downstream event ids); a merged id loses an article.

``article_id`` is the UUIDv5 of the canonical URL in the URL namespace (RFC 4122): any
producer can compute it from the link alone.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

__all__ = ["InvalidUrl", "article_id", "canonical_url", "is_tracking_parameter"]

# Exact names (lower case) of parameters that only say where a click came from.
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt_mc",
        "at_medium",
        "at_campaign",
        "ocid",
        "cmpid",
        "s_cid",
        "xtor",
        "__twitter_impression",
    }
)
# Prefixes of whole families: utm_source, utm_medium, utm_campaign, ..., pk_campaign, mtm_*.
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "ga_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# RFC 3986 unreserved characters: an escape of one of these is the character itself.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are in a path (reserved sub-delimiters, ':' and '@', and '%' of
# escapes already normalised).
_PATH_SAFE = "/:@!$&'()*+,;=%-._~"


class InvalidUrl(ValueError):
    """Not an absolute http(s) URL with a host."""


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """``url`` in the canonical form above; raises ``InvalidUrl``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:  # a bad port, a bad IPv6 literal
        raise InvalidUrl(f"{url!r}: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InvalidUrl(f"{url!r}: not an http or https URL")
    host = _host(parts.hostname or "", url)
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _path(parts.path)
    query = urlencode(
        sorted(
            (name, value)
            for name, value in parse_qsl(parts.query, keep_blank_values=True)
            if not is_tracking_parameter(name)
        )
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(url: str) -> str:
    """The stable article id of ``url``: UUIDv5 of its canonical form."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, canonical_url(url)))


def _host(hostname: str, url: str) -> str:
    if not hostname:
        raise InvalidUrl(f"{url!r}: no host")
    if ":" in hostname:  # an IPv6 literal (urlsplit dropped its brackets)
        return f"[{hostname.lower()}]"
    try:
        return hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise InvalidUrl(f"{url!r}: the host {hostname!r} is not a valid name") from None


def _path(path: str) -> str:
    path = _ESCAPE.sub(_normalise_escape, path)
    path = quote(path, safe=_PATH_SAFE)
    return _remove_dot_segments(path) or "/"


def _normalise_escape(match: re.Match[str]) -> str:
    character = unquote(match.group(0))
    return character if character in _UNRESERVED else match.group(0).upper()


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, on a path's segments."""
    segments: list[str] = []
    parts = path.split("/")
    for index, segment in enumerate(parts):
        last = index == len(parts) - 1
        if segment == ".":
            if last:
                segments.append("")
        elif segment == "..":
            if len(segments) > 1:
                segments.pop()
            if last:
                segments.append("")
        else:
            segments.append(segment)
    return "/".join(segments)
