"""A note tells its country inside other words: a possessive whose apostrophe was lost, a
country's name hyphened after a party's own word (``actors/country/own_words.py``,
``country_in_words``)."""

from __future__ import annotations

from newsevents.extraction.actors.country.own_words import country_in_words
from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.places.find import find_places
from tests.unit.helpers import document


def _names(text: str) -> dict[str, str]:
    doc = document(text)
    find_places(doc)
    assert doc.places == []
    find_actors(doc)
    return {m.text: m.name for m in doc.actors}


def test_a_possessive_without_its_apostrophe_names_the_country() -> None:
    assert _names("Hawkers marched through Kenyas capital; police watched.") == {
        "police": "Police Forces of Kenya"
    }


def test_a_party_named_with_its_country_names_the_country() -> None:
    assert _names("Police scattered supporters of FORD-Kenya after the tally was delayed.") == {
        "Police": "Police Forces of Kenya"
    }
    assert _names("Police scattered cadres of the Workers Forum-Nepal in a market.") == {
        "Police": "Police Forces of Nepal"
    }


def test_two_countries_joined_or_a_prefix_name_no_country_by_the_hyphen() -> None:
    # "Indo-" and "Sino-" join two countries; a country before the hyphen names a route, and
    # a plural that is no possessive ("Kenyas." closing a sentence) is read by neither form.
    assert list(country_in_words("a rally at the Indo-Bangladesh border fence")) == []
    assert list(country_in_words("trade on the Kenya-Uganda road")) == []
    assert list(country_in_words("two Kenyas.")) == []
    assert list(country_in_words("Nepals Terai and the Narc-Kenya office")) == ["NP", "KE"]


def test_words_of_a_countrys_own_language_in_a_unions_name_name_the_country() -> None:
    # twenty-third round, actors43: Hindi words of India's unions, Urdu "Tehreek" of Pakistan's
    assert _names("Police stopped a march of the Khet Mazdoor Union on the highway.") == {
        "Police": "Police Forces of India"
    }
    assert _names("Police stopped a march of the Sindhi Tehreek on the highway.") == {
        "Police": "Police Forces of Pakistan"
    }


def test_a_countrys_main_parties_and_unions_name_the_country() -> None:
    names = _names("Police stopped KRRS members who blocked the highway.")
    assert names["Police"] == "Police Forces of India"
    names = _names("Police stopped JSQM workers who blocked the highway.")
    assert names["Police"] == "Police Forces of Pakistan"
    names = _names("Police stopped UCPN (Maoist) cadres who blocked the highway.")
    assert names["Police"] == "Police Forces of Nepal"
