"""Twenty-fourth round, folds44: a name coordinated after a locality with its own frame ("the X
area and the outskirts of Y", "X area and Y residential suburb", "X Hill and east of Y") is one
more place of the act, not the first place told again."""

from __future__ import annotations

from newsevents.extraction.events.geography.names.localities import locality_names
from tests.unit.extraction.events.articles import events_of


def test_a_place_told_by_its_outskirts_after_an_area_is_a_place_of_its_own() -> None:
    body = (
        "Heavy clashes erupted on Monday in the Qasr Hadid area and the outskirts of Tal "
        "Marwan in Hasaka province between Kurdish fighters and Islamic State militants."
    )
    places = {event.locations[0].name for event in events_of(body)}
    assert {"Qasr Hadid", "Tal Marwan"} <= places


def test_a_suburb_told_after_an_area_is_shelled_too() -> None:
    body = (
        "Terrorists fired mortar shells on Bab Sharqi area and al-Qassaa residential suburb in "
        "Damascus on Sunday, wounding five civilians."
    )
    places = {event.locations[0].name for event in events_of(body)}
    assert {"Bab Sharqi", "al-Qassaa"} <= places


def test_a_name_told_by_its_bearing_after_a_hill_is_a_second_spot() -> None:
    text = "The air force hit positions of the militants in Sharaf Hill and east of Kherbet Nouf."
    names = [name.name for name in locality_names(text)]
    assert names == ["Sharaf Hill", "Kherbet Nouf"]


def test_a_name_told_before_more_words_is_no_peer() -> None:
    text = "Fighting raged in al-Qadam neighbourhood and Jaish al-Islam fighters withdrew."
    names = [name.name for name in locality_names(text)]
    assert names == ["al-Qadam"]


def test_a_peer_told_after_the_countryside_of_the_first_is_a_place_too() -> None:
    text = (
        "Army units repelled an attack on posts near Kherbet Sawan village in the far west of "
        "Homs countryside and Tal Mansour in the northern countryside."
    )
    names = [name.name for name in locality_names(text)]
    assert names == ["Kherbet Sawan", "Tal Mansour"]
