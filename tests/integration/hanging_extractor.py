"""An extractor for NEWSEVENTS_EXTRACTOR that never returns on some articles.

``extract`` sleeps forever (in a loop, so no single long sleep can be cut short) when the body
contains ``HANG-FOREVER``; otherwise it is the real extractor.
"""

from __future__ import annotations

import time

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events

MARKER = "HANG-FOREVER"

EXTRACTOR = "tests.integration.hanging_extractor:extract"


def extract(article: ArticleMessage) -> list[EventMessage]:
    if MARKER in article.body:
        while True:
            time.sleep(1.0)
    return extract_events(article)
