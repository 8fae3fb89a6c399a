"""The twenty-third round's comma-less lists (``missed43``): agency texts that lost the commas of
their lists name several villages or neighbourhoods in one run of capitalised words; each name is
one more place of the act (events/geography/names/glued.py, read by ``listed_names`` beside a known
town)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.events.geography.names.glued import split_names
from tests.unit.extraction.events.articles import events_of


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end in split_names(text)]


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def test_a_name_has_one_word_with_its_own_article() -> None:
    assert _names("al-Rashid al-Bustan al-Karm") == ["al-Rashid", "al-Bustan", "al-Karm"]
    assert _names("Tibna al-Hawa al-Qasab") == ["Tibna al-Hawa", "al-Qasab"]


def test_generic_words_and_adjectives_belong_to_the_name() -> None:
    assert _names("Kafr Tuma Tal al-Wazir") == ["Kafr Tuma", "Tal al-Wazir"]
    assert _names("Deir al-Ward al-Gharbi Umm Sharshuh") == [
        "Deir al-Ward al-Gharbi",
        "Umm Sharshuh",
    ]
    assert _names("Naqra al-Kabireh Naqra al-Saghireh") == ["Naqra al-Kabireh", "Naqra al-Saghireh"]
    assert _names("Khirbet Daas al-Hamra") == ["Khirbet Daas", "al-Hamra"]


def test_two_plain_words_stay_one_name() -> None:
    assert _names("Qasr Rumana Bir Sahl") == ["Qasr Rumana", "Bir Sahl"]
    assert _names("Ruwaiha Sultan") == ["Ruwaiha Sultan"]


def test_unknown_villages_glued_to_a_known_town_are_places_of_their_own() -> None:
    events = events_of(
        "The Syrian Air Force destroyed vehicles of terrorist groups in Tuwair al-Hamsi al-Qunfudh"
        " Morek Kafr Zita and Jurin al-Ulbawi in Hama countryside on Sunday."
    )
    assert _places(events, "airstrike") == sorted(
        ["Tuwair al-Hamsi", "al-Qunfudh", "Murak", "Kafr Zayta", "Jurin al-Ulbawi"]
    )
