"""Places: gazetteer matching, transliteration variants, context disambiguation, precision."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import math
from importlib import resources
from pathlib import Path

import pytest

from newsevents.extraction.document import Document, PlaceMention
from newsevents.extraction.places.find import find_places
from newsevents.extraction.places.gazetteer import admin1_spellings, gazetteer
from newsevents.extraction.places.keys import name_key


def _places(text: str) -> list[PlaceMention]:
    doc = Document(article_id="t", text=text, published=dt.date(2024, 2, 20))
    find_places(doc)
    for place in doc.places:
        assert doc.text[place.span.start : place.span.end] == place.text
    return doc.places


def _km(place: PlaceMention, latitude: float, longitude: float) -> float:
    p = math.pi / 180
    a = (
        math.sin((latitude - place.latitude) * p / 2) ** 2
        + math.cos(place.latitude * p)
        * math.cos(latitude * p)
        * math.sin((longitude - place.longitude) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


def _only(places: list[PlaceMention], surface: str) -> PlaceMention:
    found = [p for p in places if p.text == surface]
    assert len(found) == 1, (surface, places)
    return found[0]


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
    place = _only(_places(f"Militias were deployed in {written}, Syria, on Monday."), written)
    assert (place.country_code, place.admin1, place.precision) == ("SY", admin1, "town")
    assert _km(place, latitude, longitude) < 25


def test_albu_kamal_is_the_syrian_town_without_other_context() -> None:
    """No country named: Albu Kamal is still the border town in Deir ez-Zor."""
    place = _only(_places("Militiamen were stationed in the city of Albu Kamal."), "Albu Kamal")
    assert (place.country_code, place.admin1) == ("SY", "Deir ez-Zor")
    assert place.geonames_id is not None


def test_village_in_rural_province_gets_its_province() -> None:
    """A supplement village, and "rural X" as the province at region precision."""
    places = _places(
        "Families were transferred from Deir Ezzor to the village of al-Dibsi in western "
        "rural al-Raqa."
    )
    dibsi = _only(places, "al-Dibsi")
    assert (dibsi.name, dibsi.country_code, dibsi.admin1) == ("al-Dibsi", "SY", "Raqqa")
    assert (dibsi.precision, dibsi.feature) == ("town", "village")
    assert _km(dibsi, 35.95, 38.28) < 25
    raqqa = _only(places, "al-Raqa")
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
    place = _only(_places(text), surface)
    assert (place.admin1, place.precision, place.feature) == ("Deir ez-Zor", precision, feature)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Clashes erupted in Tripoli, the Lebanese army said.", "LB", "North Lebanon"),
        ("Clashes erupted in Tripoli near Beirut's rivals in Lebanon.", "LB", "North Lebanon"),
        ("Clashes erupted in Tripoli, the Libyan capital.", "LY", "Tripoli"),
        ("Clashes erupted in Tripoli as fighting spread to Misrata.", "LY", "Tripoli"),
    ],
)
def test_tripoli_is_disambiguated_by_context(text: str, country: str, admin1: str) -> None:
    """Countries and demonyms named in the article decide between namesakes."""
    place = _only(_places(text), "Tripoli")
    assert (place.country_code, place.admin1) == (country, admin1)


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
def test_words_people_and_organisations_are_not_places(text: str) -> None:
    """Common words, titles, names of people and organisations, demonyms, modifiers."""
    places = _places(text)
    assert [p.text for p in places if p.precision != "country"] == []
    assert all(p.text in ("US", "Syria") for p in places)


def test_countries_and_their_abbreviations() -> None:
    """Countries at country precision, also "US", "U.S." and "UAE"; the Middle East is skipped."""
    places = _places(
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
    places = _places(
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
    places = _places(text)
    assert [p.text for p in places] == ["Albu Kamal", "Deir Ezzor", "Aleppo", "Iraq", "Lebanon"]
    for before, after in itertools.pairwise(places):
        assert before.span.end <= after.span.start


def test_gazetteer_is_built_once_and_searchable() -> None:
    """The cached gazetteer finds a place under any spelling."""
    assert gazetteer() is gazetteer()
    assert name_key("Deir Ezzor") == name_key("Dayr az Zur") == name_key("Deir al-Zour")
    assert "SY" in {p.country_code for p in gazetteer().search("Boukamal")}


def test_supplement_admin1_names_agree_with_admin1_table() -> None:
    """Every supplement row names an admin1 region that exists in admin1.tsv."""
    data = resources.files("newsevents.extraction").joinpath("data")
    table = set(admin1_spellings())
    for line in data.joinpath("places_supplement.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _, feature, country, admin1, *_ = line.split("\t")
        if admin1:
            assert (country, admin1) in table, (name, country, admin1)
        if feature == "admin1":
            assert admin1 == name


def test_admin1_names_are_current_english_names_with_old_ones_as_alternates() -> None:
    """France's 2016 regions, Morocco's 2015 regions, English governorate names; the old
    GeoNames spelling still finds the region."""
    (strasbourg,) = _places("Farmers blocked a road in Strasbourg.")
    assert strasbourg.admin1 == "Grand Est"
    (casablanca,) = _places("Teachers marched in Casablanca.")
    assert casablanca.admin1 == "Casablanca-Settat"
    sfax = _places("Workers went on strike in Sfax, Tunisia.")[0]
    assert (sfax.name, sfax.admin1) == ("Sfax", "Sfax")
    old = [p for p in _places("Troops were sent to Shamal Sina', Egypt.") if p.country_code == "EG"]
    assert [p.admin1 for p in old if p.precision == "admin1"] == ["North Sinai"]


def test_unknown_village_qualified_by_a_province_gives_the_province() -> None:
    """ "near Slavne, Donetsk": no known Slavne lies in Donetsk province, so the Crimean
    namesake is dropped and Donetsk is the province, not the city."""
    places = _places("Shelling was reported near Slavne, Donetsk.")
    assert [(p.name, p.precision) for p in places] == [("Donetsk", "admin1")]


def test_a_list_of_places_is_not_read_as_place_and_province() -> None:
    places = _places("Airstrikes hit Aleppo, Idlib and Hama.")
    assert [p.name for p in places] == ["Aleppo", "Idlib", "Hamah"]
    assert all(p.precision != "admin1" for p in places)


def test_dr_congo_provinces_of_2015_and_french_province_names() -> None:
    (bunia,) = _places("Militiamen attacked a camp near Bunia, DR Congo.")[:1]
    assert bunia.admin1 == "Ituri"
    sud = [
        p for p in _places("Soldiers were deployed in Sud-Kivu province.") if p.country_code == "CD"
    ]
    assert [(p.name, p.precision) for p in sud] == [("South Kivu", "admin1")]


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        # English admin1 names where GeoNames keeps a local or mangled form
        ("Protesters gathered in Pula on Monday.", "Pula", "Pula", "Istria"),
        ("Police dispersed a protest in Porto-Novo.", "Porto-Novo", "Porto-Novo", "Oueme"),
        ("Residents protested in Poltava on Monday.", "Poltava", "Poltava", "Poltava"),
        # named as a region: the largest region of that name, without a country in the text
        ("Miners protested in Tumeremo, Bolivar state.", "Bolivar", "Bolivar", "Bolivar"),
        ("Unions marched in Viacha, La Paz, on Monday.", "La Paz", "La Paz", "La Paz"),
        # an alternate that only extends the name needs no country in the text
        ("Dockworkers went on strike in Patras.", "Patras", "Patra", "West Greece"),
    ],
)
def test_region_names_and_regions_named_as_such(
    text: str, surface: str, name: str, admin1: str
) -> None:
    place = _only(_places(text), surface)
    assert (place.name, place.admin1) == (name, admin1)


def test_a_country_is_not_its_namesake_village() -> None:
    """Kazakhstan (a village of Almaty region, too) beside Almaty is the country."""
    place = _only(
        _places("Talks in Almaty ended; Kazakhstan said it would host more."), "Kazakhstan"
    )
    assert place.precision == "country"


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        ("Protesters marched in St. Louis on Monday.", "St. Louis", "St. Louis", "Missouri"),
        # a place of that very name beats a bigger one that lists it among its alternates
        (
            "In the United States, a tornado hit Franklin on Monday.",
            "Franklin",
            "Franklin",
            "Tennessee",
        ),
        # ... but the official long form of a city keeps its short name
        (
            "In Mexico, farmers blocked a highway near Durango.",
            "Durango",
            "Victoria de Durango",
            "Durango",
        ),
    ],
)
def test_names_against_alternates(text: str, surface: str, name: str, admin1: str) -> None:
    place = _only(_places(text), surface)
    assert (place.name, place.admin1) == (name, admin1)


def test_a_generic_word_glued_to_a_name_is_no_big_city() -> None:
    """ "Colonia Lomas Verdes" is a neighbourhood, not Cologne (Colonia in Latin)."""
    places = _places(
        "On Tuesday, in Monterrey, Nuevo Leon, armed men shot two bystanders in Colonia Lomas"
        " Verdes."
    )
    assert [p.text for p in places] == ["Monterrey", "Nuevo Leon"]


def test_a_district_of_a_named_province_is_not_a_namesake_elsewhere() -> None:
    """ "Khash district, Badakhshan": not the bigger Khash of Nimruz or of Iran."""
    places = _places("Clashes broke out in Khash district, Badakhshan, on Monday.")
    assert [(p.country_code, p.admin1) for p in places] == [("AF", "Badakhshan")] * 2
    assert places[1].precision == "admin1"


def test_a_district_known_only_as_an_administrative_unit() -> None:
    """geoBoundaries units fill in districts cities500 lacks ("Alasay district, Kapisa")."""
    place = _only(_places("Fighting broke out in Alasay district, Kapisa, on Monday."), "Alasay")
    assert (place.name, place.country_code, place.admin1) == ("Alasay", "AF", "Kapisa")
    assert (place.feature, place.precision) == ("district", "region")
    assert _km(place, 34.9, 69.7) < 40


def test_a_district_yields_to_its_seat_of_the_same_name() -> None:
    """ "Shinkai district" is coded at its seat, Hukumat-e Shinkai, not the unit's centroid."""
    place = _only(_places("Troops killed ten militants in Shinkai district, Zabul."), "Shinkai")
    assert (place.name, place.admin1, place.precision) == ("Hukumat-e Shinkai", "Zabul", "town")


def test_an_actor_of_a_few_regions_favours_places_there() -> None:
    """An OSCE monitors' Zakharivka is Donetsk's, not the bigger one of Odesa (actors.tsv
    "areas")."""
    text = "Monitors of the OSCE Special Monitoring Mission reported shelling near Zakharivka."
    place = _only(_places(text), "Zakharivka")
    assert (place.country_code, place.admin1) == ("UA", "Donetsk")


def test_actor_areas_are_admin1_regions_of_the_actors_country() -> None:
    from newsevents.extraction.actors.find import default_matcher

    regions = set(admin1_spellings())
    entries = [e for e in default_matcher().entries if e.areas]
    assert len(entries) >= 10
    for entry in entries:
        for area in entry.areas:
            assert (entry.country_code, area) in regions, (entry.name, area)


def test_a_first_guess_does_not_vouch_for_itself() -> None:
    """ "Sao Goncalo, Rio de Janeiro state": the Sao Goncalo of that state, not the Sao Goncalo
    do Amarante whose state the first pass had put in the context."""
    places = _places("Police in Sao Goncalo, Rio de Janeiro state, seized weapons on Tuesday.")
    place = _only(places, "Sao Goncalo")
    assert (place.country_code, place.admin1) == ("BR", "Rio de Janeiro")


def test_province_abbreviations_only_in_their_countrys_articles() -> None:
    places = _places("Farmers protested in Sitapur (UP) on Monday.")
    assert (_only(places, "UP").name, _only(places, "Sitapur").admin1) == (
        "Uttar Pradesh",
        "Uttar Pradesh",
    )
    assert [p.text for p in _places("PROTESTS FLARE UP IN PARIS")] == ["PARIS"]
    assert [p.text for p in _places("Prices went UP in Lagos, Nigeria.")] == ["Lagos", "Nigeria"]


def test_a_city_qualified_by_its_namesake_province() -> None:
    """ "Trujillo (Trujillo)": the capital of the Venezuelan state, not the bigger Peruvian
    city."""
    places = _places("Teachers protested in Trujillo (Trujillo) on Monday.")
    assert {(p.country_code, p.admin1) for p in places} == {("VE", "Trujillo")}


def test_a_town_of_a_country_the_article_never_names_must_be_a_city() -> None:
    """In a Ukrainian report "the Deal shaft" is a pit, not Deal in Kent (31,000 people); a
    single mention of a country does not make the article about it."""
    places = _places(
        "Ukrainian officers said militia shells hit the Deal shaft near Avdiivka, Donetsk."
    )
    assert {p.country_code for p in places} == {"UA"}
    assert {p.country_code for p in _places("Floods hit Mine, Yamaguchi, on Monday.")} == {"JP"}
    places = _places("Shells fired from Syria landed in Akcakale on Monday.")
    assert {p.country_code for p in places} == {"SY", "TR"}


def test_district_units_name_admin1_regions_that_exist() -> None:
    """admin_units.tsv.gz is built after admin1.tsv: every unit's region is one of its names."""
    import gzip

    regions = set(admin1_spellings())
    data = resources.files("newsevents.extraction").joinpath("data/admin_units.tsv.gz")
    rows = [
        line.split("\t")
        for line in gzip.decompress(data.read_bytes()).decode("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    stale = [(name, country, admin1) for name, country, admin1, *_ in rows if admin1]
    stale = [row for row in stale if (row[1], row[2]) not in regions]
    assert len(rows) > 50_000 and not stale, stale[:5]


def test_jammu_and_kashmir_by_its_abbreviation() -> None:
    places = _places("Police in Ganderbal, J&K, said a grenade wounded two traders on Monday.")
    assert ("IN", "Jammu and Kashmir") in {(p.country_code, p.admin1) for p in places}
    assert _only(places, "J&K").precision == "admin1"
    # an ampersand is "and": the country, not Trinidad in Bolivia
    places = _places("Police in Trinidad & Tobago arrested two men on Monday.")
    assert [(p.text, p.country_code, p.precision) for p in places] == [
        ("Trinidad & Tobago", "TT", "country")
    ]


def test_a_place_whose_namesakes_lie_outside_the_bracketed_province_is_unknown() -> None:
    """ "the Shahabad ridge (Bandipora, J&K)": no Shahabad of Uttar Pradesh or Haryana; the
    district and province stand for the unknown ridge."""
    places = _places("An army spokesman said shelling hit the Shahabad ridge (Bandipora, J&K).")
    assert {p.admin1 for p in places} == {"Jammu and Kashmir"}
    assert "Bandipora" in {p.name for p in places}


def test_boundary_sets_whose_points_miss_their_names_are_dropped(tmp_path: Path) -> None:
    """build_admin_units.py drops a boundary set whose points do not sit at their names."""
    script = Path(__file__).resolve().parents[4] / "tools" / "build_admin_units.py"
    spec = importlib.util.spec_from_file_location("build_admin_units", str(script))
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    towns = {
        f"Town{c}{d}": (10.0 + i, 20.0 + i)
        for i, (c, d) in enumerate(itertools.product("ABCD", "XYZ"))
    }
    cities = {
        name: {"name": name, "latitude": lat, "longitude": lon}
        for name, (lat, lon) in towns.items()
    }
    lines = ["name,shape_id,lon,lat,admin1,admin2"]
    for n, (name, (lat, lon)) in enumerate(towns.items()):
        lines.append(f"{name},111B{n},{lon + 0.05},{lat},Sound,Sound")  # 5 km off: sound
        lines.append(f"{name},222B{n},{lon + 2.0},{lat},Shuffled,Shuffled")  # 200 km off
    path = tmp_path / "units.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert build.misplaced_sets(path, cities) == {"222"}


def test_a_big_state_is_not_its_district_town_known_by_the_name() -> None:
    """ "Bihar" is the state, not Bihar Sharif (a town that once bore the name); "Dayr az
    Zawr" is the city, a large part of its province."""
    places = _places("Migrants walked home from Delhi to Bihar in India.")
    assert _only(places, "Bihar").precision == "admin1"
    places = _places("Shells hit Dayr az Zawr in Syria.")
    assert _only(places, "Dayr az Zawr").precision == "town"


def test_a_town_named_like_a_region_qualified_by_another_region() -> None:
    """Regions do not nest: "Guerrero, Coahuila" is the town of Coahuila, not the state of
    Guerrero; two regions with no such town are a list, "and" or not."""
    places = _places("Teachers marched in Guerrero, Coahuila, on Monday.")
    assert (_only(places, "Guerrero").admin1, _only(places, "Guerrero").precision) == (
        "Coahuila",
        "town",
    )
    places = _places("Farmers blocked highways in Sonora, Oaxaca.")
    assert {p.text for p in places} == {"Sonora", "Oaxaca"}
    assert _only(places, "Sonora").precision == "admin1"
    places = _places("The governors of Oregon, Nevada, and Arizona met on Monday.")
    assert {p.text for p in places if p.precision == "admin1"} == {"Oregon", "Nevada", "Arizona"}


def test_a_village_outside_a_monitors_regions_is_an_unknown_namesake() -> None:
    """A monitoring mission of a few regions (the OSCE SMM: Donetsk, Luhansk) names front-line
    villages; a small namesake in Lviv oblast is not one of them, unless the text puts it
    there."""
    assert _places("Monitors of the OSCE SMM heard shelling near Zhovkva on Tuesday.") == []
    places = _places("Monitors of the OSCE SMM heard shelling near Zhovkva, Lviv region.")
    assert _only(places, "Zhovkva").admin1 == "Lviv"
    assert _only(_places("Police detained two men near Zhovkva in Ukraine."), "Zhovkva").admin1 == (
        "Lviv"
    )


def test_an_armed_group_is_placed_beyond_its_usual_regions() -> None:
    """Armed groups raid beyond their actors.tsv areas: only monitors' reports drop namesakes."""
    places = _places("Boko Haram fighters raided Madagali and abducted ten women.")
    assert [(p.name, p.admin1) for p in places] == [("Madagali", "Adamawa")]


def test_the_gazetteer_cache_key_digests_every_place_module() -> None:
    """An edit to any module of places/ rebuilds the cached gazetteer."""
    from newsevents.extraction.places import gazetteer as module

    package = Path(module.__file__).parent
    modules = {p.name for p in package.glob("*.py")} - {"__init__.py"}
    assert modules == set(module._DIGESTED_MODULES)
