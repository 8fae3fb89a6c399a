"""Actors: dictionary with transliteration variants, named units, people, generics, patrons."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsevents.extraction.actors.dictionary import (
    ActorEntry,
    _normal,
    load_dictionary,
    named_actors,
)
from newsevents.extraction.actors.find import find_actors
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


# ---------------------------------------------------------------------------- the dictionary


def _dictionary() -> tuple[ActorEntry, ...]:
    data = resources.files("newsevents.extraction").joinpath("data/actors.tsv")
    return load_dictionary(data.read_text(encoding="utf-8"))


def test_dictionary_loads_with_several_hundred_actors() -> None:
    entries = _dictionary()
    assert len(entries) >= 350
    kinds = {e.kind for e in entries}
    assert kinds <= {
        "state_force", "militia", "armed_group", "political_party", "government",
        "organisation", "monitor", "media", "person",
    }  # fmt: skip
    names = [e.name for e in entries]
    assert len(names) == len(set(names)), "one row per actor"
    for entry in entries:
        assert entry.affiliation is None or entry.affiliation in names, entry.name
        assert entry.country_code is None or re.fullmatch(r"[A-Z]{2}", entry.country_code)


def test_a_row_of_an_unknown_kind_is_refused() -> None:
    """A typo in a kind ("militai") would make the actor miss every rule that reads kinds."""
    with pytest.raises(ValueError, match="line 2: unknown kind 'militai'"):
        load_dictionary("Free Army\tarmed_group\tSY\t\tFSA\nLiwa X\tmilitai\tSY\t\t\n")


def test_no_alias_names_two_actors() -> None:
    """Aliases are looked up case- and hyphen-insensitively, so compare them that way."""
    owners: dict[str, set[str]] = {}
    for entry in _dictionary():
        for alias in entry.aliases:
            owners.setdefault(_normal(alias), set()).add(entry.name)
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Fatimiyun", "Fatemiyoun Division"),
        ("Kata'ib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"),
        ("Al-Shabab", "al-Shabaab"),
        ("Hizbollah", "Hezbollah"),
        ("Ansarullah", "Houthis"),
        ("Tatmadaw", "Military Forces of Myanmar"),
        ("FARDC", "Military Forces of the Democratic Republic of Congo"),
        ("Jalisco New Generation Cartel", "Jalisco New Generation Cartel"),
        ("SBU", "Security Service of Ukraine"),
        ("Syrian Army", "Military Forces of Syria"),  # a lower-case word may be capitalised
        ("Islamic State Khorasan Province", "Islamic State Khorasan Province"),
        ("Lashkar-e-Toiba", "Lashkar-e-Taiba"),
    ],
)
def test_new_dictionary_aliases(written: str, canonical: str) -> None:
    actors = _actors(f"Reports said {written} had moved closer.")
    assert canonical in [a.name for a in actors]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear who is responsible, and it is un-American to say so.",
        "The pa of the family said the amnesty was welcome.",
        "Critics said the hashd of rumours was a wagner opera.",
        "The human rights lawyer Amal Clooney spoke at the conference.",
        "The festival played Richard Wagner all night.",
        "Who said it? The UN said nothing.",
    ],
)
def test_ordinary_words_and_personal_names_are_not_actors(sentence: str) -> None:
    names = {a.name for a in _actors(sentence) if not a.generic and a.kind != "person"}
    assert names <= {"United Nations"}, names


def test_acronyms_match_only_in_capitals() -> None:
    """ "IS militants" and "the UN" are actors; "is" and "un" are words."""
    names = [a.name for a in _actors("IS militants fled as the UN team arrived; it is over.")]
    assert names.count("Islamic State") == 1
    assert names.count("United Nations") == 1
    assert not _actors("who is un-armed")


def test_name_like_aliases_still_match_as_actors() -> None:
    actors = _actors("Hezbollah and Amal supporters rallied; Russian Wagner mercenaries left.")
    names = [a.name for a in actors]
    assert "Amal Movement" in names
    assert "Wagner Group" in names


def test_named_actors_skip_aliases_inside_personal_names() -> None:
    """The geoparser's actor context uses the same filter as the actor stage."""
    assert [e.name for _, e in named_actors("Amal supporters rallied in Tyre.")] == [
        "Amal Movement"
    ]
    assert list(named_actors("Amal Clooney spoke in London.")) == []


def test_the_word_after_an_arabic_article_may_be_written_small() -> None:
    doc = document("Al shabaab fighters raided Bardera; al qaeda praised the raid.")
    find_actors(doc)
    named = {a.name for a in doc.actors if not a.name.startswith("Unidentified")}
    assert named == {"al-Shabaab", "al-Qaeda"}
