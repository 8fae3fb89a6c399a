"""Event types of the forty-fifth round (kenya65): people seized are abducted, not goods taken;
the forces abducted on duty are a battle with their side; a grenade thrown at forces or guards
who answer it with their guns is an armed clash; one protester shot, and demonstrators shot by
riot police, suffer excessive force."""

from __future__ import annotations

from tests.unit.extraction.events.articles import actor1, main_event, sides_of


def test_people_seized_are_abducted() -> None:
    assert sides_of("Gunmen seized two farmers near Kandi, Benin, on Sunday.") == [
        ("abduction", "Unidentified Armed Group (Benin)", "Civilians (Benin)")
    ]
    event = main_event(
        "Three aid workers were seized from their residence in Mandera, Kenya, by gunmen."
    )
    assert event.event_type == "abduction"
    assert event.codes.acled_sub_event_type == "Abduction/forced disappearance"
    assert actor1(event) == "Unidentified Armed Group (Kenya)"
    event = main_event("Bandits seized a trader and his son on the road to Dapaong, Togo.")
    assert event.event_type == "abduction"


def test_people_seized_and_killed_are_attacked() -> None:
    event = main_event(
        "Attackers seized two herdsmen near Banikoara, Benin, and slit their throats."
    )
    assert event.event_type == "attack_on_civilians"


def test_goods_and_towns_seized_stay_what_they_were() -> None:
    # goods, the people's goods and a town are no captives
    assert main_event("Police seized two trucks of charcoal in Parakou, Benin.").event_type == (
        "property_seized"
    )
    assert main_event("Customs officers seized the traders' goods at Kraké, Benin.").event_type == (
        "property_seized"
    )
    assert main_event("Rebels seized the town of Djibo, Burkina Faso, on Monday.").event_type == (
        "territory_taken"
    )


def test_the_forces_abducted_on_duty_are_fought() -> None:
    event = main_event("On 5 May, unidentified gunmen abducted a police officer in Ogun, Nigeria.")
    assert event.event_type == "armed_clash"
    assert event.codes.acled_event_type == "Battles"
    assert actor1(event) == "Unidentified Armed Group (Nigeria)"
    event = main_event("Militants abducted two soldiers near Fada N'Gourma, Burkina Faso.")
    assert event.event_type == "armed_clash"
    event = main_event("A police constable was kidnapped by Maoists in Bijapur district, India.")
    assert event.event_type == "armed_clash"


def test_civilians_the_off_duty_and_the_forces_kin_stay_abducted() -> None:
    # the forces last in a list of the taken, and the forces named after the taken
    event = main_event(
        "A health worker, his driver and two police constables were kidnapped by militants in "
        "Zhob district, Pakistan."
    )
    assert event.event_type == "abduction"
    event = main_event(
        "Gunmen kidnapped three children near Kandi, Benin, and the police did not react."
    )
    assert event.event_type == "abduction"
    event = main_event("Gunmen kidnapped the wife of a police officer in Kaduna, Nigeria.")
    assert event.event_type == "abduction"
    event = main_event(
        "Al Shabaab militants abducted an off-duty soldier travelling on a minibus near Balcad."
    )
    assert event.event_type == "abduction"
    event = main_event("Gunmen kidnapped a district education officer in Tanguieta, Benin.")
    assert event.event_type == "abduction"


def test_a_grenade_the_forces_answer_with_gunfire_is_a_clash() -> None:
    event = main_event(
        "Militants threw a hand grenade at a police station in Mogadishu, Somalia. "
        "Police reacted with gunfire towards the attackers."
    )
    assert event.event_type == "armed_clash"
    assert event.codes.acled_sub_event_type == "Armed clash"
    assert actor1(event) == "Unidentified Armed Group (Somalia)"
    event = main_event(
        "Suspected militants hurled a grenade at a patrol in Wajir, Kenya. "
        "The police opened fire after the blast."
    )
    assert event.event_type == "armed_clash"
    event = main_event(
        "Attackers threw a grenade at the residence of a district commissioner in Sopore, India. "
        "His bodyguards responded by firing in the direction of the attackers."
    )
    assert event.event_type == "armed_clash"


def test_a_grenade_with_no_fire_back_stays_a_grenade() -> None:
    event = main_event(
        "Unknown men threw a grenade into a bar in Garissa, Kenya, injuring five patrons. "
        "Police later arrested two suspects."
    )
    assert event.event_type == "grenade"
    event = main_event(
        "Militants lobbed a grenade at a police post in Anantnag, India. "
        "The grenade missed and exploded on the road."
    )
    assert event.event_type == "grenade"


def test_government_forces_opening_fire_after_the_grenade() -> None:
    event = main_event(
        "Militants threw a hand grenade at government forces in Hodan, Somalia. "
        "Government forces (assumed military) opened gunfire after the explosion."
    )
    assert event.event_type == "armed_clash"


def test_a_grenade_thrown_by_men_who_also_fire_at_the_forces_is_a_fight() -> None:
    event = main_event(
        "Unknown militants attacked a police post in Loralai, Pakistan, by opening fire at the "
        "post and hurling a hand grenade at the policemen."
    )
    assert event.event_type == "armed_clash"
    assert actor1(event) == "Unidentified Armed Group (Pakistan)"
    event = main_event(
        "Assailants attacked a checkpoint in Wajir, Kenya, hurling grenades and firing their "
        "weapons at the soldiers."
    )
    assert event.event_type == "armed_clash"
    # at a market, a bar: the grenade stays a grenade
    event = main_event("Gunmen opened fire and hurled grenades into a bar in Gao, Mali.")
    assert event.event_type == "grenade"


def test_one_protester_shot_or_killed_by_the_forces_is_excessive_force() -> None:
    event = main_event("Police shot a protester in Cotonou, Benin, on Friday.")
    assert event.event_type == "protest_repressed"
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"
    assert actor1(event).startswith("Police Forces of Benin")
    event = main_event("One demonstrator was killed by gendarmes in Lome, Togo.")
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"


def test_riot_police_make_no_riot() -> None:
    event = main_event("Riot police shot two demonstrators in Kisumu, Kenya.")
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"
    event = main_event("Riot police open fire on opposition protesters in Kisumu; several injured.")
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"
    event = main_event("Riot police fired tear gas at demonstrators in Cotonou, Benin.")
    assert event.codes.acled_sub_event_type == "Protest with intervention"
    # the crowd's stones still make the riot
    event = main_event("Protesters stoned riot police in Kisumu, Kenya.")
    assert event.codes.acled_event_type == "Riots"
