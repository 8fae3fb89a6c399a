"""Pakistan's former tribal agencies (districts of Khyber Pakhtunkhwa since 2018) are places of
the embedded gazetteer, and "in X Agency" names one, not a news agency (forty-fifth round)."""

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline, extract_events


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    article = ArticleMessage.model_validate(
        {"id": "t", "title": "", "body": text, "published_at": "2025-03-12T10:00:00Z"}
    )
    return [
        (
            e.event_type,
            e.locations[0].name if e.locations else None,
            e.locations[0].country_code if e.locations else None,
            e.locations[0].admin1 if e.locations else None,
        )
        for e in extract_events(article)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers killed three insurgents in Orakzai Agency on Sunday.", "Orakzai"),
        ("Soldiers killed three insurgents in the Bajaur Agency on Sunday.", "Bajaur"),
        (
            "A US drone strike killed four suspected militants in North Waziristan.",
            "North Waziristan",
        ),
        ("Four people were killed when rival tribes clashed in Kurram district.", "Kurram"),
        ("Gunmen shot dead two policemen in South Waziristan on Friday.", "South Waziristan"),
        ("Security forces killed six militants in the Tirah valley on Sunday.", "Tirah"),
    ],
)
def test_a_tribal_district_is_the_place_in_khyber_pakhtunkhwa(text: str, place: str) -> None:
    events = _events(text)
    assert events, text
    assert events[0][1:] == (place, "PK", "Khyber Pakhtunkhwa")


def test_a_news_agency_stays_an_outlet_and_no_place() -> None:
    """ "Anadolu Agency reported" and "according to Xinhua News Agency" name outlets."""
    doc = Pipeline().annotate(
        ArticleMessage.model_validate(
            {
                "id": "t",
                "body": "Gunmen killed two soldiers in Khost, Anadolu Agency reported, citing "
                "officials in Orakzai Agency.",
                "published_at": "2025-03-12T10:00:00Z",
            }
        )
    )
    outlets = {f.text for f in doc.furniture if f.kind == "outlet"}
    assert "Anadolu Agency" in outlets
    assert "Orakzai Agency" not in outlets
    assert "Orakzai" in {p.name for p in doc.places}
