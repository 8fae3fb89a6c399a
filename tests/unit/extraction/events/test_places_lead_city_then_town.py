"""Thirty-second round, place52: where an act happened when the article tells it coarsely
first and finely after.

A lead told at a city named like its province ("air strikes in Idlib", "killed 40 terrorists
in Hama") names the province when the article goes on to the town it happened in ("The strikes
hit the town of Saraqib"): the event is at the town, unless the lead tells the city itself ("the
city of Aleppo", "the town of Kidal") or the town is told as another incident, another act or
another province. Articles are our own, in the styles of wire services, Anadolu, SANA, the
Syrian Observatory, al-Arabiya and Rudaw."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage]) -> list[tuple[str, str | None]]:
    return [
        (e.locations[0].name, e.locations[0].admin1) if e.locations else ("", None) for e in events
    ]


def _first(body: str) -> tuple[str, str | None]:
    events = events_of(body)
    assert events
    return _at(events)[0]


# --- A lead's city read as its province, the town told after it ----------------------------


def test_anadolu_strikes_in_idlib_then_the_town_hit() -> None:
    body = (
        "IDLIB, Syria (AA) - At least 12 civilians were killed Tuesday in regime airstrikes in "
        "Idlib, according to local civil defense sources. The warplanes struck a market in the "
        "town of Saraqib, the sources told Anadolu Agency."
    )
    events = events_of(body)
    assert events and events[0].event_type == "airstrike"
    assert _at(events)[0] == ("Saraqib", "Idlib")
    assert all(name != "Idlib" for name, _ in _at(events))


def test_sana_terrorists_killed_in_homs_then_the_village() -> None:
    body = (
        "Army units killed dozens of ISIS terrorists in Homs on Wednesday. The terrorists were "
        "killed in the village of Jubb al-Jarrah in the eastern countryside, a military source "
        "told SANA."
    )
    assert _first(body) == ("Jubb al Jarrah", "Homs")


def test_wire_strikes_in_deir_ezzor_then_the_strikes_hit_a_town() -> None:
    body = (
        "At least nine people were killed in US-led coalition air strikes in Deir Ezzor on "
        "Friday, the Syrian Observatory for Human Rights said. The strikes hit the town of "
        "al-Mayadeen, it said."
    )
    assert _first(body) == ("Al Mayadin", "Deir ez-Zor")


def test_a_province_told_as_such_still_takes_the_town() -> None:
    body = (
        "At least nine people were killed in US-led coalition air strikes in Deir Ezzor province "
        "on Friday, the Syrian Observatory said. The strikes hit the town of al-Mayadeen, it said."
    )
    assert _first(body) == ("Al Mayadin", "Deir ez-Zor")


# --- Near misses: the city itself, another province, another incident -----------------------


def test_the_city_of_aleppo_stays_the_city() -> None:
    body = (
        "Air strikes killed 11 people in the city of Aleppo on Monday, a monitor said. Residents "
        "in the town of Azaz said they heard the jets."
    )
    assert _first(body) == ("Aleppo", "Aleppo")


def test_aleppo_city_told_after_its_name_stays_the_city() -> None:
    body = (
        "Rebel shelling killed four civilians in Aleppo city on Saturday, state media said. "
        "Residents of the town of Azaz said they heard the blasts."
    )
    assert _first(body) == ("Aleppo", "Aleppo")


def test_a_town_of_another_province_does_not_place_the_lead() -> None:
    body = (
        "Rebels shelled government positions in Hama on Monday, killing three soldiers. "
        "Separately, an air strike hit the town of Saraqib in Idlib province, killing four "
        "civilians."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["shelling", "airstrike"]
    assert _at(events)[0][1] == "Hama"
    assert _at(events)[1] == ("Saraqib", "Idlib")


def test_where_the_wounded_were_taken_does_not_place_the_lead() -> None:
    body = (
        "Regime air strikes killed six civilians in Idlib on Thursday, rescuers said. The "
        "wounded were taken to a hospital in the town of Saraqib."
    )
    assert _first(body) != ("Saraqib", "Idlib")


def test_a_roundup_heading_at_a_country_is_left_alone() -> None:
    body = (
        "Violence across Syria killed at least 30 people on Tuesday, the Observatory said. "
        "Shelling killed nine in Saraqib, and seven died in clashes in Daraa."
    )
    events = events_of(body)
    assert {name for name, _ in _at(events)} >= {"Saraqib"}


def test_a_rudaw_lead_in_another_spelling_keeps_its_city() -> None:
    # "Duhok" is not "Dihok" in any spelling the rule reads: the lead keeps its city and the
    # jets' strike near the village is its own event, as before
    body = (
        "Turkish warplanes bombed positions of PKK fighters in Duhok on Thursday, local officials "
        "told Rudaw. The jets struck near the village of Kani Masi, the officials said."
    )
    events = events_of(body)
    assert ("Kani Masi", "Duhok") in _at(events)


def test_a_lead_that_names_its_town_is_not_moved() -> None:
    body = (
        "Regime shelling killed three civilians in the town of Ariha in Idlib on Monday, "
        "activists said. Residents of Saraqib said the shells were fired from army posts."
    )
    assert _first(body) == ("Ariha", "Idlib")


# --- More outlets, the same shapes ------------------------------------------------------------


def test_afp_raids_on_idlib_then_the_raids_hit_a_town() -> None:
    body = (
        "Russian air raids killed at least eight civilians in Idlib on Saturday, the Syrian "
        "Observatory for Human Rights said. The raids hit the town of Ariha, it said."
    )
    assert _first(body) == ("Ariha", "Idlib")


def test_al_arabiya_clashes_in_deir_ezzor_then_the_village() -> None:
    body = (
        "Clashes between Kurdish-led forces and ISIS fighters killed 14 militants in Deir Ezzor "
        "on Monday. The fighting took place in the village of al-Shafaa near the Iraqi border, "
        "a spokesman said."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].admin1 == "Deir ez-Zor"
    assert events[0].locations[0].name != "Deir ez-Zor"


def test_sana_daraa_lead_then_the_town_told_without_an_act() -> None:
    body = (
        "Army units killed a number of terrorists in Daraa on Tuesday. The terrorists were "
        "killed near the town of Busra al-Harir, a military source told SANA."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].admin1 == "Daraa"
    assert events[0].locations[0].name != "Daraa"


def test_a_city_quarter_told_after_the_city_lead_places_it() -> None:
    body = (
        "Rebel rockets killed three civilians in Aleppo on Sunday, state television said. "
        "The rockets fell on the al-Hamadaniyah neighbourhood, it said."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].admin1 == "Aleppo"
    assert events[0].locations[0].precision in ("neighbourhood", "town")


def test_a_town_told_as_another_incident_keeps_the_lead_at_its_city() -> None:
    body = (
        "Regime air strikes killed four civilians in Idlib on Monday, rescuers said. In a separate "
        "attack, gunmen killed a local official in the town of Saraqib."
    )
    events = events_of(body)
    assert len(events) == 2
    assert _at(events)[1] == ("Saraqib", "Idlib")
    assert _at(events)[0] != ("Saraqib", "Idlib")


def test_two_towns_after_a_city_lead_keep_their_own_event() -> None:
    # as after a lead told at the province: the towns' own event stays, at both towns
    body = (
        "Regime warplanes killed 20 people across Idlib on Tuesday, activists said. Nine died "
        "in air strikes on Saraqib and seven in air strikes on Ariha, they said."
    )
    events = events_of(body)
    assert len(events) == 2
    assert {p.name for p in events[1].locations} >= {"Saraqib", "Ariha"}
    assert all(p.admin1 == "Idlib" for e in events for p in e.locations)


def test_a_teller_in_a_town_does_not_place_the_lead() -> None:
    body = (
        "Regime shelling killed five people in Hama on Sunday. Activists in the town of Kafr "
        "Zita said the shells were fired from army posts."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].admin1 == "Hama"


def test_an_unplaced_event_before_a_sentence_about_the_act() -> None:
    # the pass that reads "The clash broke out ..." meets an event no place locates yet
    body = (
        "Two soldiers were killed in a clash with militants on Saturday. The clash broke out "
        "while troops were searching a house in the village of Dumo."
    )
    events = events_of(body)
    assert events and events[0].event_type == "armed_clash"


# --- Further outlet styles and near misses ------------------------------------------------------


def test_ap_strike_on_aleppo_then_the_strike_hit_a_quarter() -> None:
    body = (
        "A government air strike killed nine people in Aleppo on Wednesday, opposition activists "
        "said. The strike hit the al-Shaar neighbourhood, they said."
    )
    events = events_of(body)
    assert events and events[0].locations[0].admin1 == "Aleppo"


def test_anadolu_raqqa_lead_then_a_village_in_raqqa() -> None:
    body = (
        "At least seven civilians were killed in coalition airstrikes in Raqqa on Sunday, local "
        "sources said. The airstrikes hit the village of Hazima north of the city, the sources "
        "told Anadolu Agency."
    )
    events = events_of(body)
    assert events and events[0].locations[0].admin1 == "Raqqa"


def test_a_later_act_of_another_type_does_not_move_the_lead() -> None:
    body = (
        "Militants launched an offensive in Hama on Friday, the army said. Syrian warplanes "
        "struck the militants near the village of Kafr Zita, a military source said."
    )
    events = events_of(body)
    assert events[0].event_type == "armed_clash"
    assert events[0].locations[0].admin1 == "Hama"


def test_sohr_shelling_of_idlib_city_told_as_the_city() -> None:
    body = (
        "Regime shelling killed four civilians in central Idlib on Thursday, the Observatory "
        "said. Residents of the town of Binnish said the shells were fired from army posts."
    )
    assert _first(body) == ("Idlib", "Idlib")


def test_reuters_strikes_on_deir_ezzor_province_then_its_town() -> None:
    body = (
        "BEIRUT (Reuters) - Air strikes killed at least 15 people in Syria's Deir Ezzor province "
        "on Saturday, a war monitor said. The strikes hit the town of al-Mayadeen, it said."
    )
    assert _first(body) == ("Al Mayadin", "Deir ez-Zor")


def test_a_quarter_told_with_its_borough_after_a_city_lead_places_it() -> None:
    # A city named like its state ("New York City") read as the state: the follow-up names a
    # quarter with the borough it lies in, one place and not a list of two (lead's review).
    body = (
        "NEW YORK (AP) - A fatal police shooting in New York City has prompted an inquiry by the "
        "state attorney general. Officers responding to calls about a man with a gun fatally "
        "shot a 41-year-old man who was holding a cordless drill, the police department said. "
        "The man was killed around 6 p.m. Tuesday in the Crown Heights neighborhood of Brooklyn. "
        "A crowd gathered as detectives examined the scene."
    )
    assert _first(body) == ("Crown Heights", "New York")
