"""Thirty-first round (issue 11): the group those who report an act name as its suspect is the
act's author, as ACLED codes it: "Police blamed the shooting on southern separatists",
"Authorities suspect al Shabaab", "Officials believe the attackers were separatists", "killed
by unknown assailants, later suspected to be al Shabaab", a note's clipped "Al Shabaab
suspected." Invented reports in Kenyan, South Asian, Thai and Middle Eastern wordings."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from .articles import main_event


@pytest.mark.parametrize(
    ("body", "author"),
    [
        # Kenyan daily and a Nairobi wire's clipped note
        (
            "Two quarry workers were shot dead in Mandera on Friday, a government official said. Authorities suspect al Shabaab.",
            "Al Shabaab",
        ),
        (
            "Three people were injured in Mandera after their fuel tanker ran over an improvised explosive device. Al Shabaab suspected.",
            "Al Shabaab",
        ),
        (
            "A bus passenger was killed by unknown assailants, later suspected to be al Shabaab, near Lamu on Monday.",
            "Al Shabaab",
        ),
        # Bangkok daily, the deep south
        (
            "Three people were wounded when a bomb went off at a market in Narathiwat on Tuesday. Police blamed the bombing on southern separatists.",
            "Malay Muslim Separatists (Thailand)",
        ),
        (
            "A rangers' patrol was ambushed in Pattani on Sunday, leaving one ranger dead. Officials believe the attackers were separatists.",
            "Malay Muslim Separatists (Thailand)",
        ),
        # Kashmir, South Asian press
        (
            "A grenade was hurled at a police station in Sopore on Monday, injuring two constables. Police suspect Lashkar-e-Taiba militants.",
            "LeT: Lashkar-e-Taiba",
        ),
        # Anadolu-style, northern Syria
        (
            "A car bomb exploded near a checkpoint in Azaz on Monday, killing four people. Turkish officials blamed the blast on the YPG.",
            "People's Protection Units",
        ),
    ],
)
def test_the_suspect_named_by_those_who_report_the_act_is_its_author(
    body: str, author: str
) -> None:
    event = main_event(body)
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith(author)


def test_blame_for_a_failure_names_no_author() -> None:
    # Syrian opposition wording: the government blamed for what it failed to do did not plant the bomb.
    event = main_event(
        "A roadside bomb killed two soldiers near Idlib on Monday. Residents blamed the government for failing to secure the road."
    )
    assert event.acled.actor1 is None or not event.acled.actor1.startswith(
        ("Government", "Military")
    )
    assert event.acled.actor2 is not None and event.acled.actor2.startswith(
        "Military Forces of Syria"
    )


def test_men_suspected_of_links_to_a_group_arrested_stay_the_polices_act() -> None:
    event = main_event(
        "Police arrested three men suspected of links to al Shabaab in Mombasa on Monday."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Police Forces of Kenya")


def test_unidentified_gunmen_stay_unidentified_beside_a_suspect() -> None:
    # Pakistani daily: the text says it does not know who shot; the suspect stays a suspicion.
    event = main_event(
        "Unidentified gunmen shot dead a tribal elder in Bajaur on Monday. Police suspect the Tehrik-i-Taliban Pakistan."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Unidentified Armed Group")
