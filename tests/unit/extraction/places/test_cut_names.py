"""Thirty-sixth round, places56: a cut name is no place.

A known name right after the generic first word of an Arabic toponym ("Kafr", "Tal", "Deir",
"Khirbet") is the tail of a longer name the gazetteer lacks, not the gazetteer's namesake of
another province. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.places.helpers import places_in


@pytest.mark.parametrize(
    "text",
    [
        "Syrian jets struck Kafr Dael and Tal Hawash on Monday.",
        "Syrian jets struck Khirbet Hawash and Deir Dael on Monday, activists said.",
        "Syrian jets struck Tal al-Samn and Tell Hawash on Monday.",
    ],
    ids=["kafr-tal", "khirbet-deir", "tell"],
)
def test_a_known_tail_of_a_longer_name_is_no_place(text: str) -> None:
    """ "Dael" is Dail of Daraa, "Hawash" a village of Homs: not the villages told."""
    names = [p.name for p in places_in(text)]
    assert not {"Dail", "Hawash", "Al Hawash", "Da'el"} & set(names), names


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Jets struck Kafr Nabl in Idlib province on Monday.", "Kafranbel"),
        ("Jets struck Deir Hafer east of Aleppo on Monday.", "Dayr Hafir"),
        ("Clashes raged near Khan Shaykhun on Monday.", "Khan Shaykhun"),
    ],
    ids=["kafr-nabl", "deir-hafer", "khan-shaykhun"],
)
def test_a_whole_name_the_gazetteer_knows_stays_that_place(text: str, whole: str) -> None:
    assert whole in [p.name for p in places_in(text)]


def test_a_generic_word_before_an_unknown_name_is_no_place() -> None:
    """Thirty-seventh round, places57: "Bab" matched alone before "Qensrin", a name no match
    takes, is the head of a quarter's name, not the town of Al Bab."""
    text = (
        "Government artillery shelled the neighbourhoods of Bab Qensrin and Bab al-Hadid in "
        "Aleppo's old city on Monday, killing three, the Syrian Observatory said."
    )
    assert "Al Bab" not in [p.name for p in places_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ADF rebels killed 12 civilians with machetes in the Beni Municipality on Sunday.",
        "ADF rebels killed 12 civilians with machetes in Beni Town on Sunday.",
    ],
    ids=["unit-a-match", "unit-no-match"],
)
def test_a_generic_word_before_its_unit_noun_is_the_town(text: str) -> None:
    """lists57: "Beni" (a generic word of Arabic names, and a town of Congo and of Nepal) told
    with its unit's noun is that town: the noun is no tail of a longer name. places57's cut
    rule had read "Municipality" (a match) as the tail of a "Beni ..." name and lost both."""
    assert "Beni" in [p.name for p in places_in(text)]
