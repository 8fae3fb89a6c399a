"""Twenty-fourth round (types44): the victims a protest is for, named inside its subject ("the
families of those killed in a gun attack protested"), by what of theirs was hit ("a colleague
whose house was fired upon"), by a relative clause with an adverb ("who was accidentally shot
dead") or a longer "in which" ("the massacre in which 44 villagers were killed"), and the body a
protest carries: the protest, not the violence. An organisation's acronym in brackets is no
armoured vehicle, and a note's "On 3 March" names no march."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, main_event


@pytest.mark.parametrize(
    "body",
    [
        # the kin of the victims, then the protest
        "Relatives and friends of the passengers killed in a shooting on a bus protested at the gate of the district hospital in Quetta on Monday.",
        "The family members of a reporter killed by a policeman last month staged a protest in Shahjahanpur on Monday, demanding action.",
        "A crowd of thousands, led by the widow of a lawmaker killed abroad, formed a human chain in Kaliganj on Monday.",
        "Relatives of petrol bomb attack victims demonstrated at Shahbagh in Dhaka on Monday holding candles.",
        # what of the victims' was hit, in a relative clause
        "Teachers protested outside the press club in Dadu for their colleague whose house was fired upon by extortionists.",
        "Relatives of two boys whose bodies were found murdered protested in Lahore on Monday against police inaction.",
        # an adverb in the relative clause, and a longer "in which"
        "Villagers staged a protest at the gate of a clinic in Ajmer on Monday for a watchman who was accidentally shot dead by a guard.",
        "A party staged a protest in front of the press club in Quetta against the massacre in which 22 labourers were killed.",
        # the body a protest carries
        "Several hundred growers protested at the gate of a sugar factory in Davangere, carrying the body of a farmer who had gone unpaid.",
    ],
)
def test_the_victims_of_a_protest_are_its_grievance(body: str) -> None:
    assert [e.event_type for e in events_of(body)] == ["protest"]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # the kin protested first, then the day's violence: the violence stays
        (
            "Relatives of a detained man protested outside the police station in Quetta, and gunmen opened fire on a passing bus, killing two.",
            "attack_on_civilians",
        ),
        # the kin themselves killed, a protest after: the killing stays (review44)
        (
            "The relatives of a tribal elder were shot dead by gunmen in Quetta on Monday, and hundreds protested outside the press club.",
            "attack_on_civilians",
        ),
        # kin who only speak: no protest, the killing stays
        (
            "The families of the victims said gunmen killed five farmers in Kaduna on Monday.",
            "attack_on_civilians",
        ),
        # a body found with no protest is a killing
        (
            "Police found the body of a trader with gunshot wounds in Kisumu on Monday.",
            "attack_on_civilians",
        ),
    ],
)
def test_violence_beside_kin_stays(body: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in events_of(body)]


def test_an_acronym_in_brackets_is_no_armoured_vehicle() -> None:
    event = main_event(
        "On 16 May 2023, members of the Rural Mothers' Forum (BMP) formed a human chain outside the press club in Khulna to demand safer roads."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"


def test_an_armoured_vehicle_still_fires() -> None:
    assert "shelling" in [
        e.event_type for e in events_of("A BMP fired on the village of Avdiivka on Monday.")
    ]


def test_a_dated_march_names_no_protest_before_its_grievance() -> None:
    event = main_event(
        "On 7 March 2023, relatives of a farmer killed due to a land dispute staged a protest on a road in Narsingdi, demanding justice."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # "following an attack" after a dated March is the day's attack, not a march's grievance
        (
            "On 9 March 2020, troops took casualties following an assault by Taliban fighters in Charikar city.",
            "armed_clash",
        ),
        # a relative clause in a note dated in March names no protest's victim
        (
            "On 6 March 2020, a man who was shot by gunmen in Kunduz died in hospital.",
            "attack_on_civilians",
        ),
        # the month is no demonstration the victims were at
        ("Police shot dead a trader in March in Bungoma.", "attack_on_civilians"),
    ],
)
def test_the_month_of_march_is_no_march(body: str, event_type: str) -> None:
    assert [e.event_type for e in events_of(body)] == [event_type]


def test_supporters_celebrating_in_the_streets_are_a_demonstration() -> None:
    event = main_event(
        "Opposition supporters on Tuesday took to the streets in Kisumu to celebrate the swearing in of their leader."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"


def test_residents_celebrating_a_victory_are_none() -> None:
    assert (
        events_of(
            "Residents took to the streets in Kisumu to celebrate the victory of the national football team."
        )
        == []
    )


@pytest.mark.parametrize(
    "body",
    [
        "Opposition supporters took to the streets in Kisumu to celebrate the swearing in of their leader. The festivities saw no police on the streets and no running battles.",
        "Traders marched in Nakuru against a new market levy. The march was free of running battles with the police.",
    ],
)
def test_what_a_demonstration_was_free_of_is_no_outcome_of_it(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "body",
    [
        "Angry traders blocked a section of the Waiyaki way in Nairobi, later to be dispersed by police.",
        "Teachers marched to the state house in Nairobi, only to be arrested by police.",
    ],
)
def test_what_became_of_a_demonstration_happened(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Protest with intervention"
