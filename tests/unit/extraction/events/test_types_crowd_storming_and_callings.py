"""Event types by who did what (issue 11, fortieth round, kenya60). ACLED's codebook: a
demonstration is violent when its crowd uses violence (stones, burning, smashing, fighting the
police), not when it storms into an office to press a demand; the trades and callings that
gather as crowds (boda boda riders, matatu operators, hawkers) beating or killing someone are a
mob, not an armed group. Near misses: an armed group storming a hotel, a crowd that storms and
smashes or carries clubs, the same callings as the victims of gunmen or police. Short reports
written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage

from .articles import events_of, main_event


def actor1(event: EventMessage) -> str:
    """The event's ACLED actor1 name, which must be set."""
    assert event.acled is not None and event.acled.actor1 is not None
    return event.acled.actor1


@pytest.mark.parametrize(
    "body",
    [
        "Farmers stormed the county commissioner's offices in Nyeri on Monday to demand payment for their milk deliveries.",
        "Residents stormed the governor's offices in Kakamega on Tuesday demanding action over insecurity.",
        "Hundreds of teachers stormed the education offices in Kisii on Friday in protest over delayed promotions.",
        "Villagers stormed the tehsil office in Jhansi on Monday demanding compensation for crop losses.",
        "Protesters stormed the municipal offices in Multan on Monday demanding clean water.",
        # the harm the crowd protests is not its own act
        "Residents stormed the hospital in Malindi on Monday in protest over the killing of a boda boda rider.",
    ],
)
def test_a_crowd_storming_in_with_a_demand_is_a_protest(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "protest", body
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    assert actor1(event).startswith("Protesters (")


def test_a_crowd_storming_in_then_dispersed_is_a_protest_with_intervention() -> None:
    body = (
        "Traders stormed the market offices in Eldoret on Monday demanding the reopening of their "
        "stalls. Police fired tear gas to disperse them."
    )
    event = main_event(body)
    assert event.event_type == "protest_dispersed"
    assert event.codes.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "body",
    [
        "Residents stormed the sub-county offices in Butere on Tuesday demanding action and smashed windows.",
        "Students stormed the administration block in Kisii on Monday demanding fee cuts and set a car ablaze.",
        "Youths armed with clubs stormed the county offices in Siaya on Monday demanding jobs.",
        "Protesters stormed the police station in Nakuru on Monday demanding the release of a colleague and pelted officers with stones.",
    ],
)
def test_a_crowd_storming_in_with_violence_stays_a_riot(body: str) -> None:
    riots = [e for e in events_of(body) if e.event_type == "riot"]
    assert riots, body
    assert riots[0].codes.acled_sub_event_type == "Violent demonstration"


def test_gunmen_storming_a_hotel_stay_an_attack() -> None:
    event = main_event("Gunmen stormed a hotel in Mogadishu on Friday and killed 12 guests.")
    assert event.event_type == "attack_on_civilians"


@pytest.mark.parametrize(
    "body",
    [
        "Boda boda riders beat a security guard to death in Embu on Monday over a fare dispute.",
        "Two men were killed by boda boda operators in Likoni on Monday on suspicion of belonging to a gang.",
        "Matatu operators attacked a traffic officer in Nakuru on Tuesday.",
        "Fishermen beat two fisheries officers at the beach in Homa Bay on Friday.",
    ],
)
def test_callings_beating_or_killing_are_a_mob(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "mob_violence", body
    assert actor1(event) == "Rioters (Kenya)"


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        ("Gunmen shot dead two boda boda riders in Mandera on Monday.", "Unidentified Armed Group"),
        ("Bandits killed three fishermen on Lake Turkana on Sunday.", "Unidentified Armed Group"),
        ("Police shot dead two hawkers in Nairobi on Tuesday.", "Police Forces of Kenya"),
    ],
)
def test_callings_hit_by_armed_men_stay_an_attack(body: str, doer: str) -> None:
    event = main_event(body)
    assert event.event_type == "attack_on_civilians", body
    assert actor1(event).startswith(doer)
