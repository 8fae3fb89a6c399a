"""An extractor for NEWSEVENTS_EXTRACTOR that never returns on some articles.

``extract`` sleeps forever (in a loop, so no single long sleep can be cut short) when the body
contains ``HANG-FOREVER``; otherwise it is the real extractor.

``warm_up`` is the pipeline's: the service's workers load the gazetteer before the service
consumes, so the first articles' 3 s deadline measures extraction, not loading (without it a
loaded machine dead-lettered the first normal articles of the partition).
"""

from __future__ import annotations

import time

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events, warm_up

__all__ = ["EXTRACTOR", "extract", "warm_up"]

MARKER = "HANG-FOREVER"

EXTRACTOR = "tests.integration.hanging_extractor:extract"


def extract(article: ArticleMessage) -> list[EventMessage]:
    if MARKER in article.body:
        while True:
            time.sleep(1.0)
    return extract_events(article)
