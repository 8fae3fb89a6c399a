"""A note that names its country only by other words (an office, a people, a party of one
country) is about that country: its small places are read there (actors/note_places.py).
Msambweni is a small Kenyan town and a district of Tanzania: alone, its name needs its country."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.actors.country.named_province import named_province
from newsevents.extraction.actors.country.note_places import NOTE_PLACES
from newsevents.extraction.pipeline import COMPONENTS, Pipeline

_WITHOUT = Pipeline(components=tuple(c for c in COMPONENTS if c is not NOTE_PLACES))


def _events(body: str, pipeline: Pipeline | None = None) -> list[tuple[str, list[str], str]]:
    article = Article(id="note", body=body, published_at=dt.datetime(2018, 3, 9, tzinfo=dt.UTC))
    return [
        (e.event_type, [f"{p.name} {p.country_code}" for p in e.locations], e.acled.actor1 or "")
        for e in (pipeline or Pipeline()).extract(article)
    ]


def test_a_town_of_the_country_an_office_tells_is_read_there() -> None:
    body = "Traders protesting over market fees blocked a road in Msambweni, an MCA said."
    assert _events(body, _WITHOUT) == [("protest", [], "Protesters (Kenya)")]
    assert _events(body) == [("protest", ["Msambweni KE"], "Protesters (Kenya)")]


def test_a_town_of_the_country_a_people_tells_is_read_there() -> None:
    body = "Pokot herders raided a homestead in Msambweni and drove off forty goats."
    assert _events(body) == [
        ("attack_on_civilians", ["Msambweni KE"], "Pokot Ethnic Militia (Kenya)")
    ]


def test_an_outlet_or_nothing_tells_no_country_for_the_places() -> None:
    # An agency reports from everywhere; a note with no cue at all stays without a place.
    for tail in (", an Associated Press reporter said.", "."):
        body = f"Traders protesting over market fees blocked a road in Msambweni{tail}"
        assert _events(body) == _events(body, _WITHOUT)
        assert [places for _, places, _ in _events(body)] == [[]]


def test_a_long_article_with_no_place_is_not_read_again() -> None:
    # Past a note's length, the same words are not read as about the country they tell.
    padding = " Traders said the fees had doubled since the year began." * 20
    body = "Traders protesting over market fees blocked a road in Msambweni, an MCA said." + padding
    assert all(places == [] for _, places, _ in _events(body))


def test_a_namesake_of_another_continent_beside_the_notes_places_is_dropped() -> None:
    # Nepal's Jhapa and Australia's South Morang ("Morang" is a district of Nepal the gazetteer
    # lacks): a Madhesi party's protest is in Nepal, not in Victoria.
    body = "The Madhesi Forum staged protests in Jhapa, Morang and Sunsari districts on Tuesday."
    # (without the component the place is Australia's; the sides are Nepal's all the same, by
    # the note's own word: output/names/abroad.py, fifty-fourth round)
    assert _events(body, _WITHOUT) == [
        ("protest", ["South Morang AU", "Jhapa NP"], "Protesters (Nepal)")
    ]
    assert _events(body) == [("protest", ["Jhapa NP"], "Protesters (Nepal)")]


def test_a_big_city_abroad_beside_the_notes_places_is_where_the_act_is() -> None:
    # a diaspora's protest in a capital far from the places it is about is no namesake
    body = (
        "Members of the Awami League protested in London against the killings in Dhaka and Sylhet."
    )
    ((kind, places, _),) = _events(body)
    assert kind == "protest"
    assert places[0] == "London GB"


def test_a_notes_only_place_on_another_continent_than_its_words_is_dropped() -> None:
    # "Adhyapak" (teacher) names an Indian union; Patras is a Greek city.
    body = "Leaders of the Patra Adhyapak Sangh protested against the new transfer policy."
    # (without the component the place is Greece's; the sides are India's all the same, by the
    # note's own word: output/names/abroad.py, fifty-fourth round)
    assert [a for _, _, a in _events(body, _WITHOUT)] == ["Protesters (India)"]
    assert _events(body) == [("protest", [], "Protesters (India)")]


def test_a_neighbours_place_beside_the_notes_country_is_kept() -> None:
    # A Somali town is no namesake in a note the Kenyan office tells: it is 400 km away.
    body = "Herders from Mandera protested in Beledweyne against cattle theft, an MCA said."
    assert _events(body) == _events(body, _WITHOUT)


def test_a_name_inside_a_longer_one_tells_no_country_against_the_places() -> None:
    # "Congress Party" is India's, but "the National Congress Party" is Sudan's: Kosti stays.
    body = (
        "Supporters of the National Congress Party rallied in Kosti (White Nile state) on Friday."
    )
    assert [(places, a) for _, places, a in _events(body)] == [
        (["Kosti SD", "White Nile SD"], "Protesters (Sudan)")
    ]


def test_a_country_talked_about_does_not_outweigh_the_notes_place() -> None:
    # A solidarity rally in Sylhet names Gaza and Palestine: still a Bangladeshi protest.
    body = (
        "Students rallied in Sylhet city on Friday, denouncing the war on Gaza and voicing "
        "solidarity with Palestine."
    )
    assert [a for _, _, a in _events(body)] == ["Protesters (Bangladesh)"]


def test_an_article_opening_the_sentence_is_no_part_of_the_name() -> None:
    # "The Awami League" is the party's own name, as "Awami League leaders" is: Kosti, a
    # Sudanese town, is a namesake in its note (twenty-sixth round's review).
    told = [("protest", [], "Protesters (Bangladesh)")]
    assert _events("Awami League leaders held a rally in Kosti on Friday.") == told
    assert _events("The Awami League held a rally in Kosti on Friday.") == told


def test_the_one_province_a_placeless_note_names_inside_a_name_is_its_place() -> None:
    # A union named after its state: the note names no place, but one province of the
    # country its words tell (a panchayat is India's own).
    body = (
        "Members of the Haryana Teachers Sangharsh Samiti staged a sit-in outside the "
        "panchayat office, demanding regular pay."
    )
    assert [places for _, places, _ in _events(body, _WITHOUT)] == [[]]
    assert _events(body) == [("protest", ["Haryana IN"], "Protesters (India)")]


def test_two_provinces_named_tell_no_place() -> None:
    body = (
        "Members of the Haryana Teachers Sangharsh Samiti and the Rajasthan Shikshak Sangh "
        "staged a sit-in outside the panchayat office, demanding regular pay."
    )
    assert [places for _, places, _ in _events(body)] == [[]]


def test_a_bearing_or_a_person_spelling_a_province_names_no_place() -> None:
    """Review48: "Central", "North" are provinces' spellings that read as bearings, and "Farah",
    "Kogi" as people's names before a statement verb or after an honorific: none places a note."""
    for body in (
        "Farah Ahmadi said Taliban gunmen killed two men on Monday.",
        "Mr Kogi said Nigerian youths protested on Monday.",
    ):
        assert [places for _, places, _ in _events(body)] == [[]], body
    assert named_province("Workers protested outside the Central Bank.", "LK") is None
    assert named_province("North of the town, youths blocked roads.", "CM") is None
    found = named_province("A Central Provincial Councillor was assaulted.", "LK")
    assert found is not None and found.name == "Central"
    found = named_province("Punjab Police said they arrested 20 protesters.", "PK")
    assert found is not None and found.name == "Punjab"


def test_a_neighbours_namesake_is_read_in_the_country_the_notes_words_tell() -> None:
    # forty-sixth round, actor66: Jaleshwar is a town of India and of Nepal, India's the bigger;
    # a Madhesi crowd is Nepal's, and so is its town
    body = "Madhesi youths burnt tyres on the main road of Jaleshwar on Sunday."
    assert [(p, a) for _, p, a in _events(body, _WITHOUT)] == [
        (["Jaleshwar IN"], "Rioters (Nepal)")  # (the sides by its own word: abroad.py)
    ]
    assert [(p, a) for _, p, a in _events(body)] == [(["Jaleshwar NP"], "Rioters (Nepal)")]
