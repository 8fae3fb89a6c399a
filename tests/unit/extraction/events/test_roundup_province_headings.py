"""The forty-eighth round's roundup items (``place68``): a bulletin that tells a day's operations
province by province, each item headed by its province ("In Daraa countryside, ...", "Meanwhile
in Hama ..."), places each act at the village its item names after a locative, the gazetteer's
or not, with or without the heading's comma, not at the heading's province; a heading told in
another spelling of its province ("In Hasaka") is read as the province too. Bulletins written
for these tests."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _places(events: list[EventMessage]) -> dict[str, tuple[str, str | None, int]]:
    """Each event's place as written, with its type, admin1 and toll."""
    return {
        e.locations[0].name: (e.event_type, e.locations[0].admin1, e.acled.fatalities or 0)
        for e in events
        if e.locations and e.acled is not None
    }


def test_a_village_the_gazetteer_lacks_after_a_province_heading_is_the_item_s_place() -> None:
    for heading in ("In Daraa countryside, army", "In Daraa countryside army"):
        events = events_of(
            f"{heading} units clashed with Jabhat al-Nusra terrorists in Busra al-Harir, killing"
            " seven of them."
        )
        places = _places(events)
        assert places == {"Busra al-Harir": ("armed_clash", "Daraa", 7)}, heading


def test_each_item_of_a_bulletin_keeps_its_own_village_and_province() -> None:
    events = events_of(
        "In Quneitra an army unit clashed with terrorists in the surrounding of Tal Fadel,"
        " killing four of them. Meanwhile in the northeastern countryside of Sweida province,"
        " army units destroyed ISIS vehicles near Tal Umm Heiran."
    )
    places = _places(events)
    assert places["Tal Fadel"][1:] == ("Quneitra", 4)
    assert places["Tal Umm Heiran"][1] == "As-Suwayda"
    assert "Quneitra" not in places and "As-Suwayda" not in places


def test_a_later_clause_headed_by_another_province_keeps_its_village() -> None:
    events = events_of(
        "Army units destroyed ISIS positions in al-Mayadin in Deir Ezzor while in Daraa"
        " countryside army units clashed with terrorists in Busra al-Harir killing nine."
    )
    places = _places(events)
    assert places["Busra al-Harir"] == ("armed_clash", "Daraa", 9)
    assert "Daraa" not in places


def test_the_object_of_an_attack_in_a_headed_item_is_its_place() -> None:
    events = events_of(
        "In Homs countryside, an army unit repelled an attack by terrorists on Ghor Gharbiyeh,"
        " killing six of them."
    )
    places = _places(events)
    assert set(places) == {"Ghor Gharbiyeh"}
    assert places["Ghor Gharbiyeh"][1:] == ("Homs", 6)


def test_a_heading_without_its_comma_yields_to_the_known_town_of_its_item() -> None:
    events = events_of("In Hama warplanes struck gatherings of terrorists in Kafr Zita.")
    assert [e.locations[0].name for e in events] == ["Kafr Zayta"]
    # a capitalised word after the place goes on a name or opens a person's: no heading
    events = events_of("In Paris Fabius said the strikes on Raqqa must stop.")
    assert all(e.locations[0].name != "Fabius" for e in events if e.locations)


def test_a_heading_spelt_otherwise_than_its_province_is_no_place_the_item_lies_near() -> None:
    for heading in ("In Hasaka,", "In Hasaka"):
        events = events_of(f"{heading} the army killed six ISIS terrorists near al-Hol.")
        assert [(e.locations[0].name, e.locations[0].admin1) for e in events] == [
            ("al-Hol", "Al-Hasakah")
        ], heading


def test_a_village_of_a_headed_item_lies_in_the_heading_s_province() -> None:
    # the act's known town (Kanakir, a town of Rif Dimashq by the provinces' border) is told as
    # a bearing; the village told with its noun is in the province that heads the item
    events = events_of(
        "In Quneitra countryside army units killed many militants after striking their"
        " hideouts west of Kanakir and in the village of Ghor Gharbiyeh."
    )
    placed = {e.locations[0].name: e.locations[0].admin1 for e in events if e.locations}
    assert placed.get("Ghor Gharbiyeh") == "Quneitra"


def test_a_headline_s_act_in_one_province_takes_no_village_of_another_s_lead() -> None:
    events = events_of(
        "30 Militants Killed in Idleb. The army retook Ghor Gharbiyeh town in Hamah countryside."
        " In Idlib thirty leaders of a militant group were killed in a blast that targeted their"
        " meeting."
    )
    blast = [e for e in events if e.event_type == "explosive_attack"]
    assert [(e.locations[0].name, e.locations[0].admin1) for e in blast] == [("Idlib", "Idlib")]
    assert blast[0].acled is not None and blast[0].acled.fatalities == 30


def test_a_roundup_s_last_item_is_news_not_the_story_s_closing_context() -> None:
    events = events_of(
        "Army units carried out operations against terrorist groups in several provinces on"
        " Monday, a military source said.\n\n"
        "In Deir Ezzor, army units clashed with ISIS terrorists in al-Rushdiyeh neighborhood,"
        " killing 11 of them.\n\n"
        "In Daraa countryside, an army unit clashed with terrorists north of Ghabagheb, killing"
        " five.\n\n"
        "In Lattakia, the army clashed with terrorists in Jabal al-Akrad, killing eight."
    )
    places = _places(events)
    assert places["Jabal al-Akrad"] == ("armed_clash", "Latakia", 8)
    assert len(places) == 3


def test_a_namesake_abroad_in_a_headed_item_is_a_village_of_the_heading_s_province() -> None:
    events = events_of(
        "In Deir Ezzor, units of the army destroyed ISIS positions in Hatla and al-Husseiniyeh."
    )
    placed = {e.locations[0].name: e.locations[0] for e in events if e.locations}
    assert placed["al-Husseiniyeh"].admin1 == "Deir ez-Zor"
    assert placed["al-Husseiniyeh"].country_code == "SY"
    assert "Hatla" in placed
