"""Communal militias named by their ethnic group, and the country of a note that names no place."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.actors.unnamed.communal import ethnic_militias, two_groups
from newsevents.extraction.places.find import find_places
from tests.unit.helpers import document


def _names(text: str, country: str | None = "KE") -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in ethnic_militias(text, country)]


def test_armed_men_of_a_community_are_its_ethnic_militia() -> None:
    assert _names("Marakwet raiders stole two hundred goats.") == [
        ("Marakwet raiders", "Marakwet Ethnic Militia (Kenya)")
    ]


def test_two_communities_clashing_name_the_first_one() -> None:
    assert _names("Orma and Pokomo herdsmen fought over a water point.") == [
        ("Orma and Pokomo herdsmen", "Orma Ethnic Militia (Kenya)")
    ]
    assert _names("Fighting broke out between the Gabra and Borana communities.") == [
        ("Gabra and Borana communities", "Gabra Ethnic Militia (Kenya)")
    ]


def test_a_community_of_two_countries_takes_the_article_country() -> None:
    assert _names("Pokot warriors raided a kraal.", "UG") == [
        ("Pokot warriors", "Pokot Ethnic Militia (Uganda)")
    ]
    assert _names("Fulani gunmen attacked a farm.", "SN") == [
        ("Fulani gunmen", "Fulani Ethnic Militia (Nigeria)")
    ]


def test_a_community_named_as_an_ethnic_militia_or_attacking_is_its_militia() -> None:
    assert _names("A Samburu ethnic militia drove off the herds.") == [
        ("Samburu ethnic militia", "Samburu Ethnic Militia (Kenya)")
    ]
    assert _names("Rendille attacked a watering point at dawn.") == [
        ("Rendille", "Rendille Ethnic Militia (Kenya)")
    ]
    assert _names("The Ajuran clan raided a manyatta.") == [
        ("Ajuran clan", "Ajuran Ethnic Militia (Kenya)")
    ]
    assert _names("Armed youths from the Kuria community torched granaries.") == [
        ("youths from the Kuria community", "Kuria Ethnic Militia (Kenya)")
    ]
    # A place of the same name before the verb is no subject.
    assert _names("Bandits in Turkana attacked a lorry.") == []


def test_acled_writes_one_spelling_of_a_community() -> None:
    assert _names("Boran warriors crossed the border.") == [
        ("Boran warriors", "Borana Ethnic Militia (Kenya)")
    ]


def test_a_communitys_militants_and_acleds_own_spelling_are_its_militia() -> None:
    assert _names("Two herders were shot dead by Pokot militants near a dam.") == [
        ("Pokot militants", "Pokot Ethnic Militia (Kenya)")
    ]
    assert _names("Kipsigi raiders burnt a school.") == [
        ("Kipsigi raiders", "Kipsigi Ethnic Militia (Kenya)")
    ]
    assert _names("Fighting broke out between the Arjuran and Degodia clans.") == [
        ("Arjuran and Degodia clans", "Ajuran Ethnic Militia (Kenya)")
    ]


def test_rival_communities_unnamed_are_an_unidentified_ethnic_militia() -> None:
    doc = document("Three people died when rival pastoralist communities clashed near Hola, Kenya.")
    find_places(doc)
    find_actors(doc)
    names = {m.text: m.name for m in doc.actors}
    assert names["rival pastoralist communities"] == "Unidentified Ethnic Militia (Kenya)"


def test_a_community_that_is_not_armed_is_no_militia() -> None:
    assert _names("Turkana elders met the governor.") == []
    assert _names("Gunmen killed members of the Dogon community.", "ML") == []


def test_a_note_without_places_is_named_after_the_country_of_its_actors() -> None:
    doc = document("ODM supporters blocked a road; police fired tear gas.")
    find_places(doc)
    assert doc.places == []
    find_actors(doc)
    names = {m.text: m.name for m in doc.actors}
    assert names["police"] == "Police Forces of Kenya"


def test_a_demonym_names_the_country_of_generic_actors() -> None:
    doc = document("Protesters burnt tyres after Pakistani police arrested a trader.")
    find_places(doc)
    find_actors(doc)
    names = {m.text: m.name for m in doc.actors}
    assert names["Protesters"] == "Protesters (Pakistan)"


def _country_named(text: str) -> dict[str, str]:
    doc = document(text)
    find_places(doc)
    assert doc.places == []
    find_actors(doc)
    return {m.text: m.name for m in doc.actors}


def test_a_note_naming_only_small_places_of_one_country_is_named_after_it() -> None:
    # The county is not taken as a place without its country named, yet it is in one only.
    assert _country_named("Farmers from West Pokot blocked a road; police fired tear gas.") == {
        "police": "Police Forces of Kenya"
    }
    assert _country_named("Weavers marched through Ernakulam; police arrested their leaders.") == {
        "police": "Police Forces of India"
    }


def test_a_name_of_several_countries_or_an_opening_word_names_no_country() -> None:
    # "Punjab" is a province of India and of Pakistan.
    assert _country_named("Police dispersed traders who protested in Punjab over taxes.") == {
        "Police": "Police Forces"
    }


def test_an_office_of_one_country_names_the_country() -> None:
    assert _country_named("Two MCAs led a march; police dispersed the crowd.") == {
        "police": "Police Forces of Kenya"
    }
    assert _country_named("Farmers gheraoed the upazila office; police charged them.") == {
        "police": "Police Forces of Bangladesh"
    }
    # "hartal" is called in Bangladesh and in India: no country.
    assert _country_named("Shops shut for a hartal; police arrested pickets.") == {
        "police": "Police Forces"
    }


def test_a_head_of_state_names_the_country() -> None:
    # The apostrophe lost, as notes often write the possessive.
    assert _country_named("Youths rioted after Kibakis re-election; police fired tear gas.") == {
        "police": "Police Forces of Kenya"
    }
    assert _country_named("Monks marched against Thein Sein's plan; police detained them.") == {
        "police": "Police Forces of Myanmar"
    }
    # A surname inside a longer word is no one's.
    assert _country_named("Workers protested the modification of rules; police watched.") == {
        "police": "Police Forces"
    }


def test_an_actor_inside_a_compound_modifier_names_the_country() -> None:
    assert _country_named(
        "Pickets of the BNP-led alliance enforced a blockade; police watched."
    ) == {"police": "Police Forces of Bangladesh"}


def test_armed_men_of_another_nation_are_named_after_it() -> None:
    doc = document("Ethiopian raiders attacked herders near Lodwar in Turkana on Monday.")
    find_places(doc)
    find_actors(doc)
    assert {(a.text, a.name) for a in doc.actors if a.generic} >= {
        ("raiders", "Unidentified Ethnic Militia (Ethiopia)")
    }
    # Without a nationality the article's country names them.
    doc = document("Raiders attacked herders near Lodwar in Turkana on Monday.")
    find_places(doc)
    find_actors(doc)
    assert ("Raiders", "Unidentified Ethnic Militia (Kenya)") in {
        (a.text, a.name) for a in doc.actors
    }


def test_a_people_of_one_country_names_the_country_of_a_note_without_places() -> None:
    # Herders hit by the police are no militia, yet the people says where the note is.
    named = _country_named("Police shot Maasai herders who had crossed onto a ranch.")
    assert named["Police"] == "Police Forces of Kenya"
    # (a people whose province bears its name is placed there: test_counties.py)
    assert _country_named("Hundreds of Rendille protested over grazing land; police watched.") == {
        "police": "Police Forces of Kenya"
    }
    # Two peoples of as many countries, named once each: no country.
    assert _country_named("Dinka and Oromo traders protested; police watched.") == {
        "police": "Police Forces"
    }


def test_a_name_told_as_a_place_outweighs_a_bare_capitalised_word() -> None:
    # "Price" is a town of the United States only, but here a word of a title; Ernakulam is
    # told as where the farmers come from.
    assert _country_named(
        "Farmers from Ernakulam protested against the State Advised Price; police watched."
    ) == {"police": "Police Forces of India"}


def test_a_small_town_named_as_a_later_word_of_a_name_names_no_country() -> None:
    # "Mills", "Circle" and "Magazine" are small American towns, here words of the names of a
    # company, a square and a weekly; "Mysore" opens the company's name and is a city of India.
    assert _country_named("Workers of Mysore Paper Mills protested; police watched the gate.") == {
        "police": "Police Forces of India"
    }
    assert _country_named(
        "Traders rallied at Gandhi Circle against Charlie Hebdo Magazine; police watched."
    ) == {"police": "Police Forces"}


def test_a_town_of_ten_thousand_as_a_later_word_of_a_name_names_no_country() -> None:
    # "Tuman" is another name of an Albanian town of ten thousand, here a word of a Syrian
    # village's name the gazetteer lacks (air62): no "Military Forces of Albania".
    assert _country_named("Government troops attacked Khan Tuman; rebels fled.") == {
        "Government troops": "Military Forces",
        "rebels": "Rebel Forces (International)",
    }
    # "Mine" is a Japanese town of twenty thousand and a parish of Saint Lucia: a word of two
    # countries still, not Saint Lucia's once the town is set aside.
    assert _country_named("Monitors counted 21 explosions near Zolota Mine; police watched.") == {
        "police": "Police Forces"
    }


def test_a_region_named_inside_a_name_still_names_its_country() -> None:
    assert _country_named("The All Assam Students Union protested; police watched.") == {
        "police": "Police Forces of India"
    }


def test_a_word_of_a_persons_name_after_a_title_names_no_country() -> None:
    # "Serem" is a small town of Kenya, "David" a town of Panama: here a lecturer's name.
    assert _country_named("Students protested against Prof David Serem; police watched.") == {
        "police": "Police Forces"
    }


def test_an_outlet_tells_the_country_only_when_nothing_else_does() -> None:
    # The agency reports from everywhere: the county of one country says where the news is.
    assert (
        _country_named(
            "Herders from West Pokot blocked a road, an Associated Press reporter said; police "
            "fired tear gas."
        )["police"]
        == "Police Forces of Kenya"
    )
    assert (
        _country_named("Police fired tear gas, an Associated Press reporter said.")["Police"]
        == "Police Forces of the United States"
    )


def test_two_peoples_named_as_regions_or_counties_are_no_sides() -> None:
    """Names that are also regions, counties or towns, followed by that noun, are places."""
    assert not two_groups("Fighting continued in the Amhara and Afar regions on Monday.")
    assert not two_groups("Schools reopened in Meru and Nandi counties.")
    assert not two_groups("Flooding hit the Amhara and Afar states.")
    # the peoples themselves still are the two sides
    assert two_groups("Clashes between the Amhara and Afar communities left four dead.")
    assert two_groups("Fighting between Amhara and Afar militias spread on Monday.")
    assert two_groups("Amhara and Afar fighters clashed near the border.")


def test_armed_men_from_a_peoples_land_are_its_militia() -> None:
    assert _names("Alleged bandits from Pokot attacked a village near the river.") == [
        ("bandits from Pokot", "Pokot Ethnic Militia (Kenya)")
    ]
    assert _names("Suspected raiders from West Pokot ambushed two officials.") == [
        ("raiders from West Pokot", "Pokot Ethnic Militia (Kenya)")
    ]
    assert _names("Raiders from the neighbouring Turkana county drove off the goats.") == [
        ("Raiders from the neighbouring Turkana", "Turkana Ethnic Militia (Kenya)")
    ]
    # A country is no people: "raiders from Ethiopia" stay generic.
    assert _names("Raiders from Ethiopia stole forty camels.") == []


def test_two_peoples_told_as_ethnic_communities_that_clash_are_their_militias() -> None:
    assert _names("Kikuyu and Luo ethnic communities clash over voter registration.") == [
        ("Kikuyu and Luo ethnic communities", "Kikuyu Ethnic Militia (Kenya)")
    ]
    assert _names("Degodia and Gare clans battle in and around the town.") == [
        ("Degodia and Gare clans", "Degodia Ethnic Militia (Kenya)")
    ]


def test_other_spellings_of_a_people_are_acleds_one() -> None:
    assert _names("Fresh skirmishes between the Gabbras and Boranas left four dead.") == [
        ("Gabbras and Boranas", "Gabra Ethnic Militia (Kenya)")
    ]
    assert _names("Gare ethnic militia attacked a settlement.") == [
        ("Gare ethnic militia", "Garre Ethnic Militia (Kenya)")
    ]


def test_a_noun_of_armed_men_inside_a_longer_word_is_none() -> None:
    # "firefighters" holds "fighters": no militia (twenty-sixth round's review).
    assert _names("Firefighters from Turkana put out the blaze at the market.") == []
    assert _names("Firefighters from the Turkana community put out the blaze.") == []
