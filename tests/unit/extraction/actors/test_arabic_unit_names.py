"""Armed groups named by an Arabic unit word the dictionary lacks (forty-fourth round,
group64): the group is the actor, named by itself, no place and no person; the dictionary's
name when it names the whole or the name after the unit word at home."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.actors.named.arabic_units import arabic_unit_names
from newsevents.extraction.places.find import find_places
from tests.unit.extraction.events.articles import sides_of
from tests.unit.helpers import document


def _actors(text: str) -> dict[str, str]:
    doc = document(text)
    find_places(doc)
    find_actors(doc)
    return {m.text: m.name for m in doc.actors}


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in arabic_unit_names(text)]


def test_a_group_led_by_jaish_is_the_actor_in_syria() -> None:
    sides = sides_of(
        "Jaish al-Tahrir fighters attacked army positions near the town of Kafr Nabl in Idlib "
        "province on Monday, killing four soldiers."
    )
    assert sides == [("armed_clash", "Jaish al-Tahrir", "Military Forces of Syria")]


def test_a_group_led_by_liwa_is_the_side_hit() -> None:
    sides = sides_of(
        "Syrian government forces clashed with Liwa Fursan al-Haq near Khan Shaykhun in Idlib "
        "province on Monday, leaving five dead."
    )
    assert sides == [("armed_clash", "Military Forces of Syria", "Liwa Fursan al-Haq")]


def test_a_group_of_several_name_words_is_read_whole() -> None:
    actors = _actors(
        "Harakat Nour al-Din al-Zenki fighters stormed the village of Anadan in Aleppo "
        "province on Monday, killing six soldiers."
    )
    assert actors["Harakat Nour al-Din al-Zenki"] == "Harakat Nour al-Din al-Zenki"


def test_a_group_in_libya_is_named_by_itself() -> None:
    sides = sides_of(
        "Ansar al-Sharia militants attacked a checkpoint in Benghazi on Monday, killing three "
        "soldiers."
    )
    assert sides == [("armed_clash", "Ansar al-Sharia", "Military Forces of Libya")]


def test_a_namesake_abroad_inside_the_name_is_not_the_group() -> None:
    # The dictionary's "Ansar al-Sunna" is a Mozambican group: in Yemen the whole name stands.
    sides = sides_of(
        "Saraya Ansar al-Sunna fighters attacked a checkpoint near the town of Marib in Yemen "
        "on Monday, killing three soldiers."
    )
    assert sides == [("armed_clash", "Saraya Ansar al-Sunna", "Military Forces of Yemen")]


def test_the_dictionary_group_after_the_unit_word_at_home_is_that_group() -> None:
    actors = _actors(
        "Harakat Ahrar al-Sham fighters shelled the town of Mhardeh in Hama province on Monday, "
        "killing two civilians."
    )
    assert actors["Harakat Ahrar al-Sham"] == "Ahrar al-Sham"


def test_an_iraqi_group_the_dictionary_knows_keeps_its_name() -> None:
    sides = sides_of(
        "Kataib Sayyid al-Shuhada fighters shelled the village of Amerli in Salahuddin province "
        "on Monday, killing two civilians."
    )
    assert sides == [("shelling", "Kataib Sayyid al-Shuhada", "Civilians (Iraq)")]


def test_a_possessive_without_its_apostrophe_is_the_dictionary_group() -> None:
    actors = _actors(
        "Russian warplanes struck Jeish al-Fatahs positions near the town of Khan Tuman in "
        "Aleppo province on Monday."
    )
    assert actors["Jeish al-Fatahs"] == "Jaish al-Fateh"


def test_the_name_is_no_place() -> None:
    doc = document(
        "Liwa al-Tawhid fighters shelled the town of Nubl in Aleppo province on Monday, killing "
        "two civilians."
    )
    find_places(doc)
    assert not any(p.text in ("Tawhid", "al-Tawhid") for p in doc.places)


def test_the_name_ends_before_english_words() -> None:
    assert _names("Jaysh al-Islam Fires Rocket Shells on Damascus") == ["Jaysh al-Islam"]
    assert _names("Harakat Hazzm Fighters Withdraw") == ["Harakat Hazzm"]


def test_a_personal_name_or_a_word_without_an_article_is_no_group() -> None:
    assert _names("Ansar Burney said police arrested three men in Karachi.") == []
    assert _names("Ansar members guarded the polling centre.") == []
    assert _names("the Jaish Forces in al-Bab") == []
