"""Sides of the twentieth round: a defender told repelling an unnamed attack stays the one
attacked (``events/link/sides/defence.py``), and a rebel group's battle told alone was fought
against the state's forces (``output/sides/forces/lone_group.py``)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of, events_published


def _acled(body: str, event_type: str, on: dt.date) -> AcledFields:
    return acled_of(body, event_type, dt.datetime(on.year, on.month, on.day, 12, tzinfo=dt.UTC))


def test_an_army_repelling_an_unnamed_attack_is_the_one_attacked() -> None:
    acled = _acled(
        "The Malian army says it has repelled a terror attack on its main military base at"
        " Kati, just outside the capital, Bamako, on Friday.",
        "armed_clash",
        dt.date(2022, 7, 23),
    )
    assert acled.actor1 == "Unidentified Armed Group (Mali)"
    assert acled.actor2 == "Military Forces of Mali (2021-)"


def test_police_repelling_an_attack_on_their_checkpoint_are_attacked() -> None:
    acled = _acled(
        "Police repelled an attack on a checkpoint in Bannu, Pakistan, on Sunday, officials said.",
        "armed_clash",
        dt.date(2022, 7, 24),
    )
    assert acled.actor1 == "Unidentified Armed Group (Pakistan)"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Pakistan")


def test_a_named_attacker_stays_first_when_repelled() -> None:
    acled = _acled(
        "Afghan forces fought off a raid by Taliban militants on a convoy in Charbolak"
        " district, Balkh, on Saturday.",
        "armed_clash",
        dt.date(2020, 5, 9),
    )
    assert acled.actor1 == "Taliban"
    assert acled.actor2 == "Military Forces of Afghanistan (2014-2021)"


def test_a_rebel_group_taking_an_outpost_took_it_from_the_state() -> None:
    acled = _acled(
        "The Arakan Army captured an outpost in Paletwa township, Chin State, on Tuesday after"
        " a two-day offensive, a resident told RFA.",
        "territory_taken",
        dt.date(2023, 11, 15),
    )
    assert acled.actor1 == "AA: Arakan Army"
    assert acled.actor2 == "Military Forces of Myanmar (2021-)"


def test_a_rebel_group_fighting_alone_fought_the_state() -> None:
    acled = _acled(
        "Fighters of al-Shabaab fought for hours near Afgoye in Lower Shabelle, Somalia, on"
        " Monday, residents said.",
        "armed_clash",
        dt.date(2021, 6, 7),
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 is not None and acled.actor2.startswith("Military Forces of Somalia")


def test_a_named_opponent_and_a_group_abroad_keep_their_sides() -> None:
    # the other side told: no state's forces read in its place
    named = _acled(
        "Al-Shabaab fighters clashed with Ahlu Sunna Wal Jama'a militiamen near Guriel,"
        " Galgaduud, Somalia, on Monday.",
        "armed_clash",
        dt.date(2021, 6, 7),
    )
    assert named.actor2 is None or not named.actor2.startswith("Military Forces of Somalia")
    # a group of another country fighting abroad: its opponent is not the host state
    abroad = _acled(
        "Hezbollah fighters fought for hours near Qusayr in Homs province, Syria, on Monday.",
        "armed_clash",
        dt.date(2013, 5, 20),
    )
    assert abroad.actor2 is None or not abroad.actor2.startswith("Military Forces of Syria")


def test_communal_militias_fighting_alone_keep_no_state_side() -> None:
    acled = _acled(
        "Pokot militants fought for hours near Kapedo in Baringo county, Kenya, on Monday.",
        "armed_clash",
        dt.date(2021, 6, 7),
    )
    assert acled.actor2 is None or not acled.actor2.startswith("Military Forces")


def test_a_rebel_group_fighting_an_unnamed_other_group_did_not_fight_the_state() -> None:
    # (review40) the other side told by the fight's construction but left unnamed by linking
    between = _acled(
        "Heavy fighting broke out between Al-Shabaab and local clan fighters in Galgaduud,"
        " Somalia, on Monday, leaving 15 dead, elders said.",
        "armed_clash",
        dt.date(2021, 6, 7),
    )
    assert between.actor1 == "Al Shabaab"
    assert between.actor2 is None or not between.actor2.startswith("Military Forces")
    # ... but the group's own fighters are no other side
    own = _acled(
        "Al-Shabaab fighters captured the town of Bulo Burde in Hiraan, Somalia, on Monday"
        " after heavy fighting, residents said.",
        "territory_taken",
        dt.date(2021, 6, 7),
    )
    assert own.actor2 is not None and own.actor2.startswith("Military Forces of Somalia")
    # (review40b) ... nor are its allies named beside it as the subject
    allies = _acled(
        "Al-Shabaab and allied Hizbul Islam militants captured the town of Bulo Burde in Hiraan,"
        " Somalia, on Monday, residents said.",
        "territory_taken",
        dt.date(2021, 6, 7),
    )
    assert allies.actor1 == "Al Shabaab"
    assert allies.actor2 is not None and allies.actor2.startswith("Military Forces of Somalia")


def _events_by_type(body: str, on: dt.date) -> list[tuple[str, str | None, str | None]]:
    published = dt.datetime(on.year, on.month, on.day, 12, tzinfo=dt.UTC)
    return [
        (e.event_type, e.acled.actor1, e.acled.actor2)
        for e in events_published(body, published)
        if e.acled is not None
    ]


def test_unidentified_gunmen_are_not_the_group_named_elsewhere() -> None:
    events = _events_by_type(
        "BLA fighters attacked a camp in Kech, Balochistan, on Saturday. In a separate incident"
        " of violence on Sunday, the brother of a prominent legislator was assassinated by"
        " unidentified gunmen in Turbat.",
        dt.date(2022, 4, 9),
    )
    assert (
        "attack_on_civilians",
        "Unidentified Armed Group (Pakistan)",
        "Civilians (Pakistan)",
    ) in events


def test_unknown_armed_men_are_not_the_group_named_elsewhere() -> None:
    events = _events_by_type(
        "Hezbollah fighters were deployed near Daraa, Syria. In another incident, unknown armed"
        " men stormed a house of an ex-rebel commander in Sanamain, Daraa, and opened fire,"
        " killing five former rebel commanders.",
        dt.date(2020, 4, 9),
    )
    killings = [e for e in events if e[0] == "attack_on_civilians"]
    assert killings and all(e[1] == "Unidentified Armed Group (Syria)" for e in killings)


def test_gunmen_of_the_one_group_named_still_take_its_name() -> None:
    # not told as unknown: the article's one group is the agent (``named_attackers``)
    events = _events_by_type(
        "Suspected Boko Haram fighters raided Kautikari village in Borno state, Nigeria, on"
        " Sunday. The gunmen opened fire on residents, killing 12 people.",
        dt.date(2021, 6, 7),
    )
    assert any(e[1] is not None and "Boko Haram" in e[1] for e in events)


def test_students_kidnapped_then_released_are_civilians_freed_by_their_captors() -> None:
    acled = _acled(
        "Seventy-eight students and a driver kidnapped from a Christian school in Bamenda,"
        " Cameroon, were released late Tuesday.",
        "release",
        dt.date(2018, 11, 7),
    )
    assert acled.actor1 == "Unidentified Armed Group (Cameroon)"
    assert acled.actor2 == "Civilians (Cameroon)"


def test_hostages_freed_by_a_named_group_keep_their_captors() -> None:
    acled = _acled(
        "Al-Shabaab released four hostages near Baidoa in Bay region, Somalia, on Monday.",
        "release",
        dt.date(2021, 6, 7),
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 == "Civilians (Somalia)"


def test_group_members_a_state_frees_are_that_group_not_civilians() -> None:
    # (review40) "Taliban prisoners" freed by the army are the Taliban's, no civilians
    found = _events_by_type(
        "The Afghan army released 30 Taliban prisoners in Kandahar, Afghanistan, on Monday as"
        " part of a prisoner exchange.",
        dt.date(2019, 6, 10),
    )
    released = [sides for sides in found if sides[0] == "release"]
    assert released, found
    assert released[0][1] is not None and released[0][1].startswith(
        "Military Forces of Afghanistan"
    )
    assert released[0][2] == "Taliban"
