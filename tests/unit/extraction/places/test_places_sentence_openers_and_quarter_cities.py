"""Thirty-first round (place51): names the surface filters had set aside, so that an event
stood at no place at all although its note names one.

- a word capitalised only for opening the sentence carries no person's name on ("Striking
  Nakuru county workers", "Angry Kisumu residents"), while a first name still does;
- a big city closing a quarter's name after a locative is the quarter's city ("in Pir Colony
  Peshawar", South Asian reports), while a small namesake closing a quarter's own name is not
  ("in Karwan Bazar,");
- the object of an assault verb is where it happened ("gunmen attacked Witu");
- a small town that no other country names at all names the local body standing there
  ("Maseno University", "Dadaab Refugee Camp").
"""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of

from .helpers import only, places_in


def _where(event: EventMessage) -> tuple[str, str | None, str]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code


# --- a sentence's opening word -------------------------------------------------------------


def test_a_name_after_a_participle_opening_the_sentence_is_the_place() -> None:
    # Kenyan daily wording: "Striking X county workers"
    (event,) = events_of(
        "Striking Mombasa county workers took to the streets on Monday demanding five months of"
        " salary arrears."
    )
    assert event.acled is not None
    assert (event.acled.location, event.acled.admin1) == ("Mombasa", "Mombasa")


def test_a_name_after_an_adjective_opening_the_sentence_is_the_place() -> None:
    place = only(
        places_in("Irate Kisumu residents blocked the main road after a boy was run over."),
        "Kisumu",
    )
    assert (place.country_code, place.admin1) == ("KE", "Kisumu")


def test_an_afghan_town_after_an_adjective_opening_the_sentence() -> None:
    (event,) = events_of(
        "Angry Jalalabad traders closed their shops on Sunday to protest the killing of a money"
        " changer."
    )
    assert _where(event) == ("Jalalabad", "Nangarhar", "AF")


def test_a_syrian_town_after_a_participle_is_the_town_not_its_province() -> None:
    # the town, finer than the province the people's name had been read as
    events = events_of("Displaced Daraa residents protested on Friday against the siege.")
    assert events
    assert all(_where(e) == ("Dara", "Daraa", "SY") for e in events)


def test_a_first_name_opening_the_sentence_still_makes_a_person() -> None:
    # near miss: "Yusuf" is no common word, and "Yusuf Garissa" a man who speaks
    assert places_in("Yusuf Garissa told reporters the talks had failed.") == []


# --- a quarter written before its city, no comma between (South Asian reports) -----------------


def test_a_city_closing_its_quarters_name_after_in_is_the_place() -> None:
    (event,) = events_of(
        "In Pir Colony Peshawar, unidentified gunmen on a motorcycle shot dead a cleric outside"
        " his house, police said."
    )
    assert _where(event) == ("Peshawar", "Khyber Pakhtunkhwa", "PK")


def test_a_city_closing_its_quarters_name_at_the_sentences_end() -> None:
    place = only(
        places_in("Three suspected militants were killed in an encounter in Manghopir Karachi."),
        "Karachi",
    )
    assert (place.country_code, place.admin1) == ("PK", "Sindh")


def test_an_afghan_capital_closing_its_quarters_name() -> None:
    (event,) = events_of(
        "A magnetic bomb attached to a minibus exploded in Karte Seh Kabul on Tuesday, killing"
        " two passengers."
    )
    assert _where(event) == ("Kabul", "Kabul", "AF")


def test_a_small_namesake_closing_a_quarters_own_name_is_no_place() -> None:
    # near miss: "Bazar" ends the market's name (Dhaka's Karwan Bazar), it is no town abroad
    assert (
        places_in("A ruling party activist was hacked to death in Karwan Bazar, police said.") == []
    )


def test_a_persons_name_after_a_locative_keeps_its_sense() -> None:
    # near miss: a big city after a capitalised word and before a possessive is a surname
    assert [p.text for p in places_in("Supporters rallied at Omar Lahore's house.")] == []


# --- the object of an assault --------------------------------------------------------------


def test_a_small_town_attacked_is_where_it_happened() -> None:
    # Kenyan wire wording: the town is the object of "attack", no "in" before it
    (event,) = events_of(
        "Between ten and fifteen suspected al-Shabaab gunmen attacked Witu on Saturday night."
    )
    assert _where(event) == ("Witu", "Lamu", "KE")


def test_a_district_town_stormed_is_where_it_happened() -> None:
    # Afghan wording: "stormed X" (read before this round too: a guard)
    place = only(
        places_in("Taliban fighters stormed Darqad overnight, a provincial spokesman said."),
        "Darqad",
    )
    assert (place.country_code, place.admin1) == ("AF", "Takhar")


def test_a_town_shelled_in_a_syrian_report_is_where_it_happened() -> None:
    # read before this round too (the town is big enough): a guard
    (event,) = events_of(
        "Regime forces shelled Kafr Nabl on Tuesday, wounding three civilians, the Syrian"
        " Observatory for Human Rights said."
    )
    assert _where(event) == ("Kafranbel", "Idlib", "SY")


def test_without_an_assault_verb_a_bare_small_name_is_not_read() -> None:
    # near miss: "Witu said" tells nothing of where
    assert places_in("Witu said the talks would resume next week.") == []


# --- a small town named by its local body --------------------------------------------------


def test_a_university_named_after_a_small_town_places_its_riot() -> None:
    (event,) = events_of(
        "On 31 October, students at Maseno University went on a rampage after a third year"
        " student was killed. They lit bonfires and stoned passing motorists."
    )
    assert _where(event) == ("Maseno", "Kisumu", "KE")


def test_a_refugee_camp_named_after_a_small_town_places_the_attack() -> None:
    (event,) = events_of(
        "A police officer was shot dead in an attack by suspected al-Shabaab militants at Dadaab"
        " Refugee Camp."
    )
    assert _where(event) == ("Dadaab", "Garissa", "KE")
