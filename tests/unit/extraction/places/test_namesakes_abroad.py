"""A place read in a country the story is not about: a city abroad that only its own name
tells, and names that belong to an organisation or a unit (tenth round, namesakes)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of
from tests.unit.extraction.places.helpers import places_in


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.text, p.country_code) for p in places_in(text)]


def test_a_city_abroad_told_by_nothing_but_its_name_is_a_misread_village() -> None:
    """An Iraqi report: Halwan is a village of Diyala the gazetteer lacks, not the Cairo
    suburb (whose size made it tell Egypt by itself) nor the small Halwan of the Emirates."""
    text = (
        "Gunmen fired on an army post near Halwan late on Friday, an Iraqi officer said, and "
        "troops later searched farms around Baquba and Kirkuk."
    )
    assert _read(text) == [("Baquba", "IQ"), ("Kirkuk", "IQ")]


def test_a_city_abroad_keeps_its_sense_where_its_country_is_told() -> None:
    """The same name with its people named ("the Egyptian Halwan"), or alone in a story
    telling no other country, is the Egyptian city."""
    text = (
        "An Iraqi officer said gunmen fired at Basra and Kirkuk, while the Egyptian Halwan "
        "was calm."
    )
    assert _read(text) == [("Basra", "IQ"), ("Kirkuk", "IQ"), ("Halwan", "EG")]
    assert _read("Gunmen fired on an army post near Halwan late on Friday.") == [("Halwan", "EG")]


def test_a_capital_speaks_for_its_country_without_it_named() -> None:
    """A capital is no misread village even where only its own name tells its country."""
    text = "Troops clashed near Malakal and Bentiu in South Sudan, and Khartoum denied a role."
    assert ("Khartoum", "SD") in _read(text)


def test_a_word_inside_a_named_organisation_is_no_town() -> None:
    """ "Mission" in the name of an African Union force is no town of Texas; a country in
    such a name keeps its sense."""
    text = "Troops of the African Union Mission in Somalia repelled an assault near Mogadishu."
    assert _read(text) == [("Somalia", "SO"), ("Mogadishu", "SO")]


def test_a_name_after_a_demonym_of_another_country_is_an_outlet() -> None:
    """ "the Chadian Herald" is a paper, not a Herald of the United States the story names,
    and so is "the Herald" after it."""
    text = (
        "Fighting went on overnight in Abeche, the Chadian Herald reported, citing a US "
        "official. Two soldiers died, the Herald said."
    )
    assert _read(text) == [("Abeche", "TD"), ("US", "US")]


def test_a_small_place_before_a_unit_noun_names_the_unit() -> None:
    """ "the Vostok battalion" is a unit, not the Russian village it is named after."""
    text = (
        "The Vostok battalion pulled out of the village of Staromlynivka in Donetsk, Russia said."
    )
    assert [name for name, _ in _read(text)] == ["Staromlynivka", "Donetsk", "Russia"]


def test_a_place_that_is_a_groups_whole_name_is_the_group() -> None:
    """A Somali hamlet shares al-Shabaab's name: "attacks by Al-Shabaab in Bay town" name the
    group and the region, not a village called Al-Shabaab."""
    text = (
        "Four soldiers were killed on Tuesday after attacks by Al-Shabaab in Bay town in "
        "southern Somalia, officials said."
    )
    names = [name for name, _ in _read(text)]
    assert "Al-Shabaab" not in names
    assert names[0] == "Bay"


def test_a_small_place_before_a_statue_noun_names_the_statue() -> None:
    """ "the Raju sculpture" on a Dhaka campus is a statue named after a person, not the Syrian
    village called Raju, where the dispersal it tells would be placed."""
    events = events_of(
        "Students marched towards the Raju sculpture at Dhaka University with a symbolic coffin"
        " and police lobbed tear shells and fired rubber bullets at them on Wednesday."
    )
    (event,) = [e for e in events if e.event_type == "protest_dispersed"]
    assert "Raju" not in [place.name for place in event.locations]


def test_a_town_named_like_an_outlet_stays_a_town() -> None:
    """Al Mayadeen TV is named after the town on the Euphrates: the town keeps its sense."""
    names = [name for name, _ in _read("Militias were deployed in al-Mayadeen, Syria, on Monday.")]
    assert names == ["al-Mayadeen", "Syria"]


def test_a_name_before_its_followers_is_a_party_not_a_place() -> None:
    """ "Jubilee supporters" follow a party (a Canadian hamlet shares its name); the town told
    after them is the place (twenty-third round)."""
    text = "Jubilee supporters protested at polling stations in Kabazi over missing names."
    assert "Jubilee" not in [name for name, _ in _read(text)]
