"""The sides of an event placed at a namesake abroad are named after the article's country
(forty-fourth round, group64): a village one sentence resolved to abroad is no cue that the
Islamic State or the civilians there are another country's."""

from __future__ import annotations

from tests.unit.extraction.events.articles import sides_of


def test_a_namesake_abroad_names_no_side_of_its_country() -> None:
    sides = sides_of(
        "Islamic State militants attacked an army post near Sbeitla on Monday, killing four "
        "soldiers, the Syrian Observatory for Human Rights said. Fighting also continued in "
        "Deir Ezzor province. Government troops were also reinforcing positions near Palmyra in "
        "Homs province."
    )
    assert sides[0] == ("armed_clash", "Islamic State (Syria)", "Military Forces of Syria")


def test_a_short_note_keeps_its_places_country() -> None:
    # the article's country, read from one other sentence, is no surer than the place
    sides = sides_of(
        "Islamic State militants attacked an army post near Sbeitla on Monday, killing four "
        "soldiers, the Syrian Observatory for Human Rights said. Fighting also continued in "
        "Deir Ezzor province and near Palmyra in Homs province."
    )
    assert sides[0][1] == "Islamic State (Tunisia)"


def test_a_city_abroad_keeps_its_country() -> None:
    sides = sides_of(
        "Islamic State claimed a bombing in Istanbul on Monday that killed 12 people. In Syria, "
        "Islamic State fighters clashed with the army in Deir Ezzor province and near Palmyra "
        "in Homs province."
    )
    assert sides[0][1] == "Islamic State (Turkey)"
    assert sides[1] == ("armed_clash", "Islamic State (Syria)", "Military Forces of Syria")


def test_a_place_told_with_its_countrys_demonym_keeps_its_country() -> None:
    sides = sides_of(
        "Islamic State militants attacked a Tunisian army post near Sbeitla on Monday, killing "
        "four soldiers. Fighting also continued in Deir Ezzor province and near Palmyra in Homs "
        "province of Syria."
    )
    assert sides[0][1] == "Islamic State (Tunisia)"


def test_a_foreign_air_arm_told_before_the_home_forces_is_the_home_military() -> None:
    # The gold's convention: a joint Syrian and Russian raid is the Syrian military's.
    sides = sides_of(
        "Russian warplanes and Syrian helicopters pounded the town of Saraqeb in Idlib province "
        "on Monday, killing 12 civilians."
    )
    assert sides == [("airstrike", "Military Forces of Syria", "Civilians (Syria)")]


def test_two_states_hyphened_before_strikes_are_the_home_military() -> None:
    sides = sides_of(
        "Joint Russian-Syrian air strikes killed 12 civilians in the town of Saraqeb in Idlib "
        "province on Monday."
    )
    assert sides == [("airstrike", "Military Forces of Syria", "Civilians (Syria)")]


def test_a_foreign_air_arm_told_alone_stays_foreign() -> None:
    sides = sides_of(
        "Russian warplanes struck the town of Saraqeb in Idlib province on Monday, killing 12 "
        "civilians."
    )
    assert sides == [("airstrike", "Military Forces of Russia", "Civilians (Syria)")]
