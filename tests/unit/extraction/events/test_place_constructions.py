"""Where an event happened, read from constructions any outlet uses: who holds a place is no
place ("an Islamist-held village"), an act's object is located like its scene ("the raids on X in
Y province"), a locality is named with its unit noun ("X locality"), a dateline may close with a
colon ("Kabul: ..."), and a later sentence naming the act ("The confrontation occurred near the
town of X") gives its finer place."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> tuple[str, str | None, str, bool]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code, place.resolved


def test_a_place_told_by_who_holds_it_is_no_locality() -> None:
    body = (
        "Warplanes struck an Islamist-held village in Idlib province on Monday, killing six"
        " civilians, a monitor said."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert "Islamist-held" not in [p.name for p in event.locations]
    assert _where(event)[:3] == ("Idlib", "Idlib", "SY")


def test_the_object_of_an_act_located_by_a_province_is_an_unknown_village_there() -> None:
    body = (
        "Air strikes killed nine civilians in northern Syria on Friday. A monitor could not say"
        " who carried out the raids on Tal Marouniya in Aleppo province."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["airstrike"]
    assert _where(events[0]) == ("Tal Marouniya", "Aleppo", "SY", False)


def test_a_name_told_as_a_locality_is_where_it_happened() -> None:
    body = (
        "Armed men shot at residents late on Tuesday in Dembi Harsu locality, West Arsi"
        " zone of Oromia region, and killed seven of them, police said."
    )
    (event,) = events_of(body)
    assert event.event_type == "attack_on_civilians"
    assert _where(event) == ("Dembi Harsu", "Oromia", "ET", False)


def test_a_town_before_a_colon_opening_the_report_is_its_dateline_not_its_place() -> None:
    body = (
        "Kabul: Gunmen attacked a police post in Khost province on Sunday, killing three officers."
    )
    (event,) = events_of(body)
    assert [p.name for p in event.locations][:1] == ["Khost"]
    assert "Kabul" not in [p.name for p in event.locations]


def test_the_confrontation_told_after_the_lead_gives_its_town() -> None:
    body = (
        "A shootout between cartel gunmen and army troops in rural western Mexico killed four"
        " people, among them a soldier, authorities said on Tuesday.\n\n"
        "The confrontation occurred on Monday when a military patrol was attacked near the"
        " town of Apatzingan, authorities said."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["armed_clash"]
    assert _where(events[0])[:3] == ("Apatzingan", "Michoacan", "MX")


def test_an_act_told_in_the_capital_is_at_the_capital_of_the_country_it_is_told_in() -> None:
    body = (
        "Police in Nepal used tear gas on Saturday to break up students who marched despite a ban"
        " on protests in the capital, officials said. The ban was imposed last week."
    )
    (event,) = events_of(body)
    assert event.event_type == "protest_dispersed"
    assert _where(event) == ("Kathmandu", "Bagmati", "NP", True)


def test_a_sentence_opening_in_the_capital_is_at_the_capital() -> None:
    body = (
        "In the capital, police in Nepal fired tear gas at activists who defied a ban on Saturday."
    )
    (event,) = events_of(body)
    assert event.event_type == "protest_dispersed"
    assert _where(event)[:3] == ("Kathmandu", "Bagmati", "NP")


def test_the_capital_of_another_clause_is_not_where_the_act_happened() -> None:
    body = (
        "Gunmen killed three soldiers in Mali on Monday. The government in the capital"
        " condemned the attack."
    )
    events = events_of(body)
    assert [p.name for p in events[0].locations] == ["Mali"]
    # a name after "the capital" is the place itself, read by the geoparser
    (named,) = events_of("Protesters rallied in the capital Tripoli on Friday.")
    assert _where(named)[:3] == ("Tripoli", "Tripoli", "LY")
