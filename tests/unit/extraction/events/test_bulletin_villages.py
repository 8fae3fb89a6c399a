"""The fifty-second round's bulletin villages (vill72): a day's army operations told place by
place, at villages the gazetteer lacks, in constructions the earlier rounds did not read: a
list closed by a bearing from a town before its countryside (names/localities.py), and a
village told in the area around it before one more place told the same way
(merge/places/localities/reading/open_lists.py). Names invented."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def _admin1(events: list[EventMessage], kind: str) -> set[str | None]:
    return {e.locations[0].admin1 for e in events if e.event_type == kind and e.locations}


def test_a_list_closed_by_a_bearing_from_a_town_is_one_clash_at_each_name() -> None:
    events = events_of(
        "Army units clashed on Monday with terrorists in Kafr Zumlak, Ain Sharwa, Umm Dhirwa"
        " and Khirbet Nashfa east of the town of Tal Ghurab in Latakia northern countryside,"
        " killing 8 of them."
    )
    assert _places(events, "armed_clash") == sorted(
        ["Kafr Zumlak", "Ain Sharwa", "Umm Dhirwa", "Khirbet Nashfa"]
    )
    assert _admin1(events, "armed_clash") == {"Latakia"}


def test_a_run_without_commas_closed_by_a_bearing_keeps_its_names_not_the_reference() -> None:
    events = events_of(
        "Army units destroyed terrorist dens in Kafr Zumlak Tal Burqash and Umm Dhirwa north of"
        " Ain Sharwa in Hama northern countryside on Tuesday."
    )
    places = _places(events, "armed_clash")
    assert places == sorted(["Kafr Zumlak", "Tal Burqash", "Umm Dhirwa"])
    assert "Ain Sharwa" not in places
    assert _admin1(events, "armed_clash") == {"Hama"}


def test_a_village_in_its_vicinity_before_another_in_its_farms_is_a_clash_at_each() -> None:
    events = events_of(
        "Army units clashed with terrorists in the vicinity of Tal Burqash and in the farms of"
        " Kafr Zumlak in Idleb countryside, killing a number of them."
    )
    assert _places(events, "armed_clash") == ["Kafr Zumlak", "Tal Burqash"]
    assert _admin1(events, "armed_clash") == {"Idlib"}


def test_villages_in_their_surrounding_before_another_surrounding_are_one_clash_each() -> None:
    events = events_of(
        "In Quneitra countryside, army units clashed on Sunday with terrorists in the surrounding"
        " of Tal Burqash Tal Maghreb in the surrounding of Umm Dhirwa Mosque to the east of"
        " Khan Arnabah and in the village of Khirbet Nashfa, leaving 11 of them dead."
    )
    places = _places(events, "armed_clash")
    assert {"Tal Burqash", "Tal Maghreb", "Khirbet Nashfa"} <= set(places)
    assert "Tal Burqash Tal" not in places
    # the town the names lie east of is no place of the act
    assert "Khan Arnabah" not in places
    assert _admin1(events, "armed_clash") == {"Quneitra"}


def test_where_the_fire_came_from_told_around_a_village_is_no_place_of_the_act() -> None:
    events = events_of(
        "Army units clashed with terrorists in the vicinity of Tal Burqash and in the farms of"
        " Kafr Zumlak in Idleb countryside. Terrorists positioned in the vicinity of Ain Sharwa"
        " and in the orchards of Umm Dhirwa fired rocket shells on the village of Khirbet"
        " Nashfa in Idleb countryside, injuring two civilians."
    )
    clashes = _places(events, "armed_clash")
    assert "Tal Burqash" in clashes
    shelled = _places(events, "shelling")
    assert "Khirbet Nashfa" in shelled
    assert "Ain Sharwa" not in shelled + clashes


def test_villages_fired_at_after_the_munition_are_one_shelling_each() -> None:
    events = events_of(
        "Army units hit with heavy artillery shells Kafr Zumlak Tal Burqash and Umm Dhirwa in"
        " Hama northern countryside on Wednesday, destroying two launchers."
    )
    assert _places(events, "shelling") == sorted(["Kafr Zumlak", "Tal Burqash", "Umm Dhirwa"])
    assert _admin1(events, "shelling") == {"Hama"}


def test_quarters_fired_at_after_the_munition_with_commas_are_one_shelling_each() -> None:
    events = events_of(
        "Terrorists targeted with a barrage of rocket shells al-Marjouna, al-Sadiqiya and Bab"
        " Qasrin in Aleppo city, injuring five civilians."
    )
    assert _places(events, "shelling") == sorted(["al-Marjouna", "al-Sadiqiya", "Bab Qasrin"])
    assert _admin1(events, "shelling") == {"Aleppo"}


def test_villages_after_the_foes_posts_are_one_shelling_each() -> None:
    events = events_of(
        "Army artillery pounded terrorist positions Kafr Zumlak and Tal Burqash, killing 7"
        " terrorists in Hama countryside."
    )
    assert _places(events, "shelling") == ["Kafr Zumlak", "Tal Burqash"]


def test_a_list_told_before_its_teller_is_where_the_act_was() -> None:
    events = events_of(
        "Army units killed 14 ISIS terrorists in Deir Ezzor countryside on Sunday. Army"
        " artillery later shelled hideouts in al-Kharaba al-Saffan and Sheikh Dhiyab according"
        " to a field commander."
    )
    places = {e.locations[0].name: e.locations[0].admin1 for e in events if e.locations}
    assert {"al-Kharaba", "al-Saffan", "Sheikh Dhiyab"} <= set(places)
    assert {places[name] for name in ("al-Kharaba", "al-Saffan", "Sheikh Dhiyab")} == {
        "Deir ez-Zor"
    }
