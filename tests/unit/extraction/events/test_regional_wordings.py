"""Event types from wordings of other regions and coders: South Asian forms of protest, party
wings in brawls, communal militias, crowds turning violent, a demonstration's later sentences."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline, extract_events
from tests.unit.extraction.events.articles import main_event


def _main(body: str) -> EventMessage:
    return main_event(body, "2022-06-10T12:00:00Z")


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, the opposition alliance enforced a dawn-to-dusk hartal in Rajshahi.",
        "On 2 June 2022, traders observed a bandh in Ranchi against the new market levy.",
        "On 2 June 2022, farmers staged a dharna outside the district office in Karnal.",
        "On 2 June 2022, villagers staged a rasta roko on the highway near Karnal.",
        "On 2 June 2022, students gheraoed the vice-chancellor in Patna.",
        "On 2 June 2022, the students' union took out a procession in Patna.",
        "On 2 June 2022, nurses held a candle march in Patna.",
    ],
)
def test_south_asian_forms_of_protest(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the student and youth wings of parties brawl as crowds, not as armed groups
        (
            "On 2 June 2022, members of Chhatra League assaulted two students at the university in Sylhet.",
            "Mob violence",
        ),
        (
            "On 2 June 2022, two factions of the ruling party clashed in Sylhet over a tender.",
            "Mob violence",
        ),
        # people who clash with the police are a crowd, not a side in a battle
        ("On 2 June 2022, activists clashed with the police in Nepalganj.", "Mob violence"),
        (
            "On 2 June 2022, clashes broke out between demonstrators and police in Imphal.",
            "Violent demonstration",
        ),
        # fighting between clans, tribes, ethnic groups or herders is between their militias
        ("On 2 June 2022, two groups of herders clashed over pasture near Wajir.", "Armed clash"),
        (
            "On 2 June 2022, three people died in an ethnic clash between two tribes in Marsabit.",
            "Armed clash",
        ),
    ],
)
def test_who_the_sides_are(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, residents blocked the highway with tyres near Nakuru to demand a bridge.",
        "On 2 June 2022, youths lit bonfires on the road in Kisumu over the poll results.",
        "On 2 June 2022, youths set up roadblocks in Kisumu, angry over the poll results.",
        "On 2 June 2022, hundreds marched in Kisumu against the poll results. The protest turned violent.",
        "On 2 June 2022, traders violently protested in Kisumu against the new levy.",
        # the violence told in a later sentence of the demonstration's paragraph
        "On 2 June 2022, students protested in Eldoret over fees. They pelted passing vehicles with stones.",
        "On 2 June 2022, villagers in Molo barricaded a highway in protest. They then fought running battles with police.",
        # dispersed, then violent: the violence decides
        "On 2 June 2022, police used tear gas to disperse protesters in Kibera. The demonstrators responded by throwing stones.",
    ],
)
def test_a_demonstration_that_turns_violent_is_a_riot(body: str) -> None:
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


def test_arrests_at_a_protest_told_first_are_an_intervention() -> None:
    body = "On 2 June 2022, police arrested 40 party workers in Bhopal when they tried to stage a protest."
    assert _main(body).codes.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "body",
    [
        # a dispute turning violent names no crowd and no grievance
        "On 2 June 2022, a land dispute between two brothers turned violent in Nyeri.",
    ],
)
def test_violence_words_without_a_crowd_are_no_riot(body: str) -> None:
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert all(e.event_type != "riot" for e in extract_events(article))


def test_fighting_named_inside_a_rally_is_not_the_rally_turning_violent() -> None:
    """The demonstrators' own fighting must be told in a later sentence."""
    body = "On 2 June 2022, some 200 Kurds rallied in Beirut in solidarity with fighters who are fighting militants in Syria."
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    types = [e.event_type for e in extract_events(article)]
    assert "protest" in types
    assert "riot" not in types


def test_the_sides_fighting_during_their_own_demonstration_riot() -> None:
    body = "On 2 June 2022, members of the opposition clashed with police in Feni during their demonstration."
    assert _main(body).codes.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        ("Gunmen kill an official in a refugee camp near Dadaab.", "Attack"),
        ("Police shoot and kill a driver in Nakuru.", "Attack"),
        ("Police battle cattle raiders near Lodwar.", "Armed clash"),
        # youths of one ethnic group attacking another are an ethnic militia, not a mob
        (
            "Kalenjin youths attack civilians near Eldoret in post-election ethnic violence.",
            "Attack",
        ),
    ],
)
def test_terse_present_tense_reports(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "body",
    [
        "A legal battle over the land went on in Nakuru.",
        "The governor sent more police to fight the raiders near Lodwar.",
        "Airstrikes Kill 21 in Northern Syria",
    ],
)
def test_a_battle_of_words_an_aim_or_a_title_case_headline_is_no_act(body: str) -> None:
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    triggers = [e.evidence.trigger.lower() for e in extract_events(article)]
    assert not {"battle", "fight", "kill"} & set(triggers)


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        ("On 2 June 2022, militants used sulfur mustard in an attack on Marea.", "Chemical weapon"),
        ("On 2 June 2022, regime forces used chlorine gas in Kafr Zita.", "Chemical weapon"),
        (
            "On 2 June 2022, unknown persons detonated explosives beneath a bridge near Raqqa.",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 2 June 2022, militants detonated a bomb near a checkpoint in Kabul.",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 2 June 2022, police safely detonated the device found near the market in Kabul.",
            "Disrupted weapons use",
        ),
        (
            "On 2 June 2022, gunmen have taken at least five people from a village near Hajin.",
            "Abduction/forced disappearance",
        ),
        (
            "On 2 June 2022, the army thwarted an incursion by militants near Saada, killing dozens.",
            "Armed clash",
        ),
        (
            "On 2 June 2022, government forces established fortifications near Marib.",
            "Change to group/activity",
        ),
        ("On 2 June 2022, the rebels imposed strict security measures in Sanaa.", "Other"),
        (
            "On 2 June 2022, the 29th day of the countrywide blockade enforced by the opposition alliance passed in Dhaka.",
            "Peaceful protest",
        ),
        ("On 2 June 2022, pro-hartal activists torched a bus in Dhaka.", "Violent demonstration"),
    ],
)
def test_wordings_of_weapons_seizure_and_strategy(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


def test_people_taken_to_hospital_are_not_abducted() -> None:
    article = ArticleMessage(
        id="t",
        body="Rescuers have taken five people to hospital in Kabul.",
        published_at="2022-06-10T12:00:00Z",
    )
    assert all(e.event_type != "abduction" for e in extract_events(article))


def test_what_a_protest_is_about_is_no_event() -> None:
    body = "On 2 June 2022, students protested the rape of a girl in Patna."
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    assert [e.event_type for e in extract_events(article)] == ["protest"]


def test_demonstrations_told_as_background_do_not_make_a_mob_a_riot() -> None:
    body = "On 2 June 2022, a mob vandalised the party office in Bogra amid violence following anti-government demonstrations."
    assert _main(body).codes.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the victims a protest is for, named in a relative clause, are its grievance
        (
            "On 2 June 2022, the family of a girl who had been abducted protested outside a police post in Patna.",
            "Peaceful protest",
        ),
        (
            "On 2 June 2022, relatives of a girl who was allegedly sexually assaulted staged a protest in Patna.",
            "Peaceful protest",
        ),
        # ... but protesters who were shot were shot at the protest: the police's excessive
        # force on the demonstrators (ACLED's codebook; protest_victims.py)
        (
            "On 2 June 2022, demonstrators who were shot by police marched again in Kisumu.",
            "Excessive force against protesters",
        ),
    ],
)
def test_victims_a_protest_is_for(body: str, sub_event_type: str) -> None:
    assert _main(body).codes.acled_sub_event_type == sub_event_type


def test_a_protest_told_in_a_relative_clause_is_the_protest() -> None:
    body = "On 2 June 2022, police baton-charged party members who were protesting a film in Pune."
    article = ArticleMessage(id="t", body=body, published_at="2022-06-10T12:00:00Z")
    doc = Pipeline().annotate(article)
    assert "protesting" in {t.text for t in doc.triggers}  # the protest itself, no victim
    # ... and the baton charge is what was done to it: one protest with intervention
    assert [e.event_type for e in extract_events(article)] == ["protest_dispersed"]
