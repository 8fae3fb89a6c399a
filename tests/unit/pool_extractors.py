"""Extractors with bad behaviour, imported by the extraction worker processes in tests."""

from __future__ import annotations

import os
import signal
import time

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events, warm_up

# The worker calls warm_up() before taking articles.
__all__ = ["gated", "misbehaving", "niceness", "warm_up"]


def misbehaving(article: ArticleMessage) -> list[EventMessage]:
    if "SLEEP" in article.body:
        time.sleep(3600)  # interrupted by the worker's deadline timer
    if "DEAF" in article.body:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like code stuck in C
        time.sleep(3600)
    if "CRASH" in article.body:
        os._exit(1)
    if "RAISE" in article.body:
        raise ValueError("no good")
    return extract_events(article)


def gated(article: ArticleMessage) -> list[EventMessage]:
    """Waits until the file named by a ``WAIT:<path>`` body exists: a test decides when the
    worker is free again, with no clock. Other articles: no events, at once."""
    if article.body.startswith("WAIT:"):
        path = article.body.removeprefix("WAIT:")
        while not os.path.exists(path):
            time.sleep(0.01)
    return []


def niceness(article: ArticleMessage) -> list[EventMessage]:
    """Writes the worker's scheduling niceness (``os.nice(0)``) to the file a ``NICE:<path>``
    body names: what priority the pool gave its workers, seen from inside one."""
    path = article.body.removeprefix("NICE:")
    with open(path, "w") as out:
        out.write(str(os.nice(0)))
    return []
