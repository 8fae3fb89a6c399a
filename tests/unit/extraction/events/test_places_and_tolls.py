"""The place and the toll of an event told over a whole article: a province named after a
country's possessive whose apostrophe was lost, tolls of a whole war or month left out, a toll
phrase's words that name no victim, sites named with their feature word, a capital standing
for its government."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _admin1(event: EventMessage) -> str | None:
    return event.acled.admin1 if event.acled is not None else None


def test_a_province_after_a_country_possessive_without_its_apostrophe_is_the_place() -> None:
    body = (
        "Gunmen kill 12 in attack on village in Syria.\n"
        "Gunmen stormed a village in central Syrias Hama province on Tuesday and killed 12"
        " people, a war monitor reported."
    )
    events = events_of(body)
    assert [(e.event_type, _place(e), _admin1(e)) for e in events] == [
        ("attack_on_civilians", "Hama", "Hama")
    ]


def test_a_town_after_a_country_possessive_is_still_read_later_in_the_article() -> None:
    body = (
        "A roadside bomb hit a bus in Iraqs Anbar on Sunday. The bomb exploded near a market"
        " in the western province of Anbar, killing four people, police said."
    )
    (event,) = events_of(body)
    assert _admin1(event) == "Anbar"


def test_a_toll_of_the_whole_war_is_not_added_to_the_bombing_before_it() -> None:
    body = (
        "A bomb attack on a bus in Idlib province on Sunday killed three people, among them a"
        " journalist. Rights groups say 40 journalists have been killed in the country's"
        " 30-month war."
    )
    (event,) = events_of(body)
    assert event.event_type == "explosive_attack"
    assert fatalities(event) == 3


def test_a_toll_of_the_past_month_is_not_added_to_the_strike_before_it() -> None:
    body = (
        "At least 45 people were killed in a US air strike on the city of Raqqa on Monday."
        " The monitoring group says over 900 civilians were killed in the past month."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert fatalities(event) == 45


def test_the_lives_claimed_name_no_other_victims_than_the_lead() -> None:
    body = (
        "Ten civilians were killed on Wednesday when coalition air strikes hit tents of"
        " displaced families north of Raqqa city. Local sources said the jets hit the camp"
        " on Wednesday, claiming the lives of more than 10 people."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert fatalities(event) == 10  # one toll told twice, not 10 + 10


def test_a_hill_named_with_its_feature_word_is_the_place_of_the_strike_on_it() -> None:
    body = (
        "The air force struck positions of the militants on al-Rumman Hill in the eastern"
        " countryside of Homs on Monday, destroying three vehicles."
    )
    events = events_of(body)
    assert [(e.event_type, _place(e), _admin1(e)) for e in events] == [
        ("airstrike", "al-Rumman Hill", "Homs")
    ]
    (strike,) = events
    assert strike.locations[0].resolved is False  # a site the gazetteer lacks, at Homs


def test_a_field_named_with_its_feature_word_is_the_place_of_the_clash_there() -> None:
    body = (
        "Army units clashed with militants in al-Shuwayhat field near Homs city on Tuesday,"
        " killing 12 militants."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert _place(event) == "al-Shuwayhat field"
    assert fatalities(event) == 12


def test_a_capital_standing_for_its_government_is_not_where_the_attack_was() -> None:
    body = (
        "Clashes in Aleppo province.\n"
        "Nusra fighters attacked rebels trained and equipped by Washington on Friday, killing"
        " 11 of their fighters."
    )
    events = events_of(body)
    assert {(e.event_type, _admin1(e)) for e in events} == {("armed_clash", "Aleppo")}
    assert "Washington" not in {loc.name for e in events for loc in e.locations}


def test_a_beheading_told_in_the_headline_and_the_body_is_one_toll() -> None:
    body = (
        "Militants behead 8 fighters despite surrender.\n"
        "The monitor said eight opposition fighters were beheaded in the town of Albu Kamal"
        " in Deir Ezzor province after they had surrendered."
    )
    events = events_of(body)
    assert [fatalities(e) for e in events if fatalities(e)] == [8]  # not 8 + 8


def test_a_province_once_read_as_a_name_in_a_run_on_heading_keeps_its_sense_later() -> None:
    body = (
        "Two killed in rocket attack on Kafr Sousa Idleb A girl and her father were killed in a"
        " rocket attack by militants on the besieged town of Kafr Sousa in the northern"
        " countryside of Idleb on Sunday."
    )
    events = events_of(body)
    assert {_admin1(e) for e in events} == {"Idlib"}


def test_the_town_where_the_attack_happened_told_after_it_is_its_place() -> None:
    body = (
        "Five soldiers were killed in an attack by militants in the northern Aleppo province"
        " on Monday, local sources said. The fatalities occurred when the militants tried to"
        " infiltrate army positions in Afrin city, the sources added."
    )
    events = events_of(body)
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("armed_clash", "Afrin", 5)
    ]


def test_a_village_named_after_its_city_s_possessive_is_the_village() -> None:
    body = (
        "A roadside bomb aimed at an army convoy in Kirkuk's Qaraj village killed a soldier"
        " on Thursday, police said."
    )
    events = events_of(body)
    assert [(_place(e), _admin1(e)) for e in events] == [("Qaraj", "Kirkuk")]
