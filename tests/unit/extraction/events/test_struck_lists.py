"""The forty-fifth round's lists of places struck from the air or shelled (``air65``): each
member of a roundup's list is its own event of the act's type, by the act's actor, the first
holding the toll, whatever verb or preposition opens the list ("hammered", "in and around",
"strikes against") and when it goes on past "as well as". Wire-style articles written for these
tests (Sudan, Gaza, Syria, Yemen)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, placed_by_text


def test_a_list_hammered_by_warplanes_is_one_air_strike_per_town() -> None:
    events = events_of(
        "KHARTOUM (Reuters) - Sudanese army warplanes hammered Um Kadada, Shangil Tobaya, Tawila"
        " and Kutum in North Darfur on Sunday, killing at least 14 civilians, a rights group"
        " said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Um Kadada", "Shangil Tobaya", "Tawila", "Kutum"}
    assert {actor for actor, _ in placed.values()} == {"Military Forces of Sudan (2019-)"}
    assert placed["Um Kadada"][1] == 14
    assert sum(toll for _, toll in placed.values()) == 14


def test_strikes_against_a_list_of_towns_are_one_air_strike_each() -> None:
    events = events_of(
        "GAZA (AFP) - Israeli aircraft carried out strikes against Beit Lahia, Beit Hanoun and"
        " Jabalia overnight, killing 11 people, the health ministry said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Beit Lahia", "Beit Hanoun", "Jabalia"}
    assert {actor for actor, _ in placed.values()} == {"Military Forces of Israel (2022-)"}
    assert sum(toll for _, toll in placed.values()) == 11


def test_in_and_around_opens_a_list_of_villages_the_gazetteer_lacks() -> None:
    for opener in ("in and around", "around"):
        events = events_of(
            f"Government warplanes struck {opener} Kafr Uweid, Sfuhen and Fleifel in the"
            " southern Idlib countryside on Monday, killing four civilians, activists said."
        )
        placed = placed_by_text(events, "airstrike")
        assert set(placed) == {"Kafr Uweid", "Sfuhen", "Fleifel"}, opener
        assert placed["Kafr Uweid"] == ("Military Forces of Syria (2000-2024)", 4)


def test_a_district_named_after_its_seat_closing_a_list_with_unknown_names_is_a_member() -> None:
    # Haritan (a district the gazetteer names after its seat) closes a list of four names, two of
    # them unknown to the gazetteer: it is the fourth town struck, not a unit holding the list
    events = events_of(
        "Russian and Syrian warplanes pounded Anadan, Hraytan, Kafr Hamra and Haritan in the"
        " northern Aleppo countryside on Tuesday, killing six people, the Syrian Observatory"
        " for Human Rights said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Anadan", "Hraytan", "Kafr Hamra", "Haritan"}
    assert placed["Anadan"][1] == 6


def test_a_list_going_on_past_as_well_as_keeps_its_last_village() -> None:
    events = events_of(
        "Syrian and Russian warplanes pounded the towns of al-Hbeit, Kafr Nbouda, Qalaat"
        " al-Madiq and al-Arbaeen, as well as the villages of Hasraya and al-Jabin in the Hama"
        " countryside on Monday, activists said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {
        "al-Hbeit",
        "Kafr Nbouda",
        "Qalaat al-Madiq",
        "al-Arbaeen",
        "Hasraya",
        "al-Jabin",
    }


def test_a_known_list_with_as_well_as_and_a_person_named_after_is_unchanged() -> None:
    # precision: "as well as" between two people is no list of places, and a list of known
    # towns keeps one event per town as before
    events = events_of(
        "Israeli warplanes carried out a series of raids on Khan Younis, Rafah and Deir al-Balah"
        " overnight, killing at least 20 Palestinians, as well as Ahmed Saleh and Omar Haddad,"
        " the Gaza health ministry said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"Khan Younis", "Rafah", "Deir al-Balah"}


def test_a_list_told_by_a_verb_going_on_is_one_air_strike_per_town() -> None:
    for verb in ("continued to pound", "have been pounding", "were hammering"):
        events = events_of(
            f"BEIRUT (AP) - Government warplanes {verb} Kafr Nabl, Hass, Maarat Hurma, Kafr Sajna"
            " and Tal Mardikh in the southern Idlib countryside on Monday, killing at least five"
            " civilians, the Observatory said."
        )
        placed = placed_by_text(events, "airstrike")
        assert set(placed) == {"Kafr Nabl", "Hass", "Maarat Hurma", "Kafr Sajna", "Tal Mardikh"}, (
            verb
        )
        assert placed["Kafr Nabl"] == ("Military Forces of Syria (2000-2024)", 5), verb


def test_warplanes_that_shelled_or_bombarded_a_list_make_air_strikes_only() -> None:
    for body in (
        "Warplanes shelled Saraqeb and Sarmin in the Idlib countryside on Monday, activists said.",
        "Warplanes believed to be Russian bombarded Saraqeb and Sarmin in the Idlib countryside"
        " on Monday, activists said.",
    ):
        events = events_of(body)
        assert {e.locations[0].text for e in events if e.event_type == "airstrike"} == {
            "Saraqeb",
            "Sarmin",
        }
        assert [e for e in events if e.event_type == "shelling"] == []


def test_artillery_shelling_beside_an_air_strike_stays_a_shelling() -> None:
    # precision: another doer's verb of shelling after the aircraft's act is its own shelling
    events = events_of(
        "Warplanes struck Saraqeb on Monday while government artillery shelled Sarmin in the"
        " Idlib countryside, activists said."
    )
    assert {e.event_type for e in events} == {"airstrike", "shelling"}


def test_one_name_a_barrel_bomb_was_dropped_on_is_the_strike_s_place() -> None:
    events = events_of(
        "Regime aircraft struck rebel-held eastern Aleppo on Sunday. One civilian was killed and"
        " many others were injured by a regime barrel bomb dropped on al-Jalloum, activists"
        " said."
    )
    placed = placed_by_text(events, "airstrike")
    assert set(placed) == {"al-Jalloum"}
    assert placed["al-Jalloum"] == ("Military Forces of Syria (2000-2024)", 1)
    assert all(e.acled.admin1 == "Aleppo" for e in events if e.event_type == "airstrike")


def test_a_shell_that_fell_on_one_quarter_places_the_shelling_there() -> None:
    events = events_of(
        "Rebels shelled government-held areas of Aleppo on Tuesday. Two children were killed when"
        " a shell fell on Bustan al-Qasr, a monitor said."
    )
    assert placed_by_text(events, "shelling") == {
        "Bustan al-Qasr": ("Opposition Rebels (Syria)", 2)
    }


def test_a_district_of_another_province_does_not_lengthen_a_list_of_towns() -> None:
    # precision: the seat district read for the list's first name lies in another province than
    # the known town closing it (a namesake); the unknown name between does not make it a list
    # of three, so no event is placed in that other province
    events = events_of(
        "Violence related to the elections was reported in Lunugamwehera, Tangalla and Hambantota."
    )
    assert events
    assert {e.acled.admin1 for e in events} == {"Southern"}
