"""Violence against demonstrators is the demonstration's intervention (issue 11): others
hurting the demonstrators is a protest with intervention, lethal force or wounds by the forces
excessive force; the demonstrators' own violence, a fight and an occasion stay as they were."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import main_event


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a party's members assault demonstrators: the demonstration met with intervention
        (
            "On 4 June 2023, members of a ruling party youth wing assaulted and injured members of an opposition alliance in Rangpur town, during their demonstration against fuel prices.",
            "Protest with intervention",
        ),
        (
            "On 4 June 2023, supporters of the mayor assaulted the marching teachers in Sylhet, during the teachers' rally demanding higher pay.",
            "Protest with intervention",
        ),
        # the forces wound or kill those demonstrating: excessive force
        (
            "Four people were injured by the police in Eldoret when protesting against a land sale on Monday.",
            "Excessive force against protesters",
        ),
        (
            "A trader was killed by police in Bungoma during a demonstration over market fees on Monday.",
            "Excessive force against protesters",
        ),
        # tear gas is crowd control, not lethal force
        (
            "On 4 June 2023, police shot tear gas at students in Khulna city, during their demonstration demanding exam delays.",
            "Protest with intervention",
        ),
    ],
)
def test_violence_against_demonstrators(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the demonstrators act: a violent demonstration
        (
            "Demonstrators assaulted two policemen in Nakuru during a rally against the county tax on Monday.",
            "Violent demonstration",
        ),
        # a fight with the police during the demonstration is two-sided
        (
            "On 4 June 2023, party members clashed with police in Jessore during their demonstration demanding fresh polls.",
            "Violent demonstration",
        ),
        # the victim took part in a demonstration earlier: no demonstration is hit
        (
            "On 4 June 2023, members of a ruling party assaulted a shopkeeper in Puthia for participating in a demonstration against a local leader.",
            "Mob violence",
        ),
        # "in protest" is the attackers' own aim
        (
            "Students attacked and injured two teachers in Maralal in protest against a punishment on Monday.",
            "Violent demonstration",
        ),
    ],
)
def test_violence_of_or_around_demonstrators_stays(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # lethal means in the dispersal's clause: excessive force
        (
            "On 4 June 2023, soldiers tried to disperse the marchers in Kosti using live rounds, which left several of them hurt.",
            "Excessive force against protesters",
        ),
        (
            "On 4 June 2023, police fired live ammunition to break up a sit-in of nurses in Atbara.",
            "Excessive force against protesters",
        ),
        # tear gas, and deaths told only as the grievance further on, stay crowd control
        (
            "On 4 June 2023, police used tear gas to disperse dozens of traders who had gathered outside the governor's office in Kosti in a protest over the 14 farmers killed in a raid last week.",
            "Protest with intervention",
        ),
        (
            "On 4 June 2023, police used rubber bullets to disperse the marchers in Kosti, leaving two of them hurt.",
            "Protest with intervention",
        ),
    ],
)
def test_a_dispersal_by_its_means(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type
