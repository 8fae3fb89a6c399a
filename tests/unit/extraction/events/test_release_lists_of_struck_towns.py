"""The fiftieth round's lists of struck towns (``raid70``, issue 10): one air strike or shelling
per town of a release's list, the article spelled as the opposition's releases glue it
("Alhabeet", "Khan Alsibil"), and a list told right after a lead that the release's retold
headline precedes (events/geography/names/glued.py, merge/places/per_place/listed_places.py)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.geography.names.glued import list_names
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import events_of


def _titled(body: str, title: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2016, 12, 12, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in list_names(text)]


def _struck(events: list[EventMessage], kind: str) -> list[tuple[str, str | None]]:
    return sorted(
        (e.locations[0].name, e.locations[0].admin1)
        for e in events
        if e.event_type == kind and e.locations
    )


def test_an_article_glued_to_its_word_opens_a_name() -> None:
    assert _names("Kafrnabouda Alhabeet Allataminah Alzakat") == [
        "Kafrnabouda",
        "Alhabeet",
        "Allataminah",
        "Alzakat",
    ]
    # a generic first word takes it: "Khan Alsibil", "Maaret Alnouman", "Karm Aljabal"
    assert _names("Karm Aljabal") == ["Karm Aljabal"]
    assert _names("Khan Alsibil Maaret Alnouman Alsien") == [
        "Khan Alsibil",
        "Maaret Alnouman",
        "Alsien",
    ]
    # an adjective with its article glued closes the name before it
    assert _names("Tafas Alghariyah Algharbiyah Almsifra") == [
        "Tafas",
        "Alghariyah Algharbiyah",
        "Almsifra",
    ]
    # "Aleppo" is no article: a vowel follows its "Al"
    assert _names("Aleppo Homs") == ["Aleppo Homs"]


def test_a_release_list_with_glued_articles_is_one_strike_per_village() -> None:
    events = events_of(
        "Regime warplanes pounded the towns of Kafrnabouda Alhabeet Allataminah Alzakat Morek"
        " Kafr Zita Latmin and Alsayyad in rural Hama on Sunday killing nine civilians."
    )
    places = [name for name, _ in _struck(events, "airstrike")]
    assert "Allataminah" in places and "Alzakat" in places
    assert {admin1 for _, admin1 in _struck(events, "airstrike")} == {"Hama"}
    assert sum(e.acled.fatalities or 0 for e in events if e.event_type == "airstrike") == 9


def test_the_list_after_a_lead_that_a_retold_headline_opens() -> None:
    title = "Regime Air Raids Kill 15 Civilians in Rural Daraa"
    body = (
        "Monday 12 December 2016 Regime Air Raids Kill 15 Civilians in Rural Daraa. Activists"
        " said at least 15 civilians were killed on Sunday in regime air raids. The raids"
        " targeted the towns of Jasim, Inkhil, Nawa and Tafas."
    )
    events = _titled(body, title)
    struck = _struck(events, "airstrike")
    assert [name for name, _ in struck] == ["Inkhil", "Jasim", "Nawa", "Tafas"]
    assert {admin1 for _, admin1 in struck} == {"Daraa"}
    # the lead's toll stays on the first town's event
    dead = {e.locations[0].name: e.acled.fatalities for e in events if e.locations}
    assert dead["Jasim"] == 15 and dead["Tafas"] in (None, 0)
    # with no retold headline before the lead, a list two sentences on is not read
    body = (
        "Activists said at least 15 civilians were killed on Sunday in regime air raids on rural"
        " Daraa. Rescue teams worked through the night. The raids had targeted the towns of"
        " Jasim, Inkhil, Nawa and Tafas."
    )
    assert len(_struck(_titled(body, "Raids on Daraa"), "airstrike")) <= 2


def test_a_second_list_in_its_own_province_after_as_well_as() -> None:
    events = events_of(
        "Regime warplanes struck Kafranbel and Maarat Harma in rural Idlib as well as Kafr Zita"
        " and Latmin in rural Hama killing six civilians."
    )
    struck = dict(_struck(events, "airstrike"))
    assert struck == {
        "Kafranbel": "Idlib",
        "Maarat Harma": "Idlib",
        "Kafr Zayta": "Hama",
        "Latmin": "Hama",
    }


def test_villages_of_the_second_list_stay_in_its_province() -> None:
    events = events_of(
        "Regime warplanes struck the towns of Kafranbel and Maarat Harma in rural Idlib and the"
        " towns of Kafr Zita and Latmin in rural Hama killing six civilians."
    )
    struck = dict(_struck(events, "airstrike"))
    assert struck["Latmin"] == "Hama" and struck["Kafranbel"] == "Idlib"
    assert struck["Maarat Harma"] == "Idlib" and struck["Kafr Zayta"] == "Hama"


def test_each_town_keeps_its_own_dead_before_a_clause_of_as() -> None:
    events = events_of(
        "Five civilians were killed in Kafranbel, three in Saraqeb and two in Binnish as regime"
        " warplanes pounded the Idlib countryside on Monday."
    )
    dead = {
        e.locations[0].text: e.acled.fatalities
        for e in events
        if e.event_type == "airstrike" and e.locations
    }
    assert dead == {"Kafranbel": 5, "Saraqeb": 3, "Binnish": 2}


def test_a_list_after_a_plural_noun_and_a_colon() -> None:
    events = events_of(
        "Regime warplanes on Monday targeted the following towns: Kafranbel Saraqeb Binnish and"
        " Sarmin in rural Idlib."
    )
    assert dict(_struck(events, "airstrike")) == {
        "Kafranbel": "Idlib",
        "Saraqib": "Idlib",
        "Binnish": "Idlib",
        "Sarmin": "Idlib",
    }
    events = events_of(
        "Regime helicopters on Monday dropped barrel bombs on the following villages: Alhabeet"
        " Allataminah and Alzakat in rural Hama killing three civilians."
    )
    assert dict(_struck(events, "airstrike")) == {
        "Alhabeet": "Hama",
        "Allataminah": "Hama",
        "Alzakat": "Hama",
    }
