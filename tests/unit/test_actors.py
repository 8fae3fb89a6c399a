"""Actors: dictionary with transliteration variants, named units, people, generics, patrons."""

from __future__ import annotations

import pytest

from newsevents.extraction.actors import find_actors
from newsevents.extraction.document import ActorMention
from tests.unit.helpers import document


def _actors(text: str) -> list[ActorMention]:
    doc = document(text)
    find_actors(doc)
    for actor in doc.actors:
        assert doc.text[actor.span.start : actor.span.end] == actor.text
    return doc.actors


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Hizbullah", "Hezbollah"),
        ("Hizballah", "Hezbollah"),
        ("Kata'ib Hizballah", "Kataib Hezbollah"),
        ("Kata’ib Hezbollah", "Kataib Hezbollah"),
        ("Fatimiyoun", "Fatemiyoun Division"),
        ("Fatemiyun", "Fatemiyoun Division"),
        ("the Observatory", "Syrian Observatory for Human Rights"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ],
)
def test_dictionary_aliases(written: str, canonical: str) -> None:
    """Transliteration variants resolve to one canonical actor."""
    actors = _actors(f"Fighters of {written} were seen near the border.")
    assert canonical in [a.name for a in actors]


def test_named_units_and_affiliation_from_text() -> None:
    """ "IRGC-affiliated 47th Regiment": a unit the dictionary lacks, with its patron."""
    actors = _actors("Elements of the IRGC-affiliated 47th Regiment were spotted in town.")
    unit = next(a for a in actors if a.name == "47th Regiment")
    assert unit.kind == "militia"
    assert unit.affiliation == "Islamic Revolutionary Guard Corps"


def test_affiliation_after_the_name() -> None:
    """ "a militia comprised of Pakistani fighters trained by the IRGC" names the patron."""
    actors = _actors(
        "They are supervised by the Liwa Haidar Brigade, a militia comprised of Pakistani "
        "fighters trained by the IRGC."
    )
    unit = next(a for a in actors if a.name == "Liwa Haidar Brigade")
    assert unit.affiliation == "Islamic Revolutionary Guard Corps"


def test_people_from_reporting_contexts_and_surnames() -> None:
    """A person named beside a reporting verb, with description, and later by surname."""
    actors = _actors("Prices rose, Homs media activist Rami Haddad said. Later, Haddad added more.")
    people = [a for a in actors if a.kind == "person"]
    assert [(p.text, p.name) for p in people] == [
        ("Rami Haddad", "Rami Haddad"),
        ("Haddad", "Rami Haddad"),
    ]
    assert people[0].description == "Homs media activist"


def test_generic_actors_are_named_the_acled_way() -> None:
    """Without places the country is unknown: "International"."""
    actors = _actors("Unidentified gunmen shot at protesters.")
    assert [(a.text, a.name, a.generic) for a in actors] == [
        ("gunmen", "Unidentified Armed Group (International)", True),
        ("protesters", "Protesters (International)", True),
    ]


def test_short_form_of_a_named_unit() -> None:
    """ "the Abu Fadl al-Abbas" later refers to the "Abu Fadl al-Abbas Brigade"."""
    actors = _actors(
        "Members of the Abu Fadl al-Abbas arrived. The Abu Fadl al-Abbas Brigade is Iraqi."
    )
    assert [a.name for a in actors] == ["Abu Fadl al-Abbas Brigade"] * 2
