"""A dictionary group's name is no namesake town abroad, which would give the article its
country (``places/reading/organisations.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled(body: str) -> list[AcledFields]:
    article = ArticleMessage(id="namesake-test", body=body, published_at="2024-03-12T12:00:00Z")
    return [event.acled for event in extract_events(article)]


def test_a_militias_name_is_no_town_abroad() -> None:
    (clash,) = _acled(
        "At least five civilians died in clashes between Fano militants and government forces"
        " in a village of the Amhara Region, residents said."
    )
    assert clash.actor1 == "Fano Militia"
    assert clash.actor2 == "Military Forces of Ethiopia (2018-)"
