"""Two response headers both fetchers read: ``Content-Type`` and ``Retry-After``."""

from __future__ import annotations

import email.utils
import time

__all__ = ["content_type", "retry_after_s"]


def content_type(header: str | None) -> tuple[str | None, str | None]:
    """``text/html; charset="UTF-8"`` -> ``("text/html", "utf-8")``; ``(None, None)`` without."""
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return media.strip().lower() or None, charset


def retry_after_s(value: str | None, now: float | None = None) -> float | None:
    """Seconds of a ``Retry-After`` header: a number of seconds or an HTTP date (0 when past);
    None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
