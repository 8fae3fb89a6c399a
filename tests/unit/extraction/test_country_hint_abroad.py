"""The source's country against the note's cues of another country (forty-ninth round, actor69).

With ``ArticleMessage.countries`` telling one country, a small place of another country that
nothing in the text tells is a misreading of a namesake, and a demonym told of a victim, a
firm or a cause says nothing of where the act was; a demonym told of the side itself, a place
of a country the text names, still decide."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline


def _events(body: str, countries: list[str]) -> list[tuple[str, list[str], str]]:
    article = ArticleMessage(
        id="hint-abroad",
        body=body,
        published_at=dt.datetime(2015, 9, 20, tzinfo=dt.UTC),
        countries=countries,
    )
    return [
        (e.event_type, [p.country_code for p in e.locations], e.acled.actor1 or "")
        for e in Pipeline().extract(article)
    ]


def test_a_small_namesake_abroad_yields_to_the_source() -> None:
    """Simara and Bara read as Sudan's: a Nepali feed's note is no Sudanese riot."""
    body = "Demonstrators opposing the new charter damaged a police jeep at Simara in Bara."
    events = _events(body, ["NP"])
    assert [e[2] for e in events] == ["Rioters (Nepal)"]
    assert all(code in ("", "NP") for e in events for code in e[1])


def test_a_town_under_a_city_abroad_is_the_told_countrys_namesake() -> None:
    """Madera, a Californian town of some 60,000, is Kenya's Mandera in a Kenyan feed: the
    name is chosen again among the told country's places."""
    events = _events("Gunmen attacked a bus near Madera, killing the driver.", ["KE"])
    assert events[0][1:] == (["KE"], "Unidentified Armed Group (Kenya)")


def test_a_body_town_abroad_yields_to_the_source() -> None:
    """A cooperative named after a Hawaiian town, in a Kenyan feed: no protest in Hawaii."""
    body = "Members of the Kailua Farmers Cooperative marched to the county offices over dues."
    assert _events(body, ["KE"]) == [("protest", [], "Protesters (Kenya)")]


def test_a_victims_demonym_yields_to_the_source() -> None:
    body = "Gunmen shot dead an Italian priest on the road to the mission."
    assert _events(body, ["KE"])[0][2] == "Unidentified Armed Group (Kenya)"


def test_a_firms_demonym_yields_to_the_source() -> None:
    body = "About 200 workers at a Japanese-owned shoe factory went on strike for higher wages."
    assert _events(body, ["KH"]) == [("protest", [], "Protesters (Cambodia)")]


def test_a_demonym_of_the_side_keeps_its_country() -> None:
    body = "Ugandan raiders attacked a village and drove away cattle."
    assert _events(body, ["KE"])[0][2] == "Unidentified Ethnic Militia (Uganda)"


def test_a_place_of_a_country_the_text_names_keeps_it() -> None:
    body = "Gunmen attacked a bus near Kidal, Mali, killing two passengers."
    events = _events(body, ["KE"])
    assert events[0][1] == ["ML"]
    assert events[0][2] == "Unidentified Armed Group (Mali)"


def test_without_the_source_the_demonym_still_tells() -> None:
    """No country told by the source: the note's own cues decide as before."""
    body = "Gunmen shot dead an Italian priest on the road to the mission."
    assert _events(body, [])[0][2] == "Unidentified Armed Group (Italy)"
