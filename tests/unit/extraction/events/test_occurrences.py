"""One event per real occurrence of a whole article: retellings merge, other towns, days and
attackers stay apart, tolls are counted once, listed towns are one event each."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def _place(event: EventMessage) -> str:
    return event.locations[0].name if event.locations else ""


def test_a_strike_told_in_headline_lead_body_and_toll_update_is_one_event() -> None:
    body = (
        "US raids on Raqqa kill 22.\n"
        "At least 22 people were killed in US air strikes on the city of Raqqa on Sunday,"
        " a monitor said. Dozens more were wounded in the raids."
        " Six civilians including a child were among the dead."
    )
    events = events_of(body)
    assert [e.event_type for e in events] == ["airstrike"]
    (strike,) = events
    assert _place(strike) == "Ar Raqqah"
    assert fatalities(strike) == 22  # the toll retold three times, not 22 + 22 + 6
    # Every sentence that tells it is in the evidence.
    mentions = [m.text for m in strike.evidence.mentions]
    assert mentions[0] == "US raids on Raqqa kill 22."
    assert mentions[2] == "Dozens more were wounded in the raids."


def test_a_strike_killing_people_is_one_air_strike_with_its_toll() -> None:
    (event,) = events_of("Warplanes struck a house in Saraqib on Tuesday, killing 7 civilians.")
    assert event.event_type == "airstrike"
    assert _place(event) == "Saraqib"
    assert fatalities(event) == 7


def test_shelling_of_two_towns_in_two_sentences_is_two_events() -> None:
    events = events_of(
        "Government forces shelled the town of Saraqib in Idlib on Monday, killing three"
        " civilians. Rockets also hit the town of Ariha, killing two people."
    )
    assert sorted((e.event_type, _place(e), fatalities(e)) for e in events) == [
        ("shelling", "Ariha", 2),
        ("shelling", "Saraqib", 3),
    ]


def test_the_same_town_on_two_days_is_two_events() -> None:
    events = events_of(
        "A car bomb exploded in Kirkuk on Monday, killing four people."
        " On Wednesday, another car bomb exploded in Kirkuk, killing six."
    )
    assert [e.event_type for e in events] == ["explosive_attack", "explosive_attack"]
    assert sorted(str(e.time.date) for e in events) == ["2024-03-11", "2024-03-13"]
    assert sorted(fatalities(e) or 0 for e in events) == [4, 6]


def test_a_claim_of_responsibility_names_the_author_of_the_attack_it_claims() -> None:
    events = events_of(
        "A car bomb exploded near a checkpoint in Kirkuk on Sunday."
        " The Islamic State group claimed responsibility for the attack."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    assert actor1(events[0]).startswith("Islamic State")
    assert events[0].modality == "asserted"


def test_a_suicide_bombing_called_a_blast_later_is_one_suicide_bombing() -> None:
    events = events_of(
        "A suicide bomber blew himself up at a checkpoint in Kirkuk on Sunday."
        " The blast killed five soldiers."
    )
    assert [e.event_type for e in events] == ["suicide_bombing"]
    assert fatalities(events[0]) == 5


def test_killed_and_wounded_is_no_death_toll() -> None:
    (event,) = events_of(
        "Six members of the security forces were killed and wounded when gunmen attacked a"
        " checkpoint in Kirkuk on Sunday."
    )
    assert fatalities(event) == 0


def test_a_strike_on_listed_villages_is_one_event_per_village() -> None:
    events = events_of(
        "Warplanes carried out airstrikes on Halfaya, Suran and Taybat al-Imam in the northern"
        " countryside of Syria's Hama province on Monday, killing five people."
    )
    assert [e.event_type for e in events] == ["airstrike"] * 3
    places = [_place(e) for e in events]
    assert places == ["Halfaya", "Suran", "Tayyibat al Imam"]
    # The toll is not split: it stays with the first village's event.
    assert [fatalities(e) for e in events] == [5, 0, 0]
    assert all(e.acled is not None and e.acled.admin1 == "Hama" for e in events)


def test_a_lead_naming_no_town_is_split_at_the_towns_its_retelling_lists() -> None:
    """The lead tells the strikes by region; the next sentence lists where they hit."""
    events = events_of(
        "At least 30 civilians were killed in government air strikes on rebel-held areas of the"
        " northwest, a monitor said on Monday. The strikes hit the towns of Saraqib and Ariha"
        " in Idlib province on Sunday, the monitor said."
    )
    assert [e.event_type for e in events] == ["airstrike", "airstrike"]
    assert [_place(e) for e in events] == ["Saraqib", "Ariha"]
    assert all(e.acled is not None and e.acled.admin1 == "Idlib" for e in events)
    # The toll stays with the first town's event; the second is told by the list's sentence.
    assert [fatalities(e) for e in events] == [30, 0]
    told = [m.text for m in events[1].evidence.mentions]
    assert told == [
        "The strikes hit the towns of Saraqib and Ariha in Idlib province on Sunday,"
        " the monitor said."
    ]


def test_displaced_people_among_the_victims_are_no_displacement() -> None:
    events = events_of(
        "Warplanes struck a school sheltering displaced families in Saraqib on Tuesday,"
        " killing 7 displaced people."
    )
    assert [e.event_type for e in events] == ["airstrike"]
    assert fatalities(events[0]) == 7
    # The flight the shelling caused is the shelling's (events/consequences.py).
    told = events_of("Thousands of families were displaced from Saraqib by the shelling.")
    assert [e.event_type for e in told] == ["shelling"]


def test_two_neighbourhoods_the_gazetteer_lacks_are_two_occurrences() -> None:
    """Both can only be placed at the city, but the text names two localities."""
    events = events_of(
        "Terrorists fired rockets on al-Furqan neighbourhood in Aleppo city on Sunday, killing"
        " three civilians. A rocket fell on al-Mogambo neighbourhood, killing two people."
    )
    assert [e.event_type for e in events] == ["shelling", "shelling"]
    assert [fatalities(e) for e in events] == [3, 2]
    # Each at its neighbourhood, at the coordinates of the city it lies in (as ACLED codes a
    # place it cannot find: geo precision 2).
    assert [_place(e) for e in events] == ["al-Furqan", "al-Mogambo"]
    for event in events:
        locality, city = event.locations[:2]
        assert not locality.resolved and locality.geonames_id is None
        assert city.name == "Aleppo" and city.resolved
        assert (locality.latitude, locality.longitude) == (city.latitude, city.longitude)
        assert event.acled is not None
        assert (event.acled.location, event.acled.admin1) == (locality.name, "Aleppo")
        assert event.acled.geo_precision == 2


def test_a_village_the_gazetteer_lacks_listed_beside_a_known_town_is_one_more_event() -> None:
    """The town keeps its own event: the village is listed beside it, not inside it."""
    events = events_of(
        "Warplanes carried out airstrikes on the town of Saraqib and the village of Kafr"
        " Zobdeen in Idlib province on Tuesday, killing four civilians."
    )
    assert [e.event_type for e in events] == ["airstrike", "airstrike"]
    assert [_place(e) for e in events] == ["Saraqib", "Kafr Zobdeen"]
    assert [fatalities(e) for e in events] == [4, 0]
    village = events[1].locations[0]
    assert not village.resolved and village.admin1 == "Idlib"
    # A comma alone locates the locality in the town after it: no event at the bare city.
    located = events_of(
        "Militants ambushed and killed a police officer in the Jebrael area of PD5, Herat city,"
        " on Monday."
    )
    assert located
    assert "Herat" not in [_place(e) for e in located]


def test_a_strike_on_listed_neighbourhoods_is_one_event_at_each_not_where_fire_came_from() -> None:
    events = events_of(
        "Terrorists positioned in Joubar neighbourhood fired rockets on al-Dokhanyeh and Mazzeh 86"
        " neighbourhoods in Damascus city on Monday, killing two civilians."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("shelling", "al-Dokhanyeh", 2),
        ("shelling", "Mazzeh 86", 0),
    ]


def test_a_riot_over_a_towns_quarters_is_one_riot_but_a_strike_on_them_is_one_each() -> None:
    # A crowd event spreads over the quarters of its town: one event in the town; fire on the
    # same quarters is coded once per quarter (the test above).
    events = events_of(
        "Mobs torched shops in the Purani Mandi and Nai Basti areas of Kota city on Sunday"
        " evening, police said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("mob_violence", "Kota")]


def test_words_that_describe_people_places_and_offices_are_no_events() -> None:
    """The hurt arriving at hospital, a besieged town as a place, a reconciliation office."""
    assert [e.event_type for e in events_of("Army reinforcements arrived in Idlib on Monday.")] == [
        "deployment"
    ]
    told = events_of(
        "A car bomb hit buses carrying residents of two besieged towns near Aleppo on Monday."
        " The bodies of six victims arrived at a clinic in the city, the Russian Reconciliation"
        " Center said."
    )
    assert [e.event_type for e in told] == ["explosive_attack"]
    (siege,) = events_of("Government troops besieged the town of Madaya on Monday.")
    assert siege.event_type == "movement_restricted"


def test_another_n_people_are_more_victims_of_the_same_attack() -> None:
    events = events_of(
        "A car bomb exploded near a checkpoint in Kirkuk on Sunday, killing four people."
        " Another seven people were hurt in the blast."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    assert fatalities(events[0]) == 4


def test_what_an_attack_did_is_the_attack() -> None:
    """Burning homes, the flight of villagers and the weapons the attackers took are the attack."""
    events = events_of(
        "Boko Haram gunmen attacked the village of Huyum in Borno State on Monday, opening fire"
        " and burning homes, killing 15 people. Residents fled into the bush. The attackers also"
        " seized weapons from a police post."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert len(events[0].evidence.mentions) == 3
    assert fatalities(events[0]) == 15


def test_the_attack_retold_with_its_neighbourhood_is_the_same_attack() -> None:
    events = events_of(
        "Al-Shabaab fighters attacked a checkpoint in Mogadishu on Sunday, killing five"
        " soldiers. The attack occurred in the Barwaqo neighbourhood."
    )
    assert len(events) == 1
    assert fatalities(events[0]) == 5


def test_a_quarter_of_the_city_is_the_city_s_attack() -> None:
    events = events_of(
        "A suicide bomber blew himself up in Kabul on Monday, killing six people."
        " The explosion in Qala-e-Bakhtiar also wounded 13 others."
    )
    assert [e.event_type for e in events] == ["suicide_bombing"]
    assert fatalities(events[0]) == 6


def test_a_village_named_around_a_town_is_the_event_place() -> None:
    """The village, not the town it is measured from, is where it happened: placed at the
    village with the town's coordinates, unresolved."""
    events = events_of(
        "Militants fired rockets at the village of Kafr Wardeh about 40 km east of Homs city"
        " on Monday, wounding three people."
    )
    assert [e.event_type for e in events] == ["shelling"]
    village, town = events[0].locations[:2]
    assert (village.name, village.resolved, village.admin1) == ("Kafr Wardeh", False, "Homs")
    assert town.name == "Homs" and town.resolved


def test_an_act_retold_right_after_without_a_place_is_the_same_act() -> None:
    """The headline names the town, the lead retells the same bombing without naming it."""
    events = events_of(
        "Car bomb kills three soldiers in Qamishli.\n\n"
        "A car bomb parked near an army checkpoint went off on Sunday, killing three soldiers,"
        " a military source said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("explosive_attack", "Al Qamishli")]
    assert len(events[0].evidence.mentions) == 2


def test_another_act_of_the_kind_told_as_such_stays_apart() -> None:
    events = events_of(
        "A car bomb went off in Tal Tamr on Sunday, killing three soldiers.\n\n"
        "Another car bomb exploded hours later, wounding two civilians."
    )
    assert [e.event_type for e in events] == ["explosive_attack", "explosive_attack"]


def test_a_state_and_its_leader_are_one_side_not_two_attackers() -> None:
    events = events_of(
        "Syrian army shells Saraqib, killing four civilians.\n\n"
        "As the shelling went on, President Bashar al-Assad ordered troops to bombard Saraqib,"
        " killing four civilians, activists said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("shelling", "Saraqib")]
    assert {a.name for a in events[0].actors if a.role == "actor1"} == {"Military Forces of Syria"}


def test_the_killing_that_retells_a_destruction_names_the_event() -> None:
    """Houses destroyed, then "killed in the attack": one attack with its toll, not a destruction
    (which is no violent event and would hide the killing)."""
    events = events_of(
        "Militants destroyed three houses in Kafr Nabl in Idlib on Monday, residents said. Five"
        " villagers were killed in the attack, the residents said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("attack_on_civilians", "Kafranbel")]
    assert fatalities(events[0]) == 5


def test_where_the_attackers_fired_from_is_no_other_occurrence() -> None:
    body = (
        "Militants fired rockets on al-Jadida neighbourhood in Aleppo city on Monday, killing two"
        " civilians. A police source told reporters that militants positioned in al-Qadima"
        " neighbourhood fired rockets on a market in Aleppo."
    )
    (event,) = events_of(body)
    assert (event.event_type, _place(event), fatalities(event)) == ("shelling", "al-Jadida", 2)
    assert len(event.evidence.mentions) == 2
    # ... but rockets that fell on another neighbourhood are another occurrence
    other = body.replace("positioned in al-Qadima neighbourhood fired", "fired") + (
        " Later, rockets fell on al-Qadima neighbourhood, wounding five people."
    )
    assert [_place(e) for e in events_of(other)] == ["al-Jadida", "al-Qadima"]


def test_a_blast_between_two_towns_is_one_event_not_one_per_town() -> None:
    """Two places that bound one spot ("between X and Y") are no list of targets."""
    events = events_of(
        "A roadside bomb killed two soldiers in a remote area between Saraqib and Ariha in Idlib"
        " province on Tuesday, officials said."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [
        ("explosive_attack", "Saraqib", 2)
    ]
    listed = events_of(
        "A roadside bomb killed two soldiers in Saraqib and Ariha in Idlib province on Tuesday,"
        " officials said."
    )
    assert [_place(e) for e in listed] == ["Saraqib", "Ariha"]


def test_an_act_told_at_another_hour_of_the_day_is_another_occurrence() -> None:
    """A paragraph opening on another time of the story's day tells its own act, even of the
    same kind, town and attackers: no date tells it apart."""
    events = events_of(
        "Militants fired rockets on Aleppo on Wednesday, killing two civilians.\n\n"
        "Earlier in the day, the militants launched 60 rockets on the city of Aleppo,"
        " killing nine people."
    )
    assert sorted((e.event_type, _place(e), fatalities(e)) for e in events) == [
        ("shelling", "Aleppo", 2),
        ("shelling", "Aleppo", 9),
    ]


def test_an_earlier_report_of_the_act_is_the_same_act() -> None:
    """The time of a telling ("Earlier in the day a source told ...") is not the act's."""
    events = events_of(
        "Militants fired rockets on Aleppo on Wednesday, killing two civilians.\n\n"
        "Earlier in the day a police source told the agency that the militants fired rockets"
        " on the city of Aleppo, killing two civilians."
    )
    assert [(e.event_type, _place(e), fatalities(e)) for e in events] == [("shelling", "Aleppo", 2)]


def test_the_surrender_of_the_beaten_side_is_the_capture() -> None:
    """Forces that surrendered during a seizure, or rebels whose defection let a group storm a
    town, are the capture's or the assault's outcome (events/merge/outcomes/consequences.py)."""
    events = events_of(
        "The Arakan Army has taken control of two military strongholds in Minbya town, local"
        " media reported on Monday.\n\nDozens of regime soldiers surrendered to the rebels during"
        " the seizure of the strongholds, witnesses said."
    )
    assert [(e.event_type, _place(e)) for e in events] == [("territory_taken", "Minbya")]
