"""One incident, one event (events/merge/incidents/retold/): an act named back by a definite
noun ("The ambush ...", "in the clashes") or told in a sentence the incident already tells is
that incident, whatever type its own words read; the kept event keeps its type and takes the toll.
Acts told at another place or as a separate incident stay apart."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def _evidence(event: EventMessage) -> str:
    return " ".join(m.text for m in event.evidence.mentions)


def test_the_ambush_named_back_is_the_lead_incident() -> None:
    events = events_of(
        "Gunmen ambushed a police patrol near the town of Kalima on Monday, killing four"
        " officers, police said.\n\nThe ambush set off a wide hunt for the gunmen in the"
        " hills around the town."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("armed_clash", "Kalima", 4)
    ]
    assert "The ambush set off a wide hunt" in _evidence(events[0])


def test_the_toll_told_in_the_clashes_goes_to_the_one_clash() -> None:
    events = events_of(
        "Clashes between two rival militias rocked the town of Zawiya on Saturday, officials"
        " said.\n\nAt least one civilian was killed and 22 others wounded in the clashes, which"
        " were centred in the southern part of the town, the health ministry said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("armed_clash", "Zawiya", 1)
    ]


def test_a_hedged_toll_in_the_strike_sentence_is_the_strike() -> None:
    events = events_of(
        "A military airstrike in the afternoon on Tuesday is thought to have killed around"
        " 35 people in Kanbalu, Sagaing region, residents said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("airstrike", "Kanbalu", 35)
    ]


def test_clashes_named_back_at_another_town_are_not_the_last_incident() -> None:
    events = events_of(
        "Clashes between two rival militias rocked the town of Zawiya on Saturday, officials"
        " said.\n\nIn Tripoli, militiamen stormed a hotel and abducted two guests. The clashes"
        " in Zawiya continued overnight."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("armed_clash", "Zawiya"),
        ("abduction", "Tripoli"),  # stormed to take the guests: one abduction (forty-second)
    ]
    assert "The clashes in Zawiya continued" in _evidence(events[0])


def test_a_separate_raid_elsewhere_keeps_its_own_event_and_toll() -> None:
    events = events_of(
        "Gunmen ambushed an army patrol near Kalima on Monday, killing three soldiers, officials"
        " said.\n\nSeparately, militants raided a market in Bunia on Monday, killing two"
        " traders. The attack in Bunia was claimed by a local militia."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("armed_clash", "Kalima", 3),
        ("attack_on_civilians", "Bunia", 2),
    ]


def test_two_verbs_of_one_subject_are_one_attack() -> None:
    """ "opened fire on villagers and torched houses": the arson is the gunmen's, not a crowd's."""
    events = events_of(
        "Suspected militants opened fire on villagers and torched several houses in Kalima"
        " village, Borno State, on Monday, witnesses said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("attack_on_civilians", "Kalima")]


def test_a_clash_and_a_shelling_of_one_subject_stay_two_events() -> None:
    """Two specific acts of one subject are coded apart: the fight and the fire."""
    events = events_of(
        "Government forces clashed with rebels near Kalima on Monday and shelled the town of"
        " Bunia, officials said."
    )
    assert [e.event_type for e in events] == ["armed_clash", "shelling"]


def test_a_part_of_the_place_the_lead_names_is_where_the_lead_happened() -> None:
    """ "Karak's Bahadur Khel area" after "in Karak district" names no other locality."""
    events = events_of(
        "Three policemen were killed in an attack on a police checkpoint in Karak district late"
        ' on Wednesday, officials said.\n\n"Unidentified gunmen fired on the'
        " checkpost in Karak's Bahadur Khel area from several directions,\" police said."
    )
    assert [(_place(e), fatalities(e)) for e in events] == [("Bahadur Khel", 3)]
    guard = events_of(
        "Three policemen were killed in an attack on a police checkpoint in the Bahadur Khel"
        ' area late on Wednesday, officials said.\n\n"Unknown terrorists opened fire at a'
        " checkpost in Kohat's Lachi area,\" a police statement said."
    )
    assert [_place(e) for e in guard] == ["", "Kohat"]


def test_who_condemned_the_ambush_did_not_carry_it_out() -> None:
    """A definite retelling names the act's author only with a verb of authorship."""
    lead = (
        "Gunmen ambushed a police patrol near the town of Kalima on Monday, killing four"
        " officers, police said.\n\nThe local administrator said the attackers fled into the"
        " forest.\n\n"
    )
    condemned = events_of(f"{lead}The United Nations mission condemned the ambush in a statement.")
    assert [(e.event_type, actor1(e)) for e in condemned] == [
        ("armed_clash", "Unidentified Armed Group (Democratic Republic of Congo)")
    ]
    claimed = events_of(
        f"{lead}The Allied Democratic Forces claimed responsibility for the ambush in a statement."
    )
    assert [(e.event_type, actor1(e)) for e in claimed] == [
        ("armed_clash", "Allied Democratic Forces")
    ]


_SCHOOL = (
    "Armed men on motorcycles yesterday entered a boarding school in Kalima in Maradun Local"
    " Government Area of Zamfara State and then abducted scores of pupils and staff.\n\nGovernor"
    " Sani Garba, who is from Maradun, ordered all schools shut at once. But"
    " movement in Gusau was limited from 9pm to 6am. "
)


def test_the_kidnapping_named_back_is_the_abduction_told_first() -> None:
    """The act's own noun ("the kidnapping", "the abduction") names it back, whatever verb told
    it first, though the sentence before it names another town."""
    for noun in ("kidnapping", "abduction"):
        events = events_of(
            f"{_SCHOOL}Police confirmed the {noun} of 58 pupils from the school in a statement."
        )
        assert [(e.event_type, _place(e)) for e in events] == [
            ("abduction", "Kalima"),
            ("order_issued", "Kalima"),
        ]
        assert f"confirmed the {noun} of 58 pupils" in _evidence(events[0])


def test_an_abduction_told_at_another_town_on_another_day_stays_apart() -> None:
    events = events_of(
        f"{_SCHOOL}Police also confirmed the abduction of 20 traders in Sokoto on Tuesday."
    )
    assert [(e.event_type, _place(e)) for e in events] == [
        ("abduction", "Kalima"),
        ("order_issued", "Kalima"),
        ("abduction", "Sokoto"),
    ]


def test_the_weapon_told_in_a_phrase_of_means_is_the_clash() -> None:
    events = events_of(
        "Clashes between the army and tribal fighters erupted on Monday in Deir ez-Zor province,"
        " with two civilians killed by drone strikes and gunfire, a monitor said."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("armed_clash", 2)]


def test_a_town_under_fire_from_mortars_is_the_fight_told_first() -> None:
    events = events_of(
        "Rival militias fought in western Libya on Saturday, with one fighter saying his town of"
        " Zuwara was coming under fire from mortars and heavy machine guns."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert _place(events[0]) == "Zuwarah"


def test_a_strike_told_after_the_clash_with_its_own_verb_stays_apart() -> None:
    # "and warplanes bombed" is an act with its own subject, not the means of the clash.
    events = events_of(
        "Troops clashed with rebels near Saraqeb on Monday, and warplanes bombed the town of"
        " Ariha, killing five civilians, a monitor said."
    )
    assert sorted(e.event_type for e in events) == ["airstrike", "armed_clash"]


def test_the_fighting_a_strike_is_told_as_intensifying_is_its_setting() -> None:
    events = events_of(
        "State media reported on Sunday that two civilians were killed in a Russian air strike"
        " on the town of Ariha in Syria, as fighting between government forces and rebels"
        " intensified."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [("airstrike", "Ariha", 2)]


def test_the_strikes_a_barrage_answers_are_its_setting() -> None:
    events = events_of(
        "Rebels said they fired rockets at an army base in Ariha in Syria on Monday in"
        " retaliation for the regime's air strikes on their villages."
    )
    assert [(e.event_type, _place(e), actor1(e)) for e in events] == [
        ("shelling", "Ariha", "Opposition Rebels (Syria)")
    ]


def test_fighting_told_as_a_setting_at_another_town_stays_apart() -> None:
    events = events_of(
        "Two civilians were killed in an air strike on the town of Ariha in Syria on Monday,"
        " amid clashes between rebels and government forces in the city of Saraqib."
    )
    assert [e.event_type for e in events] == ["airstrike", "armed_clash"]


def test_people_taken_in_a_killing_raid_are_the_raid() -> None:
    """Abductions in the course of a killing raid stay in its note: one attack with its toll."""
    events = events_of(
        "Gunmen on motorcycles stormed a village in Nigeria's Zamfara state on Sunday, killing at"
        " least 30 people and abducting dozens of women, residents said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("attack_on_civilians", "Zamfara", 30)
    ]


def test_a_raid_that_only_takes_people_is_the_abduction() -> None:
    events = events_of(
        "Gunmen stormed a village in Zamfara state on Sunday, abducting dozens of women, police"
        " said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("abduction", "Zamfara")]


def test_an_abduction_told_in_another_clause_is_its_own_event() -> None:
    events = events_of(
        "Bandits killed two farmers in Zamfara on Sunday, while in Katsina gunmen abducted 20"
        " travellers on the highway, police said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("attack_on_civilians", "Zamfara", 2),
        ("abduction", "Katsina", 0),
    ]
