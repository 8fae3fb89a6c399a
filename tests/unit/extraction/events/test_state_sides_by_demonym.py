"""The state's side that bombed, told by its country's adjective: every country the gazetteer's
demonym table knows, as the actors read it (thirty-eighth round, debts58: a hand list of 22
demonyms stood beside the table), not the adjective of a people nor a group's name."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refusals.gates.agents import state_bomber
from tests.unit.extraction.events.articles import events_on_a_tuesday

# (sentence, whether its bomber is a state's side)
_SIDES = [
    # the old list's countries
    ("Syrian government forces bombed the town of Saraqib on Monday.", True),
    ("Turkish troops bombed Kurdish positions near Afrin on Monday.", True),
    ("U.S. forces bombed an Islamic State hideout near Raqqa on Monday.", True),
    # countries the hand list lacked, read from the demonym table
    ("Kenyan troops bombed camps in the Boni forest on Monday.", True),
    ("Somali forces bombed a base near Jilib on Monday.", True),
    ("Saudi Arabian forces bombed Houthi positions in Saada on Monday.", True),
    ("The camp near Jilib was bombed by Somali army units on Monday.", True),
    # a people's adjective, a group named like an army, a non-state side after the state's
    ("Kurdish forces bombed a checkpoint near Kirkuk on Monday.", False),
    ("The Free Syrian Army bombed a government checkpoint near Daraa on Monday.", False),
    ("Syrian rebels bombed a checkpoint near Daraa on Monday.", False),
    ("Militants bombed a church in Alexandria on Monday.", False),
]


@pytest.mark.parametrize(("sentence", "state"), _SIDES)
def test_a_country_s_forces_by_its_adjective_are_a_state_side(sentence: str, state: bool) -> None:
    start = sentence.index("bombed")
    assert state_bomber(sentence, start, start + len("bombed"), "") is state


def test_a_state_the_hand_list_lacked_bombing_a_base_is_its_air_strike() -> None:
    # at the round's start no event: "Somali" was not among the 22 demonyms
    body = (
        "Somali forces bombed an al-Shabaab base near Jilib in Middle Juba on Monday, a "
        "regional official said."
    )
    (strike,) = events_on_a_tuesday(body)
    assert strike.event_type == "airstrike"
    assert strike.acled is not None
    assert strike.acled.actor1 == "Military Forces of Somalia (2022-)"
    assert strike.acled.location == "Jilib"
