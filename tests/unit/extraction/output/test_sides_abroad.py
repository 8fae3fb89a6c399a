"""The sides of an event placed at a namesake abroad are named after the article's country
(forty-fourth round, group64): a village one sentence resolved to abroad is no cue that the
Islamic State or the civilians there are another country's."""

from __future__ import annotations

from tests.unit.extraction.events.articles import sides_of


def test_a_namesake_abroad_names_no_side_of_its_country() -> None:
    sides = sides_of(
        "Islamic State militants attacked an army post near Sbeitla on Monday, killing four "
        "soldiers, the Syrian Observatory for Human Rights said. Fighting also continued in "
        "Deir Ezzor province and near Palmyra in Homs province."
    )
    assert sides[0] == ("armed_clash", "Islamic State (Syria)", "Military Forces of Syria")


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
