"""Standing situations told with the words of an act (thirty-sixth round, standing56): a
campaign told as going on
("pressed ahead with their offensive"), an assault expected or upcoming, a group's founding in
a relative clause about it, and support rallied behind a leader. Texts written for these
tests; published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.words.modality import modality
from tests.unit.extraction.events.articles import (
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    ("setting", "kinds"),
    [
        # a campaign going on
        ("The army is pushing ahead with an offensive in Hama province.", {"armed_clash"}),
        ("The rebels are under pressure from a government offensive in Hama.", {"armed_clash"}),
        # a group's founding told about it
        (
            "The Syrian Association for Missing Detainees, which was formed by an opposition "
            "body, reviewed the photos.",
            {"group_formed"},
        ),
    ],
)
def test_a_standing_situation_is_background(setting: str, kinds: set[str]) -> None:
    body = f"{KAFR_NABL_LEAD}\n\n{setting}"
    assert told_in(events_on_a_tuesday(body), setting) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), setting)
    assert {e.event_type for e in marked} == kinds
    assert all(e.temporal_status == "background" for e in marked)
    # the lead's killing stays the news
    lead = told_in(events_on_a_tuesday(body), KAFR_NABL_LEAD)
    assert [e.event_type for e in lead] == ["attack_on_civilians"]


@pytest.mark.parametrize(
    "news",
    [
        # an offensive told as the day's act
        "On Monday, the army launched an offensive on Saraqib.",
        # an operation it goes on with is told by its verb ("continued its operations in")
        "Troops continued their operations in Saraqib on Monday, killing six militants.",
    ],
)
def test_an_offensive_of_the_day_stays_news(news: str) -> None:
    body = f"{KAFR_NABL_LEAD}\n\n{news}"
    told = told_in(events_on_a_tuesday(body), news)
    assert told and all(e.temporal_status == "current" for e in told)
    assert "armed_clash" in {e.event_type for e in told}


@pytest.mark.parametrize(
    "before",
    [
        "The army is massing troops ahead of an expected ",
        "The rebels are bracing for the upcoming ",
        "Residents fear an impending ",
    ],
)
def test_an_expected_assault_is_planned(before: str) -> None:
    assert modality(before) == "planned"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a campaign's aim
        ("The army launched an offensive to ", " Saraqib from the rebels."),
        ("Troops are advancing as the army pushes to ", " the town."),
        # told as coming, after the act's noun
        ("Officials said an ", " to retake Saraqib was imminent."),
        ("An ", " on the town is expected within days."),
    ],
)
def test_a_campaign_aim_or_an_act_told_as_coming_is_planned(before: str, after: str) -> None:
    assert modality(before, after) == "planned"


def test_an_unexpected_assault_is_asserted() -> None:
    assert modality("The rebels launched an unexpected ") == "asserted"
    # an operation that went on and a campaign that took the town are the day's
    assert modality("The army launched an ", " on Saraqib on Monday.") == "asserted"
    assert modality("Rebels ", " the town in an offensive to retake the province.") == "asserted"


def test_support_rallied_behind_a_leader_is_no_protest() -> None:
    rallied = "The president has rallied the minorities behind his government."
    body = f"{KAFR_NABL_LEAD}\n\n{rallied}"
    assert told_in(events_on_a_tuesday(body, include_background=True), rallied) == []
    for protest in (
        "Protesters rallied in the square behind the mosque in Saraqib.",
        "Thousands rallied behind the opposition leader in Saraqib.",
    ):
        told = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{protest}"), protest)
        assert [e.event_type for e in told] == ["protest"]
