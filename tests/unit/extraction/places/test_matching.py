"""Place matching: spellings, what is no place, qualifiers, offsets."""

from __future__ import annotations

import itertools

import pytest

from newsevents.extraction.places.reading.tokens import Tokens
from tests.unit.extraction.places.helpers import km, only, places_in

DEIR_EZ_ZOR = ("Deir ez-Zor", 35.34, 40.14)
RAQQA = ("Raqqa", 35.95, 39.01)
MAYADIN = ("Deir ez-Zor", 35.02, 40.45)
ALBU_KAMAL = ("Deir ez-Zor", 34.45, 40.92)
HASAKAH = ("Al-Hasakah", 36.50, 40.75)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Deir Ezzor", DEIR_EZ_ZOR),
        ("Deir ez-Zor", DEIR_EZ_ZOR),
        ("Dayr az Zawr", DEIR_EZ_ZOR),
        ("Deir al-Zour", DEIR_EZ_ZOR),
        ("al-Raqa", RAQQA),
        ("Raqqa", RAQQA),
        ("Ar Raqqah", RAQQA),
        ("al-Raqqa", RAQQA),
        ("al-Mayadeen", MAYADIN),
        ("Al Mayadin", MAYADIN),
        ("Albu Kamal", ALBU_KAMAL),
        ("Abu Kamal", ALBU_KAMAL),
        ("Al Bukamal", ALBU_KAMAL),
        ("Boukamal", ALBU_KAMAL),
        ("Hasakah", HASAKAH),
        ("al-Hasakah", HASAKAH),
        ("Hassakeh", HASAKAH),
    ],
)
def test_transliteration_variants_resolve_to_one_town(
    written: str, expected: tuple[str, float, float]
) -> None:
    """Spelling variants of Syrian towns find the same GeoNames town, its province and position."""
    admin1, latitude, longitude = expected
    place = only(places_in(f"Militias were deployed in {written}, Syria, on Monday."), written)
    assert (place.country_code, place.admin1, place.precision) == ("SY", admin1, "town")
    assert km(place, latitude, longitude) < 25


def test_village_in_rural_province_gets_its_province() -> None:
    """A supplement village, and "rural X" as the province at region precision."""
    places = places_in(
        "Families were transferred from Deir Ezzor to the village of al-Dibsi in western "
        "rural al-Raqa."
    )
    dibsi = only(places, "al-Dibsi")
    assert (dibsi.name, dibsi.country_code, dibsi.admin1) == ("al-Dibsi", "SY", "Raqqa")
    assert (dibsi.precision, dibsi.feature) == ("town", "village")
    assert km(dibsi, 35.95, 38.28) < 25
    raqqa = only(places, "al-Raqa")
    assert (raqqa.name, raqqa.admin1, raqqa.precision) == ("Raqqa", "Raqqa", "region")


@pytest.mark.parametrize(
    ("text", "surface", "precision", "feature"),
    [
        (
            "They deployed in the eastern Syria province of Deir Ezzor.",
            "Deir Ezzor",
            "admin1",
            "admin1",
        ),
        ("Shelling hit Deir Ezzor province on Monday.", "Deir Ezzor", "admin1", "admin1"),
        ("Cells are active in rural Deir Ezzor.", "Deir Ezzor", "region", "admin1"),
        ("Raids hit Deir al-Zour's eastern countryside.", "Deir al-Zour", "region", "admin1"),
        ("Fighters trained in the Albu Kamal desert.", "Albu Kamal", "region", "city"),
        ("Fighting was reported in Deir Ezzor on Monday.", "Deir Ezzor", "town", "city"),
    ],
)
def test_qualifiers_choose_province_or_region(
    text: str, surface: str, precision: str, feature: str
) -> None:
    """ "X province", "rural X", "X countryside", "X desert" set the feature and precision."""
    place = only(places_in(text), surface)
    assert (place.admin1, place.precision, place.feature) == ("Deir ez-Zor", precision, feature)


@pytest.mark.parametrize(
    "text",
    [
        "Of course, the Police said the Mayor was at the Hospital.",
        "Along the way, Hope and Unity were words the President used.",
        "March was cold. Reading the news, May said nothing.",
        "Media activist Ammar Saleh said so. Saleh added that he left.",
        "The late IRGC Quds Force commander, Qassem Soleimani, was seen with Haj Askar.",
        "Recruits gathered near the former al-Hana Hospital and the al-Nour Mosque.",
        "A young man known as Amer al-Hussein worked with Noureddine al-Jammal. Al-Hussein left.",
        "Photos were posted by Sada al-Sharqiya and Ein al-Furat.",
        "The Iran-backed militia removed Iran-related banners.",
        "Syrian, Iraqi and Lebanese fighters met Afghan and Pakistani recruits.",
        "NATO and ISIS and the IRGC were mentioned by US officials.",
    ],
)
def test_words_people_and_organisations_are_notplaces_in(text: str) -> None:
    """Common words, titles, names of people and organisations, demonyms, modifiers."""
    places = places_in(text)
    assert [p.text for p in places if p.precision != "country"] == []
    assert all(p.text in ("US", "Syria") for p in places)


def test_countries_and_their_abbreviations() -> None:
    """Countries at country precision, also "US", "U.S." and "UAE"; the Middle East is skipped."""
    places = places_in(
        "Officials from the US, the U.S. Treasury, the UAE and Iraq met in the Middle East."
    )
    assert [(p.text, p.country_code, p.precision) for p in places] == [
        ("US", "US", "country"),
        ("U.S.", "US", "country"),
        ("UAE", "AE", "country"),
        ("Iraq", "IQ", "country"),
    ]


def test_supplement_features_and_hyphenated_borders() -> None:
    """Mountains, neighbourhoods, crossings; "Syria-Iraq" is two countries."""
    places = places_in(
        "The centre in Jabal al-Bashari was reinforced. Fighters stayed in al-Sikka area, in "
        "the city of Albu Kamal, near the Syria-Iraq border and the al-Qaim border crossing."
    )
    found = {p.text: (p.name, p.feature, p.precision) for p in places}
    assert found["Jabal al-Bashari"] == ("Jabal al-Bishri", "mountain", "region")
    assert found["al-Sikka"] == ("al-Sikka", "neighbourhood", "neighbourhood")
    assert found["Syria"][2] == found["Iraq"][2] == "country"
    assert found["al-Qaim border crossing"][1:] == ("crossing", "point")


def test_mentions_are_sorted_non_overlapping_with_exact_offsets() -> None:
    """Offsets slice the text exactly; mentions are ordered and disjoint."""
    text = (
        "IRGC-aligned militias recruit near Albu Kamal. Members arrived in Deir Ezzor from "
        "Aleppo, said the Syrian Observatory. Iraq’s militias and Hizbullah in Lebanon."
    )
    places = places_in(text)
    assert [p.text for p in places] == ["Albu Kamal", "Deir Ezzor", "Aleppo", "Iraq", "Lebanon"]
    for before, after in itertools.pairwise(places):
        assert before.span.end <= after.span.start


def test_a_generic_word_glued_to_a_name_is_no_big_city() -> None:
    """ "Colonia Lomas Verdes" is a neighbourhood, not Cologne (Colonia in Latin)."""
    places = places_in(
        "On Tuesday, in Monterrey, Nuevo Leon, armed men shot two bystanders in Colonia Lomas"
        " Verdes."
    )
    assert [p.text for p in places] == ["Monterrey", "Nuevo Leon"]


def test_jammu_and_kashmir_by_its_abbreviation() -> None:
    places = places_in("Police in Ganderbal, J&K, said a grenade wounded two traders on Monday.")
    assert ("IN", "Jammu and Kashmir") in {(p.country_code, p.admin1) for p in places}
    assert only(places, "J&K").precision == "admin1"
    # an ampersand is "and": the country, not Trinidad in Bolivia
    places = places_in("Police in Trinidad & Tobago arrested two men on Monday.")
    assert [(p.text, p.country_code, p.precision) for p in places] == [
        ("Trinidad & Tobago", "TT", "country")
    ]


def test_tokens_carry_the_text_between_them() -> None:
    """Tokens: the text between two tokens, the words a single space away."""
    tokens = Tokens("Shelling hit Shchastia, Luhansk's rural west.")
    assert [t.fold for t in tokens] == [
        "shelling",
        "hit",
        "shchastia",
        "luhansk",
        "s",
        "rural",
        "west",
    ]
    assert tokens.gap(2, 3) == ", "
    assert tokens.before(2) == tokens[1] and tokens.before(3) is None
    assert tokens.word_after(3) == 5  # past the possessive
    assert tokens.after(3) is None


def test_at_with_a_space_does_not_glue_a_place_to_the_next_name() -> None:
    """Arabic "at-" joins a name only with a hyphen ("at-Tall"): "Nyeri at Kingongoo prison"
    is Nyeri, then a prison; "al" with a space still goes on a name ("Sada al Sharqiya")."""
    found = places_in("Prisoners clashed with police in Nyeri at Kingongoo prison, Kenya.")
    assert (found[0].name, found[0].admin1) == ("Nyeri", "Nyeri")


def test_a_place_ending_a_romance_name_is_part_of_it() -> None:
    """ "Carta de Mocambique reports": an outlet, not the town of Mozambique in Nampula (in an
    article about Mozambique, where that town would be plausible)."""
    places = places_in(
        "Gunmen burned three villages in Mozambique's province of Cabo Delgado last week, Carta"
        " de Mocambique reports."
    )
    assert [(p.name, p.admin1) for p in places] == [
        ("Mozambique", None),
        ("Cabo Delgado", "Cabo Delgado"),
    ]


def test_a_place_after_a_romance_units_noun_or_a_longer_place_is_read() -> None:
    """ "Departamento del Cauca" is the department of Cauca, not an outlet's name; "San Jose de
    Apartado" (a village named after its parish) still names Apartadó."""
    cauca = places_in("Gunmen killed five people in Departamento del Cauca on Monday.")
    assert [(p.name, p.admin1, p.country_code) for p in cauca] == [("Cauca", "Cauca", "CO")]
    village = places_in("Gunmen killed five farmers in the village of San Jose de Apartado.")
    assert ("Apartado", "Antioquia", "CO") in {(p.name, p.admin1, p.country_code) for p in village}


def test_an_outlet_named_after_a_place_told_before_a_comma_is_still_an_outlet() -> None:
    """ "..., Carta de Mocambique reports" after a place of two words ("Cabo Delgado"): the
    comma ends that place, so the outlet's name is read as one and names no town."""
    places = places_in(
        "Gunmen killed two farmers in Mozambique's province of Cabo Delgado, Carta de"
        " Mocambique reports."
    )
    assert [(p.name, p.admin1) for p in places] == [
        ("Mozambique", None),
        ("Cabo Delgado", "Cabo Delgado"),
    ]
