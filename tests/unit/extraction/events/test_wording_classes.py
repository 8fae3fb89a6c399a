"""Event types by classes of wording seen in other regions' notes (issue 11): who acts when a
phrase names its head before "of", the grievance of a strike or shutdown, crowd actions."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _main(body: str) -> EventMessage:
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the head of "supporters of a candidate" acts, not the candidate
        (
            "On 3 June 2023, supporters of a mayoral candidate assaulted two shopkeepers in Comilla town.",
            "Mob violence",
        ),
        # rivals and henchmen in a feud are a crowd
        (
            "On 3 June 2023, rivals assaulted and killed a farmer in Bogra over a pond.",
            "Mob violence",
        ),
        (
            "On 3 June 2023, a ward councillor and his accomplices assaulted a journalist in Pabna.",
            "Mob violence",
        ),
        # the hit is the head too: the wife of a soldier is a civilian
        ("The wife of a soldier was killed by gunmen in Kano on Monday.", "Attack"),
        # a role in a group takes the group's kind: the chief of a militia is armed
        ("The chief of a local militia beat up a trader in Kalehe on Monday.", "Attack"),
    ],
)
def test_the_head_of_a_phrase_acts_or_is_hit(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        # the wrong a shutdown or a bandh is called over is its grievance, not an event
        "On 3 June 2023, two parties called a bandh in Howrah in protest of the killing of a trader.",
        "On 3 June 2023, a shutdown was observed in Silchar against the killing of a youth.",
        # the wrong a protest alleges
        "On 3 June 2023, farmers protested in Agra demanding the transfer of an officer, alleging that he assaulted two farmers.",
        # the victim named by a participle before the noun
        "On 3 June 2023, relatives of a murdered shopkeeper staged a sit-in in Patna.",
    ],
)
def test_the_wrong_a_protest_is_about_is_no_attack(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        # labour action begun, carried on or observed
        "On 3 June 2023, junior doctors started an indefinite strike in Lucknow over unpaid stipends.",
        "On 3 June 2023, bank employees continued their strike in Kochi against the merger.",
        "On 3 June 2023, lawyers observed cease work at the district court in Madurai.",
        # forms of protest of the region
        "On 3 June 2023, traders staged a road roko near the bus stand in Salem.",
        "On 3 June 2023, teachers held a sit-in-dharna outside the education office in Mohali.",
        "On 3 June 2023, opposition workers burnt an effigy of the chief minister in Shimla.",
        "On 3 June 2023, hundreds gathered in Taunggyi to show their support for the peace talks.",
        # a party's campaign of blockades, not troops closing roads nor a sponsor's money
        "On 3 June 2023, the countrywide transport blockade, sponsored by an opposition alliance, entered its fifth day in Rajshahi.",
    ],
)
def test_forms_of_protest(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        # arson by a crowd in protest, told in the terse present of notes
        "Students burn a hostel in Eldoret in protest over the expulsion of their leaders.",
        "A crowd sets a lorry on fire in Thika to protest the death of a hawker.",
        "Voters burned ballot boxes in Garissa to protest the late opening of the polls.",
        # breaking in, in protest
        "Residents broke into the county offices in Lodwar in protest over insecurity.",
        # the adverb after the verb, or in quotes before it
        "Youths demonstrated violently in Busia over the closure of the market.",
        'Students "violently" protested in Kisii against the new fees.',
    ],
)
def test_crowd_arson_and_violence_in_protest_is_a_riot(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "body",
    [
        # the demonstration the victims were going to, or were hit for, is the occasion, not a riot
        "On 3 June 2023, supporters of the ruling party assaulted four opposition activists in Feni for joining an anti-government rally.",
        "On 3 June 2023, party workers assaulted six opposition members in Noakhali as they were heading to join a demonstration.",
        # a crowd demanding money is extorting, not protesting
        "On 3 June 2023, supporters of the ruling party assaulted a shopkeeper in Sylhet, demanding money.",
    ],
)
def test_a_demonstration_as_occasion_does_not_make_a_mob_a_riot(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the "by" phrase after a noun or a bare participle acts; the victims before are hit
        ("Six herders killed during a raid by cattle rustlers near Baragoi.", "Attack"),
        ("Three villagers killed in an attack by bandits in Kapedo.", "Attack"),
        # ... and the target after "on" is hit
        ("An attack by militants on a police post in Mandera left two dead.", "Armed clash"),
    ],
)
def test_the_agent_after_by_acts(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


def test_an_encounter_is_a_shoot_out_not_a_brawl() -> None:
    body = "Two suspected rebels and a villager were killed in an encounter in Kupwara on Monday."
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # bonfires set and property stoned by a demonstration's crowd
        "Traders set bonfires on the main road in Kakamega over the relocation of their market.",
        "Students held a demonstration over fees in Kakamega. They stoned some cars on campus before police intervened.",
        "Hawkers protested in Nakuru and engaged in running battles with county officers.",
    ],
)
def test_bonfires_stones_and_running_battles_are_a_riot(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "body",
    [
        "Police shot dead four suspects in Kayole, Nairobi, on Sunday night.",
        "Police gunned down two men suspected of robbing a bank in Thika.",
    ],
)
def test_suspects_the_police_kill_are_a_side_in_a_clash(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # the terse present of notes
        "Elders demonstrate in Embu over unpaid allowances.",
        "A group of hawkers marches to demand the reopening of the market in Kisii.",
    ],
)
def test_protests_told_in_the_present(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


def test_troops_marching_are_no_protest() -> None:
    article = ArticleMessage(
        id="t", body="Troops march in the parade in Nairobi.", published_at="2023-06-10T12:00:00Z"
    )
    assert [e.event_type for e in extract_events(article)] == []


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # vehicles burnt by people the report does not name: a crowd's arson
        ("Unknown assailants set a minibus ablaze in Bogra on Sunday night.", "Mob violence"),
        ("Two trucks were torched on the highway near Feni on Monday.", "Mob violence"),
        # an armed group's arson stays property destruction, or part of its attack
        ("Gunmen set fire to a truck on the highway near Gao.", "Looting/property destruction"),
        (
            "Militants attacked an army camp in Diffa, killed two soldiers and burned the camp and its vehicles.",
            "Armed clash",
        ),
    ],
)
def test_vehicles_burnt_by_the_unnamed_are_a_crowds_act(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a party's cadres clashing with the police are a crowd, not an armed group
        (
            "Cadres of a regional front clashed with police near the border post in Birgunj on Monday.",
            "Mob violence",
        ),
        (
            "Workers of two parties and their cadres clashed in Rajbiraj over a council project.",
            "Mob violence",
        ),
        # those who enforce a shutdown are demonstrators
        (
            "Bandh enforcers clashed with security personnel in Janakpur on Monday.",
            "Violent demonstration",
        ),
        # an armed group's cadres still fight
        (
            "Cadres of the People's Liberation Army attacked a police patrol in Tamenglong on Monday.",
            "Armed clash",
        ),
    ],
)
def test_party_cadres_and_shutdown_enforcers_are_crowds(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


def test_armed_men_breaking_in_are_no_riot() -> None:
    body = "Armed men broke into a shop in Choloma and shot dead the owner."
    assert _main(body).codes.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    "body",
    [
        # a demonstration stopped, by the police or by rivals
        "On 3 June 2023, opposition lawyers marched in Dhaka over the new cases. Police foiled the march near the court.",
        "On 3 June 2023, members of a rival student wing obstructed the human chain of a small party in Sylhet.",
        # teargassed, the present of notes, batons charged
        "Police teargassed nurses who were protesting outside the ministry in Nairobi over pay.",
        "Supporters protest the delay of the results in Bungoma; anti-riot police intervene to keep order.",
        "On 3 June 2023, opposition members held a rally in Barisal. Police charged batons at the protesters.",
    ],
)
def test_demonstrations_stopped_are_protests_with_intervention(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "body",
    [
        # whom a protest accuses, and those it wants punished
        "On 3 June 2023, nurses staged a protest in Sylhet, accusing a ward boy of the ruling party's youth wing of beating up a colleague.",
        "On 3 June 2023, traders formed a human chain in Jessore, calling on police to find those responsible for the killing of a shopkeeper.",
        # an earlier event the protest recalls
        "On 3 June 2023, party members staged a protest in Tangail on the anniversary of the prior murder of their leader.",
    ],
)
def test_whom_a_protest_accuses_is_its_grievance(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


def test_an_earlier_attack_recalled_is_not_the_event() -> None:
    body = "Police arrested two men in Garissa on Monday, a week after the previous attack on the market."
    article = ArticleMessage(id="t", body=body, published_at="2023-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == ["arrest"]


@pytest.mark.parametrize(
    "body",
    [
        # an aim is no intervention
        "On 3 June 2023, workers protested outside the mill in Bishkek over back pay and urged the authorities to intervene.",
        "On 3 June 2023, fans staged a protest in Sao Paulo in defence of democracy, to prevent a rally by the other side.",
    ],
)
def test_an_intervention_asked_for_or_aimed_at_is_none(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        # local police and bodyguards are armed: killing them is a clash
        "On 3 June 2023, two Arbakis were killed following an attack by insurgents in Balkh.",
        "On 3 June 2023, a councillor's two bodyguards were shot dead by gunmen in Kabul.",
    ],
)
def test_local_police_and_bodyguards_are_armed(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "body",
    [
        # a shoot-out written apart, and the ones attacked firing back
        "Bandits raided a village near Baragoi on Monday; a shoot out ensued.",
        "Bandits raided a farm in Laikipia on Monday; the police fought back.",
    ],
)
def test_a_shootout_written_apart_and_returned_fire_are_a_clash(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Armed clash"
