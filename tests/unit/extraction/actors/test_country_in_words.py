"""A note tells its country inside other words: a possessive whose apostrophe was lost, a
country's name hyphened after a party's own word (``country_in_words`` in
``actors/country/own_words.py``)."""

from __future__ import annotations

from newsevents.extraction.actors.country.own_words import country_in_words, own_word_countries
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


def test_a_sit_in_or_a_baton_charge_of_south_asia_names_india() -> None:
    # forty-sixth round, actor66: "dharna" and "lathi-charge" are written of India's crowds and
    # police nearly only; as weak as a demonym
    assert _names("Police removed nurses holding a dharna outside the health office.") == {
        "Police": "Police Forces of India"
    }
    assert _names("Police lathi-charged students who blocked the main gate.") == {
        "Police": "Police Forces of India"
    }


def test_the_congress_short_name_before_its_followers_names_india() -> None:
    assert _names("Police stopped Congress workers marching to the minister's house.") == {
        "Police": "Police Forces of India"
    }
    assert list(own_word_countries("Youth Congress activists burnt an effigy")) == ["IN"]
    # the last word of a longer name, or a legislature, is no cue of India's
    assert "IN" not in list(own_word_countries("Nepali Congress cadres staged a sit-in"))
    assert "IN" not in list(own_word_countries("members of Congress urged restraint"))


def test_kenyas_coalitions_by_their_short_names_name_kenya() -> None:
    assert _names("Police dispersed NASA supporters outside the tallying centre.") == {
        "Police": "Police Forces of Kenya"
    }
    assert _names("Police separated rival Jubilee aspirants at a nomination venue.") == {
        "Police": "Police Forces of Kenya"
    }
    # a road or a school named for a jubilee is no party
    assert "KE" not in list(own_word_countries("traffic on Jubilee Road was blocked"))


def test_pakistans_own_forces_and_kenyas_sub_location_name_the_country() -> None:
    assert _names("Gunmen fired on a Levies post at night; two guards were hurt.")["Gunmen"] == (
        "Unidentified Armed Group (Pakistan)"
    )
    assert list(own_word_countries("a bomb hit an FC convoy on the highway")) == ["PK"]
    # a football club is no Frontier Corps
    assert list(own_word_countries("fans of Barcelona FC rioted")) == []
    assert list(own_word_countries("clashes in the sub-location left two hurt")) == ["KE"]
    assert list(own_word_countries("farmers staged a rail roko at the junction")) == ["IN"]
