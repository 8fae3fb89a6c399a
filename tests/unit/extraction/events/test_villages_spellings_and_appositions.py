"""Twenty-fifth round, villages45: villages the extractor never read or read abroad. A
village told in a comma-less apposition ("hit X a village in Y"), a name with an Arabic
article written apart ("Urum al Kubra"), "Kfar" spelt for "Kafr", and a name glued after a
people's ("Turkmen Bari") read as no town abroad."""

from __future__ import annotations

from newsevents.extraction.events.geography.names.localities import locality_names
from newsevents.extraction.places.shared.keys import name_key
from tests.unit.extraction.events.articles import events_of


def test_a_village_told_without_its_comma_is_a_locality() -> None:
    text = "Jets hit Karmouna a village in Idlib province late on Sunday."
    assert [name.name for name in locality_names(text)][:1] == ["Karmouna"]


def test_a_speaker_before_a_town_is_no_locality() -> None:
    text = "A resident told Reuters a town in Idlib province was hit."
    assert "Reuters" not in [name.name for name in locality_names(text)]


def test_a_word_opening_a_sentence_before_a_village_is_no_locality() -> None:
    text = "In a village near Aleppo gunmen shot two men. Meanwhile a town in Idlib was shelled."
    assert locality_names(text) == ()


def test_a_village_told_without_its_comma_after_an_opening_word() -> None:
    text = "Also Karmouna a village in Idlib province came under fire."
    assert [name.name for name in locality_names(text)][:1] == ["Karmouna"]


def test_an_article_written_apart_goes_on_the_name() -> None:
    text = "Fighter jets struck the town of Tell al Sakhr in the western countryside."
    assert [name.name for name in locality_names(text)] == ["Tell al Sakhr"]


def test_kfar_is_a_spelling_of_kafr() -> None:
    assert name_key("Kfar Zeita") == name_key("Kafr Zayta")
    assert name_key("Kafar Nabl") == name_key("Kafr Nabl")
    assert name_key("Kfar") != name_key("Kafr")  # a word alone is left as it is


def test_a_village_spelt_with_kfar_is_the_known_town() -> None:
    body = (
        "Rescuers in the central Syrian province of Hama said an air raid on their centre in "
        "Kfar Zeita killed eight volunteers on Saturday."
    )
    events = events_of(body)
    assert events
    assert events[0].locations[0].name == "Kafr Zayta"


def test_a_name_glued_after_a_people_is_no_town_abroad() -> None:
    body = (
        "Syrian rebels said on Monday that Turkish warplanes struck Islamic State positions "
        "in the area of Turkmen Bari in northern Syria, killing 12 militants. Syrian activists "
        "said the militants fled toward the Syrian town of al-Bab."
    )
    events = events_of(body)
    assert events
    assert all(
        location.country_code == "SY"
        for event in events
        for location in event.locations
        if location.country_code
    )


def test_a_town_told_as_a_settlement_is_no_town_of_an_untold_country() -> None:
    body = (
        "Airstrikes killed 12 civilians in the Syrian province of Deir al-Zor on Tuesday, a "
        "monitor said. Iraqi forces and Syrian fighters pressed on near the border with Iraq. "
        "Seven civilians died on Wednesday when jets bombed the town of al-Husainiyah, the "
        "monitor added."
    )
    countries = {
        location.country_code
        for event in events_of(body)
        for location in event.locations
        if location.country_code
    }
    assert "EG" not in countries


def test_the_old_city_is_the_quarter_of_the_story_town() -> None:
    body = (
        "Syrian rebels launched an assault on government-held districts of Aleppo on Monday, "
        "the Syrian Observatory said. Rebels detonated explosives under army positions in the "
        "Old City on Tuesday, killing 12 soldiers, the Syrian monitor said."
    )
    countries = {
        location.country_code
        for event in events_of(body)
        for location in event.locations
        if location.country_code
    }
    assert countries == {"SY"}


def test_a_road_named_after_a_town_abroad_lies_where_the_story_is() -> None:
    body = (
        "Syrian rebels launched an offensive at dawn on Monday to reopen the Castello Road into "
        "Aleppo, and fierce clashes killed 20 Syrian soldiers, the Syrian monitor said."
    )
    countries = {
        location.country_code
        for event in events_of(body)
        for location in event.locations
        if location.country_code
    }
    assert countries == {"SY"}
