"""The passthrough extractor: the service's plumbing without the extraction.

``NEWSEVENTS_EXTRACTOR=benchmarks.noop_extractor:one_event`` (with the repository on
``PYTHONPATH``) runs the real service, exactly-once, worker processes and all, with an extractor
that does not read the text: it returns one fixed event per article, re-addressed to the article,
so that every article still costs a trip to a worker, a validation, a publish and a commit. What
the service achieves with it is the ceiling its plumbing puts on any extractor.
"""

from __future__ import annotations

import uuid

from newsevents.contracts import ArticleMessage, EventMessage

__all__ = ["one_event"]  # no warm_up(): there is nothing to load

_SENTENCE = "Gunmen killed 3 police officers in Maiduguri on Monday, a police spokesman said."
_TEMPLATE = EventMessage.model_validate(
    {
        "event_id": "00000000-0000-5000-8000-000000000000",
        "article_id": "template",
        "published_at": "2024-03-14T08:00:00Z",
        "event_type": "armed_clash",
        "codes": {
            "plover": "FIGHT",
            "plover_mode": "small-arms",
            "cameo": "19",
            "acled_event_type": "Battles",
            "acled_sub_event_type": "Armed clash",
        },
        "summary": "armed clash by Unidentified Armed Group (Nigeria) involving Police Forces of "
        "Nigeria in Maiduguri, Borno on 2024-03-11 (killed 3)",
        "actors": [
            {"text": "Gunmen", "name": "Unidentified Armed Group (Nigeria)", "kind": "armed_group"},
            {"text": "police", "name": "Police Forces of Nigeria", "kind": "state_force"},
        ],
        "locations": [
            {
                "text": "Maiduguri",
                "name": "Maiduguri",
                "country_code": "NG",
                "admin1": "Borno",
                "latitude": 11.84692,
                "longitude": 13.15712,
                "precision": "town",
            }
        ],
        "time": {"date": "2024-03-11", "precision": "day", "text": "on Monday"},
        "evidence": {
            "text": _SENTENCE,
            "start": 0,
            "end": len(_SENTENCE),
            "trigger": "killed",
            "trigger_start": 7,
            "trigger_end": 13,
        },
        "confidence": 0.6,
        "extractor": {"name": "benchmark-passthrough", "version": "0"},
        "acled": {"event_date": "2024-03-11", "time_precision": 1, "fatalities": 3},
    }
)


def one_event(article: ArticleMessage) -> list[EventMessage]:
    event_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"passthrough:{article.id}"))
    update = {"event_id": event_id, "article_id": article.id, "published_at": article.published_at}
    return [_TEMPLATE.model_copy(update=update)]
