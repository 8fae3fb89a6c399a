"""Wordings of monitors' terse notes (forty-seventh round, kenya67): armed men sighted, a side
arming itself, security beefed up, and a police station, a police post or a church burnt are
strategic developments; marches told in the present, staged, held or joined are protests; armed
men engaged and clan wars are battles; a good or a right denied to someone undoes no act."""

from __future__ import annotations

from tests.unit.extraction.events.articles import actor1, events_of, main_event


def test_armed_men_sighted_are_present() -> None:
    event = main_event("Fighters of Boko Haram were sighted near Gwoza, Nigeria, on Tuesday.")
    assert event.event_type == "presence"
    assert event.codes.acled_event_type == "Strategic developments"
    event = main_event("Armed bandits have been sighted in forests near Birnin Gwari, Nigeria.")
    assert event.event_type == "presence"
    assert actor1(event) == "Unidentified Armed Group (Nigeria)"


def test_a_side_arming_itself_changes_its_activity() -> None:
    event = main_event("Fulani militias have begun re-arming in Plateau State, Nigeria.")
    assert event.event_type == "recruitment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    assert actor1(event) == "Fulani Ethnic Militia (Nigeria)"
    event = main_event(
        "Dogon hunters armed themselves against Fulani herders near Bankass, Mali, on Sunday."
    )
    assert event.codes.acled_event_type == "Strategic developments"


def test_security_beefed_up_is_a_deployment() -> None:
    event = main_event(
        "Security has been beefed up in Bamako, Mali, ahead of the presidential vote."
    )
    assert event.event_type == "deployment"
    assert event.codes.acled_sub_event_type == "Change to group/activity"
    assert event.locations[0].name == "Bamako"
    event = main_event("Police heightened security in Kampala, Uganda, after a bomb threat.")
    assert event.event_type == "deployment"
    assert event.locations[0].name == "Kampala"
    # the forces stepping up an offensive tell no security beefed up
    event = main_event(
        "Security forces have stepped up operations against bandits in Zamfara, Nigeria, "
        "and killed ten of them."
    )
    assert event.event_type != "deployment"


def test_a_police_station_or_a_church_burnt_is_destroyed_property() -> None:
    event = main_event("Gunmen burned the police station in Djibo, Burkina Faso.")
    assert event.event_type == "property_destroyed"
    assert event.codes.acled_sub_event_type == "Looting/property destruction"
    assert actor1(event) == "Unidentified Armed Group (Burkina Faso)"
    event = main_event("Unknown attackers burnt a church in Bangui, Central African Republic.")
    assert event.event_type == "property_destroyed"
    event = main_event("Separatists burn a police post near Bamenda, Cameroon.")
    assert event.event_type == "property_destroyed"
    assert event.locations[0].name == "Bamenda"
    # demonstrators burning it riot
    event = main_event("Protesters burned the police station in Bangui, Central African Republic.")
    assert event.event_type == "riot"


def test_marches_and_demos_staged_held_or_joined_are_protests() -> None:
    event = main_event("Teachers march in Bouake, Ivory Coast, over unpaid allowances.")
    assert event.event_type == "protest"
    assert event.acled is not None and event.acled.actor1 == "Protesters (Ivory Coast)"
    assert event.locations[0].name == "Bouake"
    assert main_event(
        "Opposition supporters held demos in three districts of Conakry, Guinea."
    ).event_type == ("protest")
    assert main_event(
        "Thousands of party members staged a motorcycle march in Kano, Nigeria, demanding the "
        "release of their leader."
    ).event_type == ("protest")
    event = main_event("About 500 people took part in a peace march in Jos, Nigeria.")
    assert event.event_type == "protest"
    assert event.locations[0].name == "Jos"
    event = main_event(
        "Women's groups participated in the Women's March for peace in Kampala, Uganda."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"

    # a wrong done for joining a demonstration stays the wrong
    event = main_event(
        "Ruling party youths beat a trader in Kumasi, Ghana, for participating in "
        "a demonstration against fuel prices."
    )
    assert event.event_type == "mob_violence"
    assert event.codes.acled_sub_event_type == "Mob violence"


def test_crowds_poured_to_the_streets_or_gathered_to_call_on_protest() -> None:
    event = main_event(
        "Supporters of the governor poured to the streets of Maiduguri, Nigeria, on Monday."
    )
    assert event.codes.acled_event_type == "Protests"
    event = main_event(
        "Residents gathered in Bamako, Mali, to call on the government to reopen the schools."
    )
    assert event.event_type == "protest"


def test_armed_men_engaged_and_clan_wars_are_battles() -> None:
    event = main_event("Nigerian troops engaged Boko Haram fighters near Bama.")
    assert event.event_type == "armed_clash"
    assert actor1(event) == "Military Forces of Nigeria"
    event = main_event(
        "A clan war over grazing land left three people dead near Beledweyne, Somalia."
    )
    assert event.event_type == "armed_clash"
    assert event.acled is not None and event.acled.fatalities == 3
    # engaged to someone, or in talks, is no fight
    event = main_event(
        "A man was killed by a militant in Kidal, Mali, because he got engaged to the militants' "
        "cousin."
    )
    assert event.event_type == "attack_on_civilians"


def test_a_good_or_a_right_denied_undoes_no_act() -> None:
    event = main_event(
        "Nurses denied their wages marched to the health ministry in Islamabad, Pakistan, "
        "on Tuesday."
    )
    assert event.event_type == "protest"
    assert event.acled is not None and event.acled.actor1 == "Protesters (Pakistan)"
    event = main_event("Traders denied access to the market protested in Accra, Ghana.")
    assert event.event_type == "protest"
    assert event.locations[0].name == "Accra"
    # a denial of the act still undoes it
    assert events_of("Police denied shooting protesters in Nairobi, Kenya.") == []
