"""An extractor for NEWSEVENTS_EXTRACTOR that takes its time: the real one plus a fixed pause.

Fault tests use it so that a run lasts long enough for the fault to land in the middle of it;
``extract_slowly`` (``SLOW_EXTRACTOR``) takes longer still, so that a backlog of a few hundred
articles keeps the workers busy for a while (the live-first test).
``warm_up`` is the pipeline's, so that its workers load the gazetteer before the service consumes.
"""

from __future__ import annotations

import time

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events, warm_up

__all__ = ["EXTRACTOR", "SLOW_EXTRACTOR", "extract", "extract_slowly", "warm_up"]

PAUSE_S = 0.01
SLOW_PAUSE_S = 0.2

EXTRACTOR = "tests.integration.paced_extractor:extract"
SLOW_EXTRACTOR = "tests.integration.paced_extractor:extract_slowly"


def extract(article: ArticleMessage) -> list[EventMessage]:
    time.sleep(PAUSE_S)
    return extract_events(article)


def extract_slowly(article: ArticleMessage) -> list[EventMessage]:
    time.sleep(SLOW_PAUSE_S)
    return extract_events(article)
