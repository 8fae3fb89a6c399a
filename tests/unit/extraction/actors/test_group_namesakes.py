"""A dictionary group's name is no namesake town abroad, and the named actors' country breaks a
tie between the countries of the article's places (``places/reading/organisations.py``,
``actors/country.py``)."""

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


def test_the_actors_country_breaks_a_tie_of_places() -> None:
    (clash,) = _acled(
        "Fano militants and government forces clashed on Sunday in Winneba, a rural town of"
        " the Amhara Region, residents said."
    )
    assert clash.actor1 == "Fano Militia"
    assert clash.actor2 == "Military Forces of Ethiopia (2018-)"
