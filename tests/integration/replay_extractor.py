"""A fast extractor for the replay tests, where what is checked is delivery, not extraction:
two events per article, ids derived from the article id, no gazetteer to load.

``REPLAY_TEST_PAUSE_S`` (environment) makes each article take that long, so that a replay lasts
long enough to be killed in the middle.
"""

from __future__ import annotations

import os
import time
import uuid

from newsevents.contracts import (
    AcledFields,
    ArticleMessage,
    EventCodes,
    EventMessage,
    Evidence,
    Extractor,
    TimeRef,
)

__all__ = ["EXTRACTOR", "event_ids", "extract"]

EXTRACTOR = "tests.integration.replay_extractor:extract"
_NAMESPACE = uuid.UUID("6f1c4a52-4d0e-4f7e-9d7c-2f1a5e0b9c11")
_CODES = EventCodes(
    plover="ASSAULT", cameo="18", acled_event_type="Violence", acled_sub_event_type="Attack"
)


def event_ids(article_id: str) -> list[str]:
    return [str(uuid.uuid5(_NAMESPACE, f"{article_id}#{n}")) for n in (1, 2)]


def extract(article: ArticleMessage) -> list[EventMessage]:
    pause = float(os.environ.get("REPLAY_TEST_PAUSE_S", "0"))
    if pause:
        time.sleep(pause)
    day = article.published_at.date()
    return [
        EventMessage(
            event_id=event_id,
            article_id=article.id,
            published_at=article.published_at,
            event_type="attack",
            codes=_CODES,
            summary=article.body[:80],
            actors=[],
            locations=[],
            time=TimeRef(date=day, precision="day"),
            evidence=Evidence(
                text=article.body,
                start=0,
                end=len(article.body),
                trigger="x",
                trigger_start=0,
                trigger_end=1,
            ),
            confidence=0.5,
            extractor=Extractor(name="replay-test", version="1"),
            acled=AcledFields(event_date=day, time_precision=1),
        )
        for event_id in event_ids(article.id)
    ]
