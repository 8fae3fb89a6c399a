"""The story model (events/merge/incidents/story/): what an article tells after its lead,
paragraphs later and after context, is the lead's incident unless it is told as another (a
new-incident word, a place or day frame, another day, another town, another attacker)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import cast

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.story_cues import told_as_new
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import actor1, events_of, events_on_a_tuesday, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _places(event: EventMessage) -> set[str]:
    return {p.name for p in event.locations}


def test_a_bombing_elaborated_after_context_paragraphs_is_one_event() -> None:
    events = events_of(
        "A suicide bomber killed 11 people at a checkpoint in Kirkuk on Wednesday, police said.\n\n"
        "Kirkuk was retaken from the jihadists in 2017.\n\n"
        "Since then, officials have announced a number of campaigns in the desert.\n\n"
        "The bomber got through two roadblocks and set off his explosives when the guards"
        " started shooting."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("suicide_bombing", "Kirkuk", 11)
    ]
    # the elaboration is evidence of the one event
    assert any("roadblocks" in m.text for m in events[0].evidence.mentions)


def test_a_strike_retold_at_a_place_inside_the_lead_region_is_one_event() -> None:
    events = events_of(
        "A Turkish drone strike killed four PKK members in northern Iraq on Sunday, officials in"
        " the Kurdistan region said.\n\n"
        '"Four fighters were killed when a Turkish drone targeted their car on Mount Sinjar,"'
        " the statement said.\n\n"
        "The PKK has fought Ankara in an armed insurgency since the 1980s.\n\n"
        "In a statement on Sunday, the group confirmed the death of four comrades after a drone"
        " strike targeted their car."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("airstrike", 4)]
    (strike,) = events
    assert actor1(strike) == "Military Forces of Turkey"
    assert "Sinjar Mountains" in _places(strike)  # the lead's incident told more precisely


def test_a_claim_of_the_lead_attack_is_the_lead_attack_and_meanwhile_tells_another() -> None:
    events = events_of(
        "Taliban insurgents attacked a checkpoint in Farah province early Saturday, killing"
        " three police.\n\n"
        "A Taliban spokesman claimed the attack.\n\n"
        "In the capital, meanwhile, gunmen shot at the house of a retired official"
        " in Kabul late Friday, killing a guard."
    )
    assert sorted((e.event_type, _place(e), fatalities(e)) for e in events) == [
        ("armed_clash", "Farah", 3),
        ("attack_on_civilians", "Kabul", 1),
    ]
    farah = next(e for e in events if _place(e) == "Farah")
    assert actor1(farah) == "Taliban"


def test_a_roundup_item_framed_by_its_town_stays_an_event() -> None:
    events = events_of(
        "Government forces shelled Saraqib in Idlib province on Monday, killing three civilians."
        "\n\nThe war has displaced millions.\n\n"
        "In Aleppo, rockets fell on the Midan district, killing two people."
    )
    assert sorted((e.event_type, fatalities(e)) for e in events) == [
        ("shelling", 2),
        ("shelling", 3),
    ]
    assert any(_place(e) == "Saraqib" for e in events)


def test_a_lead_naming_no_town_before_several_towns_is_a_roundup() -> None:
    events = events_of(
        "Air strikes killed 12 civilians in Idlib province on Monday, a monitor said.\n\n"
        "Warplanes struck the town of Saraqib, killing seven people.\n\n"
        "Warplanes struck the town of Ariha, killing five people."
    )
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert {"Saraqib", "Ariha"} <= {_place(e) for e in strikes}


def test_another_town_of_the_lead_province_is_another_occurrence() -> None:
    events = events_of(
        "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five"
        " civilians.\n\nThe war has displaced millions.\n\n"
        "Gunmen attacked soldiers in Ariha, killing two."
    )
    assert {(e.event_type, _place(e), fatalities(e)) for e in events} >= {
        ("airstrike", "Saraqib", 5)
    }
    assert any(_place(e) == "Ariha" for e in events)


def test_a_datelines_date_is_the_filing_day_not_the_attacks() -> None:
    # Published on 2024-03-14, a Thursday: the dateline's "Mar 14" is the day the report was
    # filed, "on Wednesday" the day of the bombing, which the body retells: one event.
    events = events_of(
        "Kabul, Mar 14 (IANS) A suicide bomber killed five people at a crowded market in Kabul,"
        " police said.\n\n"
        "The interior ministry spokesman said the blast on Wednesday also wounded 12 people.\n\n"
        "No group has claimed the attack."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("suicide_bombing", "Kabul", 5)
    ]
    assert events[0].time.date.isoformat() == "2024-03-13"


def test_an_ambush_told_as_an_attack_and_as_a_fight_is_one_battle() -> None:
    # The lead reads the dead soldiers as victims (an attack), the body as a fight between two
    # armed sides: one incident, coded as a battle since the victims were soldiers.
    events = events_of(
        "Rebel fighters killed at least nine soldiers in an ambush in Kalinga province on"
        " Wednesday, officials said.\n\n"
        "The region has seen a long insurgency.\n\n"
        "The New People's Army ambushed an army convoy on a mountain road, the military said."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("armed_clash", 9)]
    assert any("convoy" in m.text for m in events[0].evidence.mentions)


def test_the_shooting_in_a_kidnapping_raid_is_the_abduction() -> None:
    events = events_of(
        "Gunmen abducted 12 students from a boarding school in Katsina State on Tuesday, police"
        " said.\n\n"
        "The school holds about 300 pupils.\n\n"
        "Witnesses said the gunmen stormed the dormitory and started shooting sporadically."
    )
    assert [e.event_type for e in events] == ["abduction"]
    assert any("dormitory" in m.text for m in events[0].evidence.mentions)


def test_a_fight_and_a_kidnapping_of_another_story_line_stay_two() -> None:
    # A clash and an abduction are not one act read two ways: the hostages are not the fight's.
    events = events_of(
        "Troops clashed with Abu Sayyaf militants in Sulu province on Monday, killing five"
        " militants, the military said.\n\n"
        "The militants abducted two fishermen, the military said."
    )
    assert sorted(e.event_type for e in events) == ["abduction", "armed_clash"]


def test_a_new_incident_cue_is_read_in_the_sentence_of_the_acts_word() -> None:
    # An event merged from two sentences carries the trigger of the later one: the "also" of
    # the first ("also wounded 20 people", a toll added after its act) tells no new incident.
    body = (
        "The attack on the village also wounded 20 people, they said.\n\n"
        "Local media reported the aerial bombardment."
    )
    article = Article(id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC))
    doc = Pipeline().annotate(article)
    trigger = next(t for t in doc.triggers if t.text == "aerial bombardment")
    merged = cast(EventDraft, SimpleNamespace(trigger=trigger, sentences=[0, 1]))
    assert not told_as_new(doc, doc.sentences[0], merged)
    also = next(t for t in doc.triggers if t.span.start > body.index("also"))
    assert told_as_new(doc, doc.sentences[0], cast(EventDraft, SimpleNamespace(trigger=also)))


_RETOLD_AT_ITS_VILLAGE = (
    "Gunmen attacked a village in South Darfur last week, killing seven people and wounding"
    " 12, an association of displaced people said on Tuesday.\n\n"
    "{retelling}\n\n"
    "Nobody has said who carried out the raid on the village, where families had only"
    " recently come back.\n\n"
    "Officials in South Darfur state said some 150 gunmen attacked the village, and that"
    " a joint force drove them off.\n\n"
    "The two sources gave different tolls."
)


def test_a_lead_at_its_province_takes_the_village_a_later_sentence_retells_the_act_at() -> None:
    events = events_on_a_tuesday(
        _RETOLD_AT_ITS_VILLAGE.format(
            retelling="The displaced people's association, a civic group, accused"
            " Janjaweed militiamen of attacking the Habouba village on Thursday."
        )
    )
    lead = events[0]
    assert (lead.event_type, fatalities(lead)) == ("attack_on_civilians", 7)
    assert [p.name for p in lead.locations] == ["Habouba", "South Darfur"]


def test_a_village_told_as_another_attack_does_not_move_the_lead() -> None:
    events = events_on_a_tuesday(
        _RETOLD_AT_ITS_VILLAGE.format(
            retelling="In another attack on Thursday, Janjaweed militiamen attacked the"
            " Habouba village, the displaced people's association said."
        )
    )
    lead = events[0]
    assert lead.event_type == "attack_on_civilians"
    assert [p.name for p in lead.locations] == ["South Darfur"]


def test_a_lead_near_a_city_and_a_site_told_west_of_it_is_one_incident_at_the_site() -> None:
    events = events_of(
        "A suicide bomber killed 12 people at a wedding party near the city of Kirkuk in Iraq"
        " late on Sunday, police said.\n\nFour gunmen and the suicide bomber attacked"
        " the party in Hawija, west of Kirkuk, firing rifles and throwing hand"
        " grenades, police said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("suicide_bombing", "Al Hawijah")]
    assert "attacked the party in Hawija" in " ".join(m.text for m in events[0].evidence.mentions)


def test_a_lead_in_a_city_and_an_attack_in_a_town_west_of_it_are_two_incidents() -> None:
    events = events_of(
        "A suicide bomber killed 12 people at a wedding party in the city of Kirkuk in Iraq"
        " late on Sunday, police said.\n\nFive gunmen attacked a police post in Hawija, west of"
        " Kirkuk, police said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("suicide_bombing", "Kirkuk"),
        ("armed_clash", "Al Hawijah"),
    ]
