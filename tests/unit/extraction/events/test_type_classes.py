"""Event types by who is armed, who is hurt and what the crowd did (issue 11): classes of
wording a coder in any country recognises, told here in invented reports from several regions."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    return extract_events(article)


def _main(body: str) -> EventMessage:
    event = primary_event(_events(body))
    assert event is not None, body
    return event


@pytest.mark.parametrize(
    "body",
    [
        # the group's own name and its generic noun are one agent; the driver is unarmed
        "Three Al-Shabaab militants shot dead a county driver in Lamu on Friday.",
        # an ethnic militia killing herders it names by their people: the herders are hit
        "A Dogon militia killed five Fulani herders in Bankass on Monday.",
        "Pokot raiders killed three Turkana herders in Kapedo on Monday.",
        # fire "at" a home hits its people; a former commander is hit as a civilian
        "Gunmen opened fire at the house of an ex-Ansar Dine commander in Kidal on Friday.",
    ],
)
def test_an_armed_group_killing_people_named_as_unarmed_attacks_them(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    "body",
    [
        # armed on both sides: a battle
        "Gunmen attacked a police post in Mandera on Friday, killing two officers.",
        # a member of an armed group is the group's, whatever "member" says
        "Security forces killed a suspected Boko Haram member in Maiduguri on Monday.",
        # a list of the hit that names armed men is no list of unarmed people
        "On 17 March 2020, one insurgent, four policemen, and a civilian were killed when Taliban militants attacked a checkpoint in Badghis.",
        # the village after "in" is where the attack was, not whom it hit
        "Three soldiers were killed during another attack by Taliban militants in the Bota village of Kunduz.",
    ],
)
def test_armed_men_hitting_armed_men_is_a_clash(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # the crowd's own violence is no grievance of its protest
        "Four are hurt as demonstrators protesting the abduction and murder of a trader engage in running battles with police in Kumasi.",
        "A protest against a mining firm turns violent in Tarkwa.",
        # a demonstration as the subject of its turn to violence
        "On 3 June 2023, rival parties staged rowdy rallies which descended into violence in Tamale.",
        # fires lit and roads barricaded by a crowd, in the present or the gerund
        "On 3 June 2023, students protested poor water supply in Cotonou by blocking a road and lighting fires.",
        "Motorcycle taxi drivers barricade a road in Lome in protest over a new tax.",
        # a crowd the report calls rioters
        "On 3 June 2023, rioters were dispersed by police in Bamako.",
    ],
)
def test_what_the_crowd_did_makes_the_riot(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a riot protested is the grievance, not the event (the crowd's own riot is none)
        (
            "On 3 June 2023, hundreds of people protested against the riots of last week in Lagos.",
            "Peaceful protest",
        ),
    ],
)
def test_a_riot_protested_is_no_riot(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "Thousands protest police raids on media houses in Nairobi.",
        "Residents protest repeated attacks by bandits in Zamfara.",
    ],
)
def test_the_terse_transitive_protest_names_its_grievance(body: str) -> None:
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    assert [e.event_type for e in _events(body)] == ["protest"]


def test_fire_opened_on_a_demonstration_named_at_length_is_excessive_force() -> None:
    body = (
        "On 3 June 2023, police opened fire on the torch-lit opposition alliance procession in "
        "Rajshahi, killing one activist."
    )
    event = _main(body)
    assert event.codes.acled_sub_event_type == "Excessive force against protesters"
    # (deadly force since 2019: the force first, the crowd hit; tenth round, actors)
    assert event.acled.actor1.startswith("Police Forces of Bangladesh")
    assert event.acled.actor2 == "Protesters (Bangladesh)"


def test_fire_into_the_air_is_not_fire_on_the_crowd() -> None:
    body = "On 3 June 2023, police shot into the air to break up a crowd of traders in Kano."
    assert all(e.event_type != "protest_repressed" for e in _events(body))


def test_demonstrators_who_riot_make_a_riot_whatever_force_met_them() -> None:
    body = (
        "On 3 June 2023, protesters stoned the police station in Kasese and police opened fire "
        "on the protesters, killing two."
    )
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # petrol bombs, Molotov cocktails and crude bombs are a crowd's weapon like stones,
        # typed by who throws them: unnamed assailants or a crowd commit mob violence
        (
            "Unknown assailants threw a petrol bomb into a moving bus in Rajshahi on Monday, hurting four passengers.",
            "Mob violence",
        ),
        (
            "Unidentified men threw cocktail bombs at the house of a councillor in Khulna on Monday.",
            "Mob violence",
        ),
        # demonstrators and those enforcing a blockade riot
        (
            "Blockade supporters hurled petrol bombs at a truck in Bogra on Monday.",
            "Violent demonstration",
        ),
        (
            "Protesters threw stones and Molotov cocktails at the police in Bamako on Monday.",
            "Violent demonstration",
        ),
        # an armed group throwing them attacks the people hit
        (
            "Militants threw a petrol bomb at a crowded bus in Peshawar on Monday, wounding six.",
            "Attack",
        ),
        # a grenade stays a grenade
        ("A man threw a grenade at a shop in Quetta on Monday, injuring three.", "Grenade"),
    ],
)
def test_incendiaries_are_typed_by_who_throws_them(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        # fire exchanged between two armed sides is a battle, whoever it hit
        "A shopkeeper was killed in firing across the frontier between Pakistani and Indian troops in Poonch on Monday.",
        "A herder was wounded in firing by Indian and Pakistani troops on the border near Arnia on Monday night.",
        "Pakistani and Indian soldiers targeted each other along the frontier in Balakot on Monday evening.",
        # hyphenated gun-battle
        "A gun-battle broke out between militants and the army near Tangdhar on Monday.",
        # an attack naming no one hit after it: its dead are armed men
        "Some fifteen soldiers died on Monday as armed groups attacked the north of Burkina Faso.",
        "Three soldiers were killed when militants attacked the town of Djibo on Monday.",
    ],
)
def test_fire_between_two_armed_sides_and_an_attack_on_armed_dead_are_battles(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # an active verb names the agent, not the hurt: the children are hit
        "On 2 June 2022, a sniper wounded three children near Homs.",
        # "between" two places is no fight between two sides
        "Gunmen shot dead two traders on the road between Kano and Zaria on Monday.",
    ],
)
def test_unarmed_people_hit_by_armed_men_stay_an_attack(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # an abduction whose victim is killed in its telling is an attack: the graver act
        ("Gunmen abducted and killed a teacher in Wote on Monday.", "Attack"),
        ("A clan militia abducts and kills three civilians near Komor on Monday.", "Attack"),
        (
            "The company director was kidnapped in Kanduyi on Monday and later tortured to death.",
            "Attack",
        ),
        # held for ransom, or another side killing: still an abduction
        (
            "Gunmen kidnapped three traders in Kaduna on Monday and demanded a ransom.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_an_abduction_ending_in_a_killing_is_an_attack(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        # the place taken named by its kind, with its adjectives, after a verb of capturing
        "Militants captured a key port town in Cabo Delgado on Friday following days of attacks.",
        # the place as the subject of 'fall'
        "Two districts in Shabwa have fallen to the rebels on Friday, an official said.",
        # 'took over' a place, not property
        "Al-Shabaab militants took over the town of Bulo Burde on Friday.",
    ],
)
def test_a_place_taken_told_by_what_the_taking_did_is_territory_taken(body: str) -> None:
    events = _events(body)
    assert [e.event_type for e in events] == ["territory_taken"], body
    assert events[0].codes.acled_sub_event_type == "Non-state actor overtakes territory"


def test_taking_up_positions_is_no_capture() -> None:
    body = "Soldiers have taken up positions around the town of Kismayo on Friday."
    assert "territory_taken" not in [e.event_type for e in _events(body)]


def test_an_armed_group_liberating_ground_overtakes_it() -> None:
    # only a government (and its militias) regains ground; rebels 'liberating' a town take it
    rebels = _main("Houthi rebels liberated the town of Harib in Marib on Friday.")
    assert rebels.event_type == "territory_taken"
    army = _main("Somali government forces re-captured the town of Bulomarer on Friday.")
    assert army.event_type == "territory_regained"


def test_a_capture_told_after_the_leads_attack_is_its_own_event() -> None:
    # the lead's attack in generic words does not take in the town taken after it
    body = (
        "A military base was attacked by Al-Shabaab militants in Baidoa on Monday.\n\n"
        "The gunfight lasted over two hours, residents said.\n\n"
        "Al-Shabaab militants who have been fighting the army in the region said they took over the town."
    )
    assert sorted(e.event_type for e in _events(body)) == ["armed_clash", "territory_taken"]
