"""Who did it to whom: the attacker is actor1, the killed, hurt and targeted are actor2."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields, EventMessage
from tests.unit.extraction.events.articles import acled_of, events_of, events_published

_PUBLISHED = dt.datetime(2016, 5, 4, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _PUBLISHED)


def _events(body: str) -> list[EventMessage]:
    return events_published(body, _PUBLISHED)


def test_an_adjective_names_the_attacker_and_the_killed_are_hit() -> None:
    acled = _acled(
        "A Turkish drone strike killed four suspected PKK militants near Qamishli in Hasakah "
        "province on Monday.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.actor2 == "PKK: Kurdistan Workers Party"


def test_a_possessive_names_the_attacker() -> None:
    acled = _acled(
        "Israel's strikes on army positions near Quneitra in Quneitra province killed two "
        "soldiers on Sunday.",
        "armed_clash",
    )
    assert acled.actor1 == "Military Forces of Israel (2009-2021)"
    assert acled.actor2 == "Military Forces of Syria (2000-2024)"


def test_warplanes_of_a_country_are_its_forces_and_civilians_never_act() -> None:
    acled = _acled(
        "Russian warplanes struck the town of Maarat al-Numan in Idlib province, killing 7 "
        "civilians.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"
    assert acled.actor2 == "Civilians (Syria)"


def test_those_told_as_killed_first_are_actor2() -> None:
    acled = _acled(
        "Nine civilians were killed on Tuesday due to terrorist rocket attacks on the al-Midan "
        "district of Aleppo city.",
        "shelling",
    )
    assert acled.actor1 == "Opposition Rebels (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_a_headline_toll_is_the_hit_and_the_clash_partner_the_agent() -> None:
    acled = _acled(
        "At least 70 militants were killed in clashes with the army in southern Aleppo.",
        "armed_clash",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Opposition Rebels (Syria)"


def test_a_police_command_that_speaks_is_not_the_attacker() -> None:
    acled = _acled(
        "An officer at Aleppo Police Command told state news agency SANA that terrorist "
        "groups fired rockets into the al-Midan quarter of Aleppo city, killing three civilians.",
        "shelling",
    )
    assert acled.actor1 == "Opposition Rebels (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_members_of_a_named_group_anywhere_in_the_sentence_are_that_group() -> None:
    acled = _acled(
        "Two people were wounded in Damascus on Sunday when terrorists from Jaish al-Islam "
        "shelled the Bab Touma quarter with a rocket.",
        "shelling",
    )
    assert acled.actor1 == "Jaysh al-Islam"
    assert acled.actor2 == "Civilians (Syria)"


def test_a_patron_stays_with_the_generic_actor() -> None:
    acled = _acled(
        "Iranian-backed militias shelled the town of Busra al-Sham in Daraa province on Tuesday.",
        "shelling",
    )
    assert acled.actor1 == "Unidentified Armed Group (Syria)"
    assert acled.assoc_actor_1 == "Government of Iran (1989-)"


def test_the_unnamed_people_a_shelling_hit_are_civilians() -> None:
    (shelling,) = events_of("2 killed, 10 injured in terrorist shelling on Aleppo on Monday.")
    assert shelling.event_type == "shelling"
    assert shelling.acled is not None and shelling.acled.actor2 == "Civilians (Syria)"
    (damage,) = events_of(
        "Terrorists fired mortar shells on residential neighbourhoods in Aleppo on Monday,"
        " causing material damage."
    )
    assert damage.acled is not None and damage.acled.actor2 == "Civilians (Syria)"
    # In a clash the other side is the one hit, not civilians.
    clash = next(
        e
        for e in events_of("Government troops clashed with rebels near Aleppo; 5 killed.")
        if e.event_type == "armed_clash"
    )
    assert clash.acled is not None and clash.acled.actor2 != "Civilians (Syria)"


def test_the_terrorists_are_the_one_group_the_event_names() -> None:
    """A group named once, then "the terrorists": the retelling keeps the group as agent."""
    (event,) = events_of(
        "Rocket shells fired by Jaish al-Islam hit the Bab Touma neighbourhood of Damascus on"
        " Monday. The terrorists' rockets killed two civilians in Bab Touma."
    )
    assert event.event_type == "shelling"
    assert event.acled is not None and event.acled.actor1.startswith("Jaysh al-Islam")
    # Two groups named: the text does not say which fired.
    two = events_of(
        "Terrorists fired rocket shells on Bab Touma neighbourhood of Damascus on Monday, where"
        " Jaish al-Islam and Faylaq al-Rahman fighters are present."
    )
    shelling = next(e for e in two if e.event_type == "shelling")
    assert shelling.acled is not None and shelling.acled.actor1 == "Opposition Rebels (Syria)"


def test_civilians_are_hit_never_the_ones_shelling() -> None:
    (event,) = events_of(
        "Three people were killed and five injured on Monday when a rocket fell on a market in"
        " Aleppo."
    )
    assert event.event_type == "shelling"
    assert event.acled is not None and event.acled.actor2 == "Civilians (Syria)"
    assert event.acled.actor1 != "Civilians (Syria)"


def test_who_tells_it_did_not_do_it_and_who_was_behind_it_did() -> None:
    (told,) = events_of(
        "Rockets struck a market in Kirkuk on Sunday, killing three people, the Islamic State"
        " group said."
    )
    assert told.acled is not None and not (told.acled.actor1 or "").startswith("Islamic State")
    (behind,) = events_of(
        "Officials said the Islamic State group was behind the car bomb attack in Kirkuk on"
        " Sunday that killed four people."
    )
    assert behind.acled is not None and behind.acled.actor1.startswith("Islamic State")


def test_the_object_of_an_active_verb_of_harm_is_hit() -> None:
    acled = _acled(
        "A roadside bomb killed a civilian and two police officers near Garissa on Monday.",
        "explosive_attack",
    )
    assert acled.actor1 != "Police Forces of Kenya (2013-2022)"


def test_the_group_claiming_responsibility_is_the_attacker() -> None:
    acled = _acled(
        "A bomb exploded near a police station in Peshawar on Monday, wounding four officers. "
        "The Tehrik-i-Taliban Pakistan claimed responsibility for the blast.",
        "explosive_attack",
    )
    assert acled.actor1 == "TTP: Tehreek-i-Taliban Pakistan"


def test_an_attack_whose_perpetrator_is_not_named_is_unidentified() -> None:
    acled = _acled("A shopkeeper was shot dead in Mombasa on Monday night.", "attack_on_civilians")
    assert acled.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_crowd_that_names_itself_takes_no_agent_from_the_sentence_before() -> None:
    """The drones of the first sentence are not the Beirut protesters' actor or opponent."""
    acled = _acled(
        "Turkish drones struck a car near Qamishli on Monday. Protesters gathered in Beirut on "
        "Tuesday to demand the release of detainees.",
        "protest",
    )
    assert (acled.actor1, acled.actor2, acled.location) == ("Protesters (Lebanon)", None, "Beirut")


def test_who_repels_an_attack_is_the_one_attacked() -> None:
    acled = _acled(
        "Iraqi troops repelled Islamic State militants who stormed an army post near Baiji on "
        "Monday, killing six of them.",
        "armed_clash",
    )
    assert (acled.actor1, acled.actor2) == (
        "Islamic State (Iraq)",
        "Military Forces of Iraq (2014-2018)",
    )


def test_a_group_named_with_its_acronym_and_killed_is_hit() -> None:
    acled = _acled(
        "Four members of the Syrian Democratic Forces (SDF) were killed in an attack by Islamic "
        "State militants near Hajin in Deir ez-Zor province on Monday.",
        "armed_clash",
    )
    assert acled.actor1 is not None and acled.actor1.startswith("Islamic State")
    assert acled.actor2 == "SDF: Syrian Democratic Forces"


def test_an_armed_agent_after_by_beats_an_unarmed_actor_before_the_trigger() -> None:
    acled = _acled(
        "The UN envoy deplored air strikes by the Saudi-led coalition on a market in Saada "
        "province, which killed 9 civilians.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Saudi Arabia"
    assert acled.actor2 == "Civilians (Yemen)"


def test_an_armed_actor_compounded_with_the_strike_is_its_agent() -> None:
    acled = _acled(
        "Four PKK militants were killed by Iranian shelling and Turkish drone strikes near "
        "Qamishli in Hasakah province on Monday.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Turkey (2002-)"


def test_a_government_that_fights_is_coded_as_its_forces() -> None:
    acled = _acled(
        "The GNA shelled positions of the Libyan National Army south of Tripoli on Monday.",
        "shelling",
    )
    assert acled.actor1 == "Military Forces of Libya (2016-) Government of National Accord"
    assert acled.actor2 == "Military Forces of Libya (2014-) Haftar Faction"
    acled = _acled(
        "The Kenyan government signed a peace deal with Somalia in Nairobi.", "agreement"
    )
    assert acled.actor1 == "Government of Kenya (2013-2022)"


def test_people_counted_by_nationality_are_civilians_of_that_country() -> None:
    # "a Palestinian" is a person of that nation, hit by the forces that shot him; the event is
    # told in Jenin, and the victim is coded with his own country.
    acled = _acled(
        "Israeli forces shot dead a young Palestinian in the city of Jenin in the West Bank on "
        "Wednesday, the health ministry said.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Military Forces of Israel (2009-2021)"
    assert acled.actor2 == "Civilians (Palestine)"
    passive = _acled(
        "Two Palestinians were killed by Israeli soldiers near Nablus in the West Bank on Friday.",
        "attack_on_civilians",
    )
    assert passive.actor1 == "Military Forces of Israel (2009-2021)"
    assert passive.actor2 == "Civilians (Palestine)"


def test_a_nationality_before_another_noun_is_no_victim() -> None:
    # "a Turkish drone", "two Iraqi soldiers": the nationality qualifies the noun after it.
    acled = _acled(
        "A Turkish drone strike killed two Iraqi soldiers near Sinjar in Nineveh province on "
        "Monday.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Turkey (2002-)"
    assert acled.actor2 is not None and acled.actor2.startswith("Military Forces of Iraq")


def test_shells_fired_by_no_one_named_are_an_unidentified_groups() -> None:
    # ACLED codes the author of shelling a report does not name as an unidentified armed group
    # of the event's country (air strikes are not: only states fly).
    acled = _acled(
        "Mortar shells struck the Bab Touma neighbourhood of Damascus on Monday, injuring "
        "seven civilians.",
        "shelling",
    )
    assert acled.actor1 == "Unidentified Armed Group (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_the_owner_of_the_positions_hit_is_hit() -> None:
    # The attack is aimed at the positions: their owner is actor2, before or after the trigger.
    acled = _acled(
        "Russian warplanes pounded ISIS positions near Palmyra in Homs province on Sunday.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"
    assert acled.actor2 == "Islamic State (Syria)"
    passive = _acled(
        "Several ISIS hideouts were destroyed in army airstrikes near al-Mayadin in Deir Ezzor "
        "province on Sunday.",
        "airstrike",
    )
    assert passive.actor1 == "Military Forces of Syria (2000-2024)"
    assert passive.actor2 == "Islamic State (Syria)"


def test_who_reports_the_act_is_outside_the_clause_that_tells_it() -> None:
    # "X told Y that [gunmen opened fire]": the police official frames the report.
    acled = _acled(
        "A police officer in Kirkuk told Anadolu Agency that gunmen opened fire on a bus near "
        "Hawija on Monday, killing two passengers.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert acled.actor2 == "Civilians (Iraq)"


def test_who_tells_it_after_the_act_is_on_neither_side() -> None:
    # "..., the Houthi group said": the teller closes the sentence, after the trigger.
    acled = _acled(
        "Warplanes struck the port of Hodeidah on Wednesday, the Houthi group said.",
        "airstrike",
    )
    assert acled.actor1 != "Houthi Movement (Ansar Allah)"
    assert acled.actor2 != "Houthi Movement (Ansar Allah)"
    assert "Houthi" not in f"{acled.actor1} {acled.actor2}"


def test_the_agent_opening_the_trigger_acts() -> None:
    # "the air force attacked": the trigger's phrase opens with its agent.
    acled = _acled(
        "On Thursday the air force attacked rebel positions in Douma in Rif Dimashq province.",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"


def test_demonstrators_who_vandalise_are_rioters() -> None:
    # ACLED names the crowd by what it did: a violent demonstration's crowd are rioters, though
    # the trigger opens with "Demonstrators" (which makes them its agent).
    events = _events(
        "Hundreds of workers staged a demonstration in Gazipur city in Dhaka division on Monday. "
        "Demonstrators vandalized several vehicles during the demonstration."
    )
    riots = [e for e in events if e.event_type == "riot"]
    assert riots and riots[0].acled is not None
    assert riots[0].acled.actor1 == "Rioters (Bangladesh)"


def test_the_peshmerga_are_the_kurdistan_regions_forces() -> None:
    acled = _acled(
        "One Peshmerga was killed when Islamic State militants attacked their unit near Kifri "
        "in Diyala province on Tuesday.",
        "armed_clash",
    )
    assert acled.actor1 == "Islamic State (Iraq)"
    assert acled.actor2 == "Military Forces of the Kurdistan Regional Government (Peshmerga)"


def test_an_accusation_reported_names_no_author() -> None:
    # "they claimed the army was responsible": the militants' word, not the report's.
    acled = _acled(
        "A car bomb killed four people in the Sumaria area of Damascus on Thursday. The "
        "militants claimed the Syrian army was responsible for the blast.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_the_side_of_who_speaks_is_no_agent() -> None:
    # "a Kurdish police official announced", "the deputy director of police ... told":
    # the police tell of the bomb; the Peshmerga were its target.
    events = _events(
        "A roadside bomb killed a Peshmerga soldier in Bashir village in Kirkuk province on "
        "Thursday, a Kurdish police official announced. “The bomb went off as Peshmerga forces "
        "drove past Bashir this morning,” Karwan Aziz, the deputy director of police in "
        "Kirkuk, told reporters."
    )
    bombs = [e for e in events if e.event_type == "explosive_attack"]
    assert bombs and bombs[0].acled is not None
    assert bombs[0].acled.actor1 == "Unidentified Armed Group (Iraq)"
    assert bombs[0].acled.actor2 == (
        "Military Forces of the Kurdistan Regional Government (Peshmerga)"
    )


def test_clashes_between_two_sides_name_both_in_the_order_told() -> None:
    acled = _acled(
        "Fierce clashes broke out between the SDF and ISIS militants near Manbij in Aleppo "
        "province on Sunday.",
        "armed_clash",
    )
    assert acled.actor1 == "SDF: Syrian Democratic Forces"
    assert acled.actor2 == "Islamic State (Syria)"


def test_the_second_side_of_a_clash_may_be_counted_and_named_by_its_group() -> None:
    # "and around ten rebels from the Taliban": the count does not hide the second side, and
    # the rebels are the group they are told of.
    acled = _acled(
        "The fighting between the troops and around ten rebels from the Taliban took place "
        "near a village in Kunduz province on Monday.",
        "armed_clash",
    )
    assert acled.actor1 is not None and acled.actor1.startswith("Military Forces of Afghanistan")
    assert acled.actor2 == "Taliban"


def test_rebel_fighters_and_forces_loyal_to_the_president_are_the_two_sides() -> None:
    # "rebel fighters" are rebels; "troops loyal to President Bashar al-Assad" are the
    # state's forces, the leader named after them a person of his own.
    acled = _acled(
        "The monitor reported fighting between rebel fighters and troops loyal to President "
        "Bashar al-Assad in the Hajar al-Aswad district of Damascus on Thursday.",
        "armed_clash",
    )
    assert acled.actor1 == "Opposition Rebels (Syria)"
    assert acled.actor2 == "Military Forces of Syria (2000-2024)"


def test_policemen_killed_are_the_police() -> None:
    acled = _acled(
        "At least eight policemen were killed after the Taliban stormed a checkpoint in Balkh "
        "province on Sunday.",
        "armed_clash",
    )
    assert acled.actor1 == "Taliban"
    assert acled.actor2 == "Police Forces of Afghanistan (2014-2021)"


def test_the_towns_a_shelling_was_aimed_at_are_civilians_hit() -> None:
    # No count and no homes: the populated places aimed at tell the civilians hit.
    acled = _acled(
        "Terrorists launched rockets at the two besieged towns of al-Fouaa and Kafraya, Idlib "
        "province, on Tuesday.",
        "shelling",
    )
    assert acled.actor2 == "Civilians (Syria)"


def test_government_forces_are_the_states_military() -> None:
    acled = _acled(
        "Houthi rebels clashed with government forces in Nehm district of Sanaa province on "
        "Sunday.",
        "armed_clash",
    )
    assert acled.actor1 == "Houthis"
    assert acled.actor2 == "Military Forces of Yemen (2012-2022)"


def test_a_speaker_telling_its_own_act_is_the_agent() -> None:
    # "the army said it killed": the pronoun after the statement verb is the speaker.
    acled = _acled(
        "The Syrian army said on Sunday that its units had killed 20 terrorists in Idlib province.",
        "armed_clash",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Opposition Rebels (Syria)"


def test_a_capitalised_headline_names_the_attacker_by_its_adjective() -> None:
    # Headlines capitalise their nouns: "Israeli Drone Strike" is Israel's, as "Israeli drone
    # strike" is.
    acled = _acled(
        "Israeli Drone Strike Kills 3 Fighters in Quneitra Province of Syria",
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Israel (2009-2021)"


def test_strikes_led_by_a_country_are_its_coalitions() -> None:
    acled = _acled("US-led Air Strikes Kill 7 Nusra Gunmen in Idlib Province", "airstrike")
    assert acled.actor1 == "International Coalition Forces"


def test_a_headline_date_is_no_count_of_the_hit() -> None:
    # "2016 Daesh kidnapped": the year before the group is a date, not "2016 members killed".
    acled = _acled(
        "Fri Jun 24 2016 Daesh kidnapped 900 civilians in al-Bab in Aleppo province.",
        "abduction",
    )
    assert acled.actor1 == "Islamic State (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_a_person_the_article_quotes_did_not_set_off_the_bomb() -> None:
    # The governor is quoted in one sentence; in the next, a long relative clause hides his
    # "said" from the sentence's reading, but he is still the one telling.
    acled = _acled(
        "Twin car bombs killed 28 people near a school in Homs on Wednesday. The Homs governor, "
        "Adel Mansour, said the bombing was cowardly. Mansour, whose remarks were made on a tour "
        "of the wards where those hurt by the car bombs were being treated, thanked the "
        "doctors.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Syria)"


def test_the_teller_of_an_according_to_phrase_is_on_neither_side() -> None:
    # The police tell it and are its target; the unknown gunmen of the clause act.
    acled = _acled(
        "According to a police statement, unknown gunmen opened fire at a checkpost in Bannu "
        "district of Khyber Pakhtunkhwa, targeting police personnel.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Pakistan")


def test_a_closing_according_to_names_no_side() -> None:
    events = _events(
        "Militants shot dead two farmers in a village of Bannu district of Khyber "
        "Pakhtunkhwa on Monday, according to army officials."
    )
    acled = next(e.acled for e in events if e.event_type == "attack_on_civilians")
    assert acled is not None
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 == "Civilians (Pakistan)"


def test_the_side_that_fires_back_is_the_one_attacked() -> None:
    # The attackers are told in the sentence before; the police firing back are actor2.
    events = _events(
        "Gunmen attacked a checkpoint in Bannu district of Khyber Pakhtunkhwa on Thursday. "
        "The policemen returned fire, killing two of the gunmen."
    )
    clash = next(e for e in events if e.event_type == "armed_clash")
    assert clash.acled is not None
    assert clash.acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert clash.acled.actor2 is not None
    assert clash.acled.actor2.startswith("Police Forces of Pakistan")


def test_the_owner_of_a_convoy_attacked_is_hit() -> None:
    # The army owns the convoy the attack is aimed at: it is hit, not the agent.
    acled = _acled(
        "Two soldiers were injured in an attack on an army convoy in Bannu district of "
        "Khyber Pakhtunkhwa on Thursday.",
        "armed_clash",
    )
    assert acled.actor2 is not None and acled.actor2.startswith("Military Forces of Pakistan")
    assert acled.actor1 is None or not acled.actor1.startswith("Military Forces")


def test_firing_back_told_in_another_clause_leaves_the_sides() -> None:
    # The militants first told are no subject of "repulsed": its subject is another clause's.
    acled = _acled(
        "Thirty Taliban militants and two soldiers were killed when Afghan forces repulsed "
        "militant attacks on checkpoints in Shahrak district, Ghor.",
        "armed_clash",
    )
    assert acled.actor1 == "Taliban"


def test_an_attack_repulsed_is_the_attackers_act() -> None:
    # "repulsed their attack": the police defend, the Taliban attacked.
    acled = _acled(
        "Six Taliban fighters died as police forces repulsed their attack on a checkpoint in "
        "Nad Ali district of Helmand province on Thursday.",
        "armed_clash",
    )
    assert acled.actor1 == "Taliban"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Afghanistan")


def test_the_one_killed_told_by_one_or_at_least_a_count_is_hit() -> None:
    # "killed one army ranger": the ranger's army is hit, the bomb's planters unnamed.
    acled = _acled(
        "In Narathiwat province a roadside bomb on Monday killed one army ranger and hurt "
        "three more.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Thailand)"
    assert acled.actor2 == "Military Forces of Thailand"
    # (the toll's count and the article before it are no agent either)
    acled = _acled(
        "A car bomb killed at least five soldiers at a checkpoint in Mogadishu on Monday.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Somalia)"
    assert acled.actor2 == "Military Forces of Somalia"
