"""The forty-sixth round's roundups of places struck (``list66``): a roundup whose only country
word is the attacking force's demonym ("Russian jets") keeps the towns it struck, and lists of
names the gazetteer lacks opened by "including" or "among them" past a plural noun of places, or
closed by "came under", "were subjected to" or "were targeted by" fire, are one event per place.
Opposition-release and wire-style articles written for these tests (Syria, Yemen, Afghanistan)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, placed_by_text


def test_russian_jets_keep_the_syrian_towns_they_struck() -> None:
    # the only country word is the force's demonym: the towns stay Syrian and are placed
    for wording in (
        "Russian jets launched 30 air raids on Kafr Nabl, Maarat al-Numan and Saraqeb on Tuesday,"
        " killing eight people.",
        "Russian warplanes fired vacuum missiles on Kafr Nabl, Maarat al-Numan and Saraqeb on"
        " Tuesday, killing eight people.",
    ):
        events = events_of(wording)
        placed = placed_by_text(events, "airstrike")
        assert set(placed) == {"Kafr Nabl", "Maarat al-Numan", "Saraqeb"}, wording
        assert {e.locations[0].country_code for e in events} == {"SY"}, wording
        assert {actor for actor, _ in placed.values()} == {"Military Forces of Russia (2000-)"}
        assert sum(toll for _, toll in placed.values()) == 8, wording


def test_regime_and_russian_bombardment_of_eight_towns_is_eight_air_strikes() -> None:
    events = events_of(
        "The towns of Kafr Nabl, Maarat al-Numan, Saraqeb, Khan Shaykhun, Ariha, Jisr al-Shughur,"
        " Sarmin and Binnish were under intense bombardment by regime and Russian warplanes on"
        " Tuesday."
    )
    placed = placed_by_text(events, "airstrike")
    assert len(placed) == 8
    assert "Binnish" in placed and "Kafr Nabl" in placed
    assert {e.locations[0].country_code for e in events if e.event_type == "airstrike"} == {"SY"}


def test_including_past_a_plural_noun_of_places_opens_a_list_of_unknown_villages() -> None:
    for wording in (
        "Regime warplanes pounded dozens of towns and villages in the Idlib countryside on"
        " Tuesday, including Kafr Ruhin, Tell Mardikh and Deir Sunbul, killing six civilians.",
        "Regime warplanes pounded villages, including Kafr Ruhin, Tell Mardikh and Deir Sunbul,"
        " in the Idlib countryside on Tuesday, killing six civilians.",
        "Regime warplanes pounded several villages in the Idlib countryside on Tuesday, among"
        " them Kafr Ruhin, Tell Mardikh and Deir Sunbul, killing six civilians.",
    ):
        placed = placed_by_text(events_of(wording), "airstrike")
        assert set(placed) == {"Kafr Ruhin", "Tell Mardikh", "Deir Sunbul"}, wording
        assert placed["Kafr Ruhin"] == ("Military Forces of Syria (2000-2024)", 6), wording


def test_one_unknown_village_after_including_is_the_place_struck() -> None:
    events = events_of(
        "Regime helicopters dropped barrel bombs on several villages in the Idlib countryside on"
        " Tuesday, including Kafr Ruhin, killing three civilians."
    )
    assert placed_by_text(events, "airstrike") == {
        "Kafr Ruhin": ("Military Forces of Syria (2000-2024)", 3)
    }


def test_a_list_closed_by_came_under_or_targeted_by_is_one_air_strike_per_village() -> None:
    for wording in (
        "Kafr Ruhin, Tell Mardikh and Deir Sunbul in the Idlib countryside came under heavy air"
        " strikes on Tuesday, the Syrian Coalition said.",
        "Kafr Ruhin, Tell Mardikh and Deir Sunbul in the Idlib countryside were targeted by regime"
        " warplanes on Tuesday.",
        "The villages of Kafr Ruhin, Tell Mardikh and Deir Sunbul in the Idlib countryside were"
        " subjected to intense air strikes on Tuesday.",
    ):
        placed = placed_by_text(events_of(wording), "airstrike")
        assert set(placed) == {"Kafr Ruhin", "Tell Mardikh", "Deir Sunbul"}, wording


def test_people_after_including_are_no_villages() -> None:
    # guard (passes at the start too): the people killed are not places struck
    for wording in (
        "Regime warplanes pounded villages in the Idlib countryside on Tuesday, killing 12 people,"
        " including Ahmed Darwish and Omar Haddad.",
        "Residents of several villages, including Ahmed Darwish and Omar Haddad, were killed by"
        " regime air strikes in the Idlib countryside on Tuesday.",
    ):
        events = events_of(wording)
        texts = {e.locations[0].text for e in events if e.locations}
        assert not texts & {"Ahmed Darwish", "Omar Haddad"}, wording
        assert any(e.event_type == "airstrike" for e in events), wording


def test_a_country_own_forces_named_by_demonym_still_place_its_villages() -> None:
    # guard: the demonym still tells its country once ("Indian troops" in Kashmir)
    events = events_of("Indian troops killed two militants in Kupwara and Sopore on Sunday.")
    assert {e.locations[0].country_code for e in events if e.locations} == {"IN"}
    assert len([e for e in events if e.locations]) == 2


def test_two_lists_each_told_in_its_own_province_are_one_air_strike_per_town() -> None:
    for second in ("Morek and Kafr Zita", "Latamneh and Kafr Zita"):
        events = events_of(
            f"Regime warplanes struck Saraqeb and Sarmin in Idlib province and {second} in Hama"
            " province on Tuesday, killing seven civilians, activists said."
        )
        placed = placed_by_text(events, "airstrike")
        assert set(placed) == {"Saraqeb", "Sarmin", *second.split(" and ")}, second
        assert placed["Saraqeb"] == ("Military Forces of Syria (2000-2024)", 7), second
        assert sum(toll for _, toll in placed.values()) == 7, second
        regions = {e.locations[0].admin1 for e in events}
        assert regions == {"Idlib", "Hama"}, second


def test_a_title_case_headline_line_keeps_the_lead_one_air_strike_per_village() -> None:
    # the headline repeated as the body's first line, its verb, "And" and frame capitalised; the
    # list closes with a known village (Mughayr), the others unknown to the gazetteer
    names = "Kafr Ruhin, Tell Mardikh, Deir Sunbul, Ain Laruz, Kafr Uweid, Sfuhen, Fleifel"
    lead = (
        f"Russian warplanes pounded {names} and Mughayr in the Idlib countryside on Tuesday,"
        " killing four civilians, the Syrian Coalition said."
    )
    for headline in (
        f"Russian Warplanes Pound {names} And Mughayr In Idlib Countryside",
        f"Russian Warplanes Pound {names} and Mughayr in Idlib Countryside",
    ):
        placed = placed_by_text(events_of(f"{headline}\n{lead}"), "airstrike")
        assert set(placed) == {*names.split(", "), "Mughayr"}, headline
        assert sum(toll for _, toll in placed.values()) == 4, headline
