"""The forty-eighth round's lists of towns struck (``list68``): one air strike or shelling per
town of a list and the dead of each town at that town, however the list is told: a town with
"and its surroundings", a second act with its own list in another clause of the sentence, a list
closed by a name with an inner article ("Abu al-Duhur"), eight names of which the gazetteer
lacks most, a second list of the same act ("and also targeted"), the dead counted town by town.
Opposition-release-style articles written for these tests (Idlib and Hama countryside)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, placed_by_text


def test_a_town_with_its_surroundings_is_one_place_of_the_list() -> None:
    events = events_of(
        "Russian warplanes on Wednesday targeted Khan Shaykhun and its surroundings, Kafr Nabl"
        " and its countryside, and the town of Hass, killing three civilians, the Civil"
        " Defense said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Khan Shaykhun", "Kafr Nabl", "Hass"}
    assert sum(toll for _, toll in placed.values()) == 3


_SECOND_CLAUSE = (
    "Russian warplanes targeted the towns of Sarmin, Taftanaz and Binnish in the eastern Idlib"
    " countryside, while regime helicopters dropped barrel bombs on Kafr Ruhin, Deir Sunbul and"
    " Jarjanaz."
)
_SIX_TOWNS = {"Sarmin", "Taftanaz", "Binnish", "Kafr Ruhin", "Deir Sunbul", "Jarjanaz"}


def test_a_second_clause_with_its_own_list_of_villages_is_its_own_act() -> None:
    events = events_of(_SECOND_CLAUSE)
    assert set(placed_by_text(events, "airstrike")) >= _SIX_TOWNS
    assert {e.locations[0].country_code for e in events} == {"SY"}


def test_a_second_clause_list_after_a_lead_that_named_none_of_it() -> None:
    events = events_of(
        "Russian warplanes carried out dozens of airstrikes on towns and villages in the eastern"
        " Idlib countryside on Tuesday. " + _SECOND_CLAUSE
    )
    assert set(placed_by_text(events, "airstrike")) >= _SIX_TOWNS


def test_a_city_paragraphs_quarters_stay_its_shelling() -> None:
    """A state bulletin: the city's shelling told, then a source's quarter with its dead, then
    "other shells hit" more quarters. Each quarter is a shelling in the city's province, none an
    attack on civilians apart, none in the province of a namesake village."""
    events = events_of(
        "3 civilians killed as terrorists shell Damascus and Homs\n"
        "Terrorist groups on Monday fired mortar shells at the cities of Damascus and Homs."
        " Damascus Terrorists of the so-called Jaish al-Islam fired rocket shells at residential"
        " quarters of Damascus city. A police source told the agency that terrorists positioned"
        " in the Eastern Ghouta targeted al-Salyhiah neighborhood, killing a man and injuring two"
        " others. The source said that other shells hit the neighborhoods of al-Mazzeh and Ruken"
        " Eddin and al-Mazra area, causing material damage."
    )
    assert not [e for e in events if e.event_type == "attack_on_civilians"]
    provinces = {e.locations[0].admin1 for e in events if e.locations and e.locations[0].admin1}
    assert "As-Suwayda" not in provinces


def test_artillery_told_after_and_with_its_own_subject_shells_its_own_list() -> None:
    events = events_of(
        "Russian warplanes also struck the villages of Hish, Babulin and Umm Jalal in southern"
        " Idlib on Tuesday, and regime artillery shelled Kafr Ruhin, Deir Sunbul and Tell"
        " Mardikh with dozens of rockets."
    )
    assert set(placed_by_text(events, "shelling")) == {"Kafr Ruhin", "Deir Sunbul", "Tell Mardikh"}
    assert {"Hish", "Babulin", "Umm Jalal"} <= set(placed_by_text(events, "airstrike"))


def test_a_list_closed_by_a_name_with_an_inner_article_keeps_its_first_town() -> None:
    events = events_of(
        "Local activists said Russian warplanes targeted the towns of Sarmin, Taftanaz, Binnish,"
        " Kafr Ruhin, Deir Sunbul and Abu al-Duhur in Idlib on Tuesday."
    )
    placed = placed_by_text(events, "airstrike")
    assert {"Sarmin", "Kafr Ruhin", "Deir Sunbul", "Binnish", "Taftanaz"} <= set(placed)


def test_eight_towns_most_of_them_unknown_are_eight_air_strikes() -> None:
    events = events_of(
        "Regime and Russian warplanes carried out dozens of airstrikes on Sunday on the towns of"
        " Kafranbel, Hass, Kafr Ruhin, Deir Sunbul, Al-Habeet, Abdin, Al-Deir al-Sharqi and"
        " Maarat al-Numan in southern Idlib, killing six civilians."
    )
    placed = placed_by_text(events, "airstrike")
    assert len(placed) == 8
    assert "Maarat al-Numan" in placed
    assert placed["Kafranbel"][1] == 6


def test_a_second_list_of_the_same_raid_keeps_the_first_list() -> None:
    events = events_of(
        "Regime warplanes bombed the towns of Jisr al-Shughur and Darkush in the western Idlib"
        " countryside on Friday, and also targeted Kafr Ruhin and Deir Sunbul."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Jisr al-Shughur", "Darkush", "Kafr Ruhin", "Deir Sunbul"}


def test_the_dead_counted_town_by_town_stay_at_their_towns() -> None:
    events = events_of(
        "Russian warplanes struck the towns of Sarmin, Binnish and Taftanaz in the Idlib"
        " countryside on Monday, killing three civilians in Binnish and two in Taftanaz."
    )
    placed = placed_by_text(events, "airstrike")
    assert placed["Sarmin"][1] == 0
    assert placed["Binnish"][1] == 3
    assert placed["Taftanaz"][1] == 2


def test_one_person_killed_in_each_of_two_towns_of_a_shelled_list() -> None:
    events = events_of(
        "Regime forces shelled the towns of Kafr Sijna, Al-Tah, Hish and Maar Shurin in the"
        " southern Idlib countryside on Sunday, killing a woman in Hish and a child in Al-Tah,"
        " activists said."
    )
    placed = placed_by_text(events, "shelling")
    assert set(placed) == {"Kafr Sijna", "Al-Tah", "Hish", "Maar Shurin"}
    assert placed["Hish"][1] == 1
    assert placed["Al-Tah"][1] == 1
    assert placed["Kafr Sijna"][1] == 0


def test_a_list_closed_by_a_site_names_its_villages() -> None:
    for wording in (
        "Regime warplanes carried out 22 raids on Kafr Mous, Hazarin, Deir Sunbul, Farawan and"
        " the abandoned battalion base in the southern Idlib countryside on Monday.",
        "Air forces of the regime intensified their raids on rural Idlib on Monday. At least 60"
        " airstrikes targeting the cities of Saraqeb, Kafr Mous, Hazarin, Deir Sunbul, and the"
        " rebel-held Abu al-Duhur airbase.",
    ):
        placed = placed_by_text(events_of(wording), "airstrike")
        assert {"Kafr Mous", "Hazarin", "Deir Sunbul"} <= set(placed), wording


def test_a_long_list_of_villages_that_lost_its_commas_is_one_air_strike_per_village() -> None:
    # agency and FA-KES texts lost their commas: a day's raids over eight villages, not a
    # city's quarters
    events = events_of(
        "Regime warplanes targeted the villages of Kafr Mous Hazarin Farawan Bzabour Kafr Ruhin"
        " Deir Sunbul Hazano and Tell Mardikh in the southern Idlib countryside on Monday."
    )
    placed = placed_by_text(events, "airstrike")
    assert {"Kafr Mous", "Farawan", "Bzabour", "Hazano", "Tell Mardikh"} <= set(placed)
