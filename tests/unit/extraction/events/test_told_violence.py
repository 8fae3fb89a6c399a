"""A demonstration whose telling names its crowd's own violence is a violent demonstration
(issue 11, thirty-second round): the crowd's acts told beside the protest verb or in a sentence
of their own about the same crowd ("The youth blocked roads and attacked vehicles."), not only
in the dispersal's clause. Short reports written for these tests in the wordings of Kenyan,
West African and South Asian outlets; places generic or well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.merge.crowds.told_violence import crowd_violence_told

from .articles import events_of, main_event


@pytest.mark.parametrize(
    "body",
    [
        # Kenyan dailies: the crowd's acts beside the protest verb, the dispersal after them
        "Students of a university in Eldoret protested over a hike in fees on Monday, burnt the student union offices and blocked the highway before police used tear gas to disperse them.",
        # ... or in a sentence of their own about the same crowd
        "Guards of a candidate fired shots in the air to disperse youths who demanded to be paid after a rally in Kisumu on Saturday. The youth blocked roads, attacked vehicles and injured some passengers.",
        "Residents of Kibera protested against police raids on Tuesday, and fires were lit on the main road. Police intervened.",
        # West African press
        "Traders protested in Kumasi on Thursday against the relocation of the central market and attacked vehicles of the city authority. Police fired tear gas to disperse them.",
        # South Asian papers
        "Students demonstrated in Rajshahi on Sunday demanding the arrest of the killers of a classmate. The protest caused extensive damage to the campus before police dispersed them.",
    ],
)
def test_a_demonstration_told_with_its_crowds_violence_is_violent(body: str) -> None:
    assert any(e.codes.acled_sub_event_type == "Violent demonstration" for e in events_of(body))
    assert not any(
        e.codes.acled_sub_event_type in {"Peaceful protest", "Protest with intervention"}
        for e in events_of(body)
    )


@pytest.mark.parametrize(
    ("body", "sub_type"),
    [
        # the burning is the grievance
        (
            "Traders in Kano protested on Monday against the burning of their stalls by unknown men. Police dispersed them with tear gas.",
            "Protest with intervention",
        ),
        # harm told in the passive: no doer, the crowd's grievance
        (
            "Residents of Nakuru marched to the police station on Friday demanding justice for a widow whose house was burnt last week.",
            "Peaceful protest",
        ),
        # the forces' own act
        (
            "Hundreds of teachers marched in Dhaka on Wednesday demanding higher pay. Police dispersed them and burnt their banners.",
            "Protest with intervention",
        ),
        # a march dispersed, nothing done by the crowd
        (
            "Hundreds of residents marched to the county offices in Machakos on Tuesday to protest over water shortages. Police fired tear gas to disperse them.",
            "Protest with intervention",
        ),
    ],
)
def test_a_demonstration_without_its_crowds_violence_keeps_its_type(
    body: str, sub_type: str
) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_type


@pytest.mark.parametrize(
    ("sentence", "violent"),
    [
        ("The youth blocked roads, attacked vehicles and injured some passengers.", True),
        ("They burnt down the chief's office and two police vehicles.", True),
        ("His followers used boulders to block the roads.", True),
        ("Fires were lit on the road.", True),
        ("Members then disrupted voter registration and attacked clerks at the offices.", True),
        ("The demonstrators robbed motorists and injured two police officers.", True),
        ("The residents marched to the park and set a fire at the gate.", True),
        ("Hundreds of supporters lit twigs and blocked roads.", True),
        ("Twenty people were injured when the workers clashed with police.", True),
        ("They protested the killing of a man injured by police officers.", False),
        ("Police clashed with the protesters.", False),
        ("They protested against the burning of their stalls.", False),
        ("They demanded justice for a man whose house was burnt.", False),
        ("Police burnt the barricades.", False),
        ("Residents marched peacefully to the chief's office.", False),
    ],
)
def test_the_crowds_violence_is_read_from_its_own_words(sentence: str, violent: bool) -> None:
    assert crowd_violence_told(sentence) is violent


def test_a_participle_of_the_grievance_is_no_act_of_the_crowd() -> None:
    """A Punjabi report's grievance: "for their crop, damaged during the lockdown"."""
    assert not crowd_violence_told(
        "Farmers protested for compensation for their crop, damaged during the lockdown."
    )
    assert crowd_violence_told("Farmers protested and damaged the gate of the procurement centre.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Bangladeshi human chains against others' violence
        "Hundreds staged a human chain demanding the arrest of those trying to forcibly take over the market.",
        "Traders staged a protest against a local leader and accused him of vandalizing shops.",
        "Artists protested demanding punishment for those involved in vandalizing the building.",
        "Workers staged a protest at the gate. Staff of the factory threw brickbats at the protesting workers.",
        "Teachers staged a protest in Larkana demanding the arrest of people who set fire to wheat crops.",
        "Members protested along the highway after finding damaged posters of their leader.",
        "Residents protested after a person damaged the sculpture of a scholar.",
        "Congress members held a rally demanding the release of villagers arrested in a clash with police.",
        # storming is left to the dispersal's own sentence (Kenyan notes code it peaceful)
        "More than 200 traders stormed the county offices protesting against the demolition of their stalls.",
        "Unidentified persons set ablaze the police station following anti-government demonstrations.",
    ],
)
def test_others_violence_beside_a_demonstration_is_not_its_crowds(sentence: str) -> None:
    assert not crowd_violence_told(sentence)
