"""Thirty-first round (issue 11): a state's forces told by a branch's short name that names
other things too, read in its country's article: Pakistan's Frontier Corps as "the FC", its
Rangers on the border (the military) and in Karachi (the police), Thailand's rangers. Invented
reports in Pakistani, Indian and Thai press wordings; near misses of clubs and park rangers."""
# ruff: noqa: E501

from __future__ import annotations

from newsevents.extraction.actors.unnamed.branches import branch_forces
from tests.unit.extraction.events.articles import main_event


def _names(text: str, country: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in branch_forces(text, country)]


def test_the_frontier_corps_by_its_initials_is_pakistans_military() -> None:
    event = main_event(
        "FC personnel killed three militants in a search operation near Kalat, Balochistan, on Monday."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Military Forces of Pakistan")
    assert event.acled.actor2 is not None
    assert event.acled.actor2.startswith("Unidentified Armed Group (Pakistan)")


def test_rangers_on_the_border_are_the_military_and_in_karachi_the_police() -> None:
    # Indian press: Pakistan's border guards fire across the International Border.
    event = main_event(
        "Pakistani Rangers resorted to unprovoked firing on Indian posts in the Samba sector of Jammu on Sunday."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Military Forces of Pakistan")
    # Karachi daily: the Rangers' policing raids.
    event = main_event(
        "Sindh Rangers killed four militants in a raid on a hideout in Karachi on Tuesday."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Police Forces of Pakistan")


def test_thai_rangers_are_thailands_military() -> None:
    event = main_event(
        "Two suspected insurgents were killed in a gun battle with rangers in Narathiwat's Rueso district on Monday."
    )
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Military Forces of Thailand")


def test_clubs_and_park_rangers_are_no_state_force() -> None:
    assert _names("Fans of Barcelona FC and FC Porto clashed outside the stadium.", "PK") == []
    assert _names("Park rangers arrested two poachers near Tsavo.", "KE") == []
    assert _names("Rangers beat Celtic 2-1 in Glasgow.", "GB") == []
    assert _names("The FC said three militants were killed.", "PK") == [
        ("FC", "Military Forces of Pakistan")
    ]
