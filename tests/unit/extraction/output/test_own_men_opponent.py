"""A group and its own men read as the two sides of a clash (``output/sides/own_men.py``,
``own_men_opponent``): a headline's "<group> Terrorists" is one side, and the other side is
the armed party the event's sentences name against them."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _clash(title: str, body: str) -> AcledFields:
    article = ArticleMessage(
        id="own-men", title=title, body=body, published_at="2015-03-14T12:00:00Z"
    )
    return next(e.acled for e in extract_events(article) if e.event_type == "armed_clash")


def test_the_group_fought_the_kurdish_units_its_sentence_names() -> None:
    acled = _clash(
        "Sixty ISIL Terrorists Killed near Tal Hurra",
        "Heavy battles went on around the village of Tal Hurra on Sunday, when ISIL gunmen"
        " stormed positions held by the People's Protection Units (YPG), a local commander"
        " told reporters.",
    )
    assert acled.actor1 == "Islamic State (Syria)"
    assert acled.actor2 is not None and "People's Protection Units" in acled.actor2
