"""Named units read from capitalised phrases that are no names (forty-first round, actor61):
an opener before a known actor or a bare unit noun, a demonym of the known actor's own country,
an administrative division told as a place."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.places.find import find_places
from tests.unit.extraction.events.articles import sides_of
from tests.unit.helpers import document


def _names(text: str) -> set[str]:
    doc = document(text)
    find_places(doc)
    find_actors(doc)
    return {m.name for m in doc.actors}


def test_a_headline_word_before_a_known_army_is_no_unit() -> None:
    names = _names(
        "Latest Syrian Army advances: troops shelled the town of Kafr Nabl in Idlib province."
    )
    assert "Military Forces of Syria" in names
    assert not any(name.endswith("Syrian Army") for name in names)


def test_a_determiner_before_a_bare_unit_noun_is_no_unit() -> None:
    sides = sides_of(
        "Others Army units shelled the village of Kafr Nabl in Idlib province on Monday, "
        "killing two civilians."
    )
    assert sides == [("shelling", "Military Forces of Syria", "Civilians (Syria)")]


def test_a_day_before_a_bare_unit_noun_is_the_countrys_army() -> None:
    names = _names(
        "In Karbi Anglong district of Assam on Tuesday Army and police forces engaged the "
        "rebels near Diphu."
    )
    assert "Tuesday Army" not in names
    assert "Military Forces of India" in names


def test_a_count_before_a_known_force_is_that_force() -> None:
    sides = sides_of(
        "One Border Security Force jawan was injured when Pakistani troops fired mortar shells "
        "at posts in Kathua district of Jammu on Monday."
    )
    assert sides == [("shelling", "Military Forces of Pakistan", "Police Forces of India")]


def test_the_known_forces_own_demonym_before_it_is_that_force() -> None:
    sides = sides_of(
        "Two Bangladeshi cattle traders were shot dead by the Indian Border Security Force on "
        "the Putkhali border in Jessore district on Monday."
    )
    assert sides == [("attack_on_civilians", "Police Forces of India", "Civilians (Bangladesh)")]


def test_a_division_told_as_where_is_no_unit() -> None:
    names = _names(
        "More than 200 houses were burnt during clashes between two clans in Kopsiro Division "
        "of Mount Elgon district, Kenya."
    )
    assert "Kopsiro Division" not in names


def test_a_division_with_its_article_stays_a_unit() -> None:
    names = _names("Fighters of the Hamza Division shelled the village of Kafr Nabl in Idlib.")
    assert "Hamza Division" in names


def test_a_force_named_in_the_plural_is_that_force() -> None:
    sides = sides_of(
        "The members of Indian Border Security Forces gunned down two Bangladeshi cattle traders "
        "along the frontier of Jessore district on Saturday."
    )
    assert sides == [("attack_on_civilians", "Police Forces of India", "Civilians (Bangladesh)")]
    assert "Sabaot Land Defence Force" in _names(
        "A top commander of the Sabaot Land Defence Forces was killed near Kapsokwony."
    )
