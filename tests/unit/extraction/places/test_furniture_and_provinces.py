"""A place located in a province resolves there; a named locality is no province or country
abroad (the article's sentences and furniture read first, as in the pipeline)."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage
from newsevents.extraction.document import PlaceMention
from newsevents.extraction.pipeline import Pipeline


def _places(text: str) -> list[PlaceMention]:
    doc = Pipeline().annotate(
        ArticleMessage.model_validate(
            {"id": "t", "body": text, "published_at": "2016-11-07T00:00:00Z"}
        )
    )
    return doc.places


def test_an_unknown_village_of_a_named_province_is_no_namesake_abroad() -> None:
    """Only an Iraqi Hadar is known: the Hadar "in the northern countryside of Quneitra
    province" is an unknown village there, at both its mentions."""
    places = _places(
        "Rebels fired a mortar shell at Hadar village in the countryside of Quneitra province. "
        "The shell hit Hadar, the Islamic State of Iraq said."
    )
    assert "Hadar" not in {p.text for p in places}
    assert {p.admin1 for p in places if p.country_code == "SY"} == {"Quneitra"}


def test_a_town_in_a_named_province_is_not_a_namesake_of_another_province() -> None:
    """ "Adra in Damascus countryside" is not Daraa, which only folds to the name: a town
    the gazetteer lacks there, kept as written in the province that locates it."""
    places = _places("An army unit ambushed militants near Adra in Damascus countryside.")
    assert [(p.name, p.admin1, p.resolved) for p in places] == [
        ("Adra", "Rif Dimashq", False),
        ("Rif Dimashq", "Rif Dimashq", True),
    ]


def test_a_neighbourhood_is_no_province_or_town_abroad() -> None:
    """ "Salah-Eddin neighbourhood" is not Iraq's Salah al-Din province, nor "al-Zahraa
    neighbourhood" Ez Zahra of Tunisia."""
    places = _places(
        "Rocket shells fell on Salah-Eddin neighbourhood in Aleppo city. A car bomb exploded "
        "in al-Zahraa neighbourhood in Homs."
    )
    assert {(p.name, p.country_code) for p in places} == {("Aleppo", "SY"), ("Homs", "SY")}


def test_the_start_of_a_longer_arabic_name_is_no_place_abroad() -> None:
    """ "Tibet al-Imam" (a Hama village) is not Tibet."""
    places = _places("Army units struck vehicles in Tibet al-Imam in Hama countryside.")
    assert "CN" not in {p.country_code for p in places}


def test_a_dateline_place_is_a_reference_not_an_event_place() -> None:
    doc = Pipeline().annotate(
        ArticleMessage.model_validate(
            {
                "id": "t",
                "body": "BEIRUT (AP) — Government shelling killed three people in Idlib.",
                "published_at": "2016-11-07T00:00:00Z",
            }
        )
    )
    assert [p.name for p in doc.places] == ["Idlib"]
    assert "Beirut" in {p.name for p in doc.place_references}


def test_the_agency_that_filed_a_report_tells_no_country() -> None:
    """ "MANILA, May 3 (Xinhua) --": a Chinese agency filed it, the article is not about
    China, so "Sulu province" is no village of that name in Qinghai."""
    places = _places(
        "MANILA, May 3 (Xinhua) -- Three marines died in a gunfight with rebels on an island of"
        " Sulu province on Monday, the navy said."
    )
    assert {p.country_code for p in places} == {"PH"}
