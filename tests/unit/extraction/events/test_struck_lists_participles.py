"""Thirty-fourth round, struck54: places told as struck by a participle that is no verb of its
sentence are one event each, of the act the passage told.

Wires and monitors tell a raid, then where it fell in a sentence whose only fire word is a
participle: a reduced relative heading the list ("Districts struck included A, B and C",
"Among the areas hit were ...", "The towns targeted by the raids were ...", "Places hit
overnight: ..."), or a passive closing it ("A, B and C were also hit"). FA-KES copy lost its
commas, so each shape is written with and without them. Near misses: a storm's, a flood's or
a crisis's areas, a song, a deal, sanctions, a register, a delegation's visits, people hit,
a list with no fire act told before it. The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, events_published


def _places(events: list[EventMessage], event_type: str) -> list[str]:
    """The first place of each event of ``event_type``, sorted."""
    return sorted(e.locations[0].name for e in events if e.locations and e.event_type == event_type)


def _all_places(events: list[EventMessage]) -> set[str]:
    return {e.locations[0].name for e in events if e.locations}


# --- the participle heads the list ---------------------------------------------------------

_ALEPPO_LEAD = (
    "Russian or Syrian warplanes carried out dozens of air strikes on rebel-held eastern Aleppo "
    "on Tuesday, killing at least 21 people, the Syrian Observatory for Human Rights said."
)


def test_afp_districts_struck_included_unknown_quarters() -> None:
    events = events_of(
        f"{_ALEPPO_LEAD} Districts struck included al-Shaar, al-Sukkari, al-Sakhour and "
        "Karam al-Beik."
    )
    assert _places(events, "airstrike") == [
        "Aleppo",
        "Karam al-Beik",
        "al-Sakhour",
        "al-Shaar",
        "al-Sukkari",
    ]
    lead = next(e for e in events if e.locations[0].name == "Aleppo")
    assert lead.acled.fatalities == 21  # the toll stays with the raid told in the lead


def test_fakes_districts_struck_included_without_commas() -> None:
    lead = _ALEPPO_LEAD.replace(",", "")
    events = events_of(
        f"{lead} The Observatory said districts struck included al-Shaar al-Sukkari al-Sakhour "
        "and Karam al-Beik."
    )
    assert _places(events, "airstrike") == [
        "Aleppo",
        "Karam al-Beik",
        "al-Sakhour",
        "al-Shaar",
        "al-Sukkari",
    ]


def test_the_list_takes_the_day_of_the_raid_told_before_it() -> None:
    """Published on a Thursday: the raid was on Wednesday; a day named further back (Tuesday's
    missiles) is not the list's."""
    body = (
        "Air strikes pounded rebel-held eastern Aleppo on Wednesday, a monitor said. Russia "
        "fired missiles at rebels on Tuesday, its ministry said. The air strikes on eastern "
        "Aleppo on Wednesday alone killed at least 21 people. They were carried out by Russian "
        "or Syrian warplanes. Districts struck included al-Shaar, al-Sukkari and Karam al-Beik."
    )
    events = events_published(body, dt.datetime(2016, 11, 17, 12, tzinfo=dt.UTC))
    listed = [e for e in events if e.locations and e.locations[0].name == "al-Shaar"]
    assert len(listed) == 1
    assert listed[0].acled.event_date == dt.date(2016, 11, 16)


def test_afp_among_the_areas_hit_known_towns() -> None:
    events = events_of(
        "Warplanes pounded rebel areas of Idlib province on Sunday, the Observatory said. Among "
        "the areas hit were Kafr Nabl, Maarat al-Numan and Saraqeb."
    )
    assert _places(events, "airstrike") == ["Idlib", "Kafranbel", "Maarrat an Numan", "Saraqib"]


def test_sohr_towns_hit_take_the_shelling_of_the_passage() -> None:
    body = (
        "Regime artillery pounded rebel-held towns in Daraa province on Monday, killing three "
        "civilians, the Syrian Observatory for Human Rights said. The towns hit included Nawa, "
        "Tafas and Inkhil."
    )
    events = events_of(body)
    assert _places(events, "shelling") == ["Daraa", "Inkhil", "Nawa", "Tafas"]
    assert _places(events, "airstrike") == []


def test_sohr_towns_hit_without_commas() -> None:
    body = (
        "Regime artillery pounded rebel-held towns in Daraa province on Monday killing three "
        "civilians the Syrian Observatory for Human Rights said. The towns hit included Nawa "
        "Tafas and Inkhil."
    )
    assert _places(events_of(body), "shelling") == ["Daraa", "Inkhil", "Nawa", "Tafas"]


def test_smart_news_villages_struck_unknown_to_the_gazetteer() -> None:
    body = (
        "Warplanes carried out at least 30 air strikes on the northern Hama countryside on "
        "Thursday, the Observatory said. The villages struck included Kafr Harib, Ain Zarqa and "
        "Tell Marsaw."
    )
    events = events_of(body)
    assert _places(events, "airstrike") == ["Ain Zarqa", "Hama", "Kafr Harib", "Tell Marsaw"]
    assert {e.locations[0].admin1 for e in events} == {"Hama"}


def test_fakes_villages_struck_unknown_and_without_commas() -> None:
    body = (
        "Warplanes carried out at least 30 air strikes on the northern Hama countryside on "
        "Thursday the Observatory said. The villages struck included Kafr Harib Ain Zarqa and "
        "Tell Marsaw."
    )
    assert _places(events_of(body), "airstrike") == [
        "Ain Zarqa",
        "Hama",
        "Kafr Harib",
        "Tell Marsaw",
    ]


def test_reuters_towns_targeted_by_the_raids() -> None:
    body = (
        "Air strikes killed nine civilians in Idlib province on Monday the monitor said. The "
        "towns targeted by the raids were Khan Sheikhoun Kafr Nabl and Saraqeb."
    )
    events = events_of(body)
    assert _places(events, "airstrike") == ["Idlib", "Kafr Nabl", "Khan Sheikhoun", "Saraqib"]


def test_wire_places_hit_overnight_after_a_colon() -> None:
    body = (
        "Air strikes hit rebel-held parts of Hama on Thursday, the Observatory said. Places hit "
        "overnight: Kafr Zita and Morek."
    )
    assert _places(events_of(body), "airstrike") == ["Hamah", "Kafr Zayta", "Murak"]


def test_state_media_worst_hit_neighbourhoods() -> None:
    body = (
        "Government forces shelled the Damascus suburbs on Sunday, wounding 15 people, state "
        "media said. Among the worst-hit neighbourhoods were Jobar and Ein Tarma."
    )
    assert _places(events_of(body), "shelling") == ["Damascus", "Ein Tarma", "Jobar"]


def test_al_jazeera_gaza_neighbourhoods_struck() -> None:
    body = (
        "Israeli air strikes hit the Gaza Strip overnight, killing 12 Palestinians, the health "
        "ministry said. Neighbourhoods struck included Shejaiya, Zeitoun and Tuffah, residents "
        "said."
    )
    assert _places(events_of(body), "airstrike") == ["Gaza Strip", "Shejaiya", "Tuffah", "Zeitoun"]


def test_anadolu_areas_hit_by_turkish_jets() -> None:
    body = (
        "Turkish warplanes struck Kurdish militant positions in northern Iraq on Wednesday, the "
        "defence ministry said. Among the areas hit were Qandil, Zap and Avashin."
    )
    assert _places(events_of(body), "airstrike") == ["Avashin", "Iraq", "Qandil", "Zap"]


def test_sdf_villages_hit_by_turkish_artillery() -> None:
    body = (
        "Turkish artillery shelled Kurdish-held villages near Afrin on Saturday, the SDF said. The "
        "villages hit were Jindires and Raju."
    )
    assert _places(events_of(body), "shelling") == ["Afrin", "Jindayris", "Raju"]


def test_monitor_said_the_villages_hit_included() -> None:
    body = (
        "Russian jets carried out more than 40 raids on the Idlib countryside on Tuesday. The "
        "monitor said the villages hit included Kansafra, Hass and Kafr Nabl."
    )
    assert _places(events_of(body), "airstrike") == ["Hass", "Idlib", "Kafranbel", "Kansafra"]


# --- the participle closes the list --------------------------------------------------------


def test_ap_towns_were_also_hit() -> None:
    body = (
        "Syrian and Russian jets bombed the Eastern Ghouta on Monday, activists said. Douma, "
        "Harasta and Arbin were also hit."
    )
    places = _places(events_of(body), "airstrike")
    assert {"Eastern Ghouta", "Duma", "Harasta"} <= set(places)


def test_fakes_towns_were_also_hit_without_commas() -> None:
    body = (
        "Syrian and Russian jets bombed the Eastern Ghouta on Monday killing 12 people activists "
        "said. Douma Harasta and Zamalka were also hit."
    )
    assert _places(events_of(body), "airstrike") == [
        "Douma",
        "Eastern Ghouta",
        "Harasta",
        "Zamalka",
    ]


def test_enab_baladi_towns_also_struck_by_the_raids_with_unknown_villages() -> None:
    body = (
        "Russian and Syrian warplanes stepped up raids on Idlib province on Tuesday, killing nine "
        "civilians, rescuers said. Kafr Nabl, Hass and Kansafra were also struck by the raids."
    )
    places = _places(events_of(body), "airstrike")
    assert {"Idlib", "Hass", "Kansafra"} <= set(places)


def test_shelling_closing_list_by_the_shelling() -> None:
    body = (
        "Government artillery shelled the eastern Daraa countryside on Wednesday, the "
        "Observatory said. Inkhil and Jasim were also hit by the shelling."
    )
    assert _places(events_of(body), "shelling") == ["Daraa", "Inkhil", "Jasim"]


def test_one_town_also_hit() -> None:
    body = (
        "Warplanes struck the southern Idlib countryside on Sunday, killing four people, "
        "rescuers said. Saraqeb was also hit."
    )
    assert _places(events_of(body), "airstrike") == ["Idlib", "Saraqib"]


def test_sana_targeted_after_a_shelling_is_the_shelling_not_an_attack_on_civilians() -> None:
    body = (
        "Syrian state television said government forces shelled militant positions on Saturday. "
        "In Hama province, Kafr Zita and Latamneh were also targeted."
    )
    events = events_of(body)
    assert {"Kafr Zayta", "Latamneh"} <= set(_places(events, "shelling"))
    assert _places(events, "attack_on_civilians") == []


# --- near misses: one event or none ----------------------------------------------------------


def test_areas_hit_by_an_earthquake_are_no_strike() -> None:
    body = (
        "Regime shelling killed two civilians in Idlib on Monday, the Observatory said. "
        "Separately, areas hit by the earthquake last month included Jindires, Harem and Salqin, "
        "where rebuilding is slow."
    )
    events = events_of(body)
    assert _places(events, "shelling") == ["Idlib"]
    assert len(events) == 1


def test_towns_hit_hard_by_the_economic_crisis_are_no_strike() -> None:
    body = (
        "Regime shelling killed two civilians in Idlib on Monday, the Observatory said. Aleppo, "
        "Homs and Hama were hit hard by the economic crisis, traders said."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Idlib"]


def test_districts_hit_by_floods_after_a_strike() -> None:
    body = (
        "Somali and US officials said an air strike killed three al-Shabaab fighters near Jilib "
        "on Sunday. Districts hit by floods this week were Beledweyne and Jowhar, the UN said."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Jilib"]


def test_districts_hit_with_no_fire_act_told() -> None:
    body = (
        "Aid agencies warned on Monday of famine in Somalia. Districts hit included Beledweyne "
        "and Jowhar, the UN said."
    )
    assert events_of(body) == []


def test_a_hit_song_and_towns_visited() -> None:
    body = (
        "The band played its hit song in Aleppo, Homs and Latakia during a tour last week. Towns "
        "visited included Tartus and Hama."
    )
    assert events_of(body) == []


def test_leaders_struck_a_deal_after_a_drone_strike() -> None:
    body = (
        "A Turkish drone strike killed two fighters near Qamishli on Sunday, the SDF said. Local "
        "leaders of Qamishli and Amuda struck a deal with the government on fuel."
    )
    events = events_of(body)
    assert len(events) == 1
    assert "Amuda" not in _all_places(events)


def test_targeted_sanctions_name_no_attack() -> None:
    body = (
        "An air strike killed four civilians in Idlib on Monday. Washington imposed targeted "
        "sanctions on officials in Damascus, Aleppo and Homs on Tuesday."
    )
    assert [(e.event_type, e.locations[0].name) for e in events_of(body)] == [
        ("airstrike", "Idlib")
    ]


def test_places_a_delegation_visited() -> None:
    body = (
        "An air strike killed four civilians in Idlib on Monday, the Observatory said. Places "
        "visited by the UN delegation on Tuesday included Douma, Harasta and Arbin."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Idlib"]


def test_people_also_hit_are_no_places() -> None:
    body = (
        "A shell killed a woman in Daraa on Monday, activists said. Ahmed and Khaled were also "
        "hit and taken to hospital."
    )
    events = events_of(body)
    assert [(e.event_type, e.locations[0].name) for e in events] == [("shelling", "Dara")]


def test_civilians_hit_name_no_places() -> None:
    body = (
        "A government air strike killed five people near Aleppo on Monday. The civilians hit "
        "included three children and two women."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Aleppo"]


def test_doctors_struck_off_a_register() -> None:
    body = (
        "Israeli warplanes struck targets in Gaza on Tuesday, the army said. Dr Ahmed Khalil and "
        "Dr Omar Saleh were struck off the medical register in Ramallah."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Gaza"]


def test_areas_hit_by_a_storm_after_a_strike() -> None:
    body = (
        "Russian warplanes struck rebel positions near Idlib on Friday, the monitor said. Areas "
        "hit by the storm overnight included Harem and Salqin, where tents were flooded."
    )
    assert [e.locations[0].name for e in events_of(body)] == ["Idlib"]
