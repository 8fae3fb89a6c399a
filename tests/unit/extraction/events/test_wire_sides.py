"""How wire copy on Syria's war names the sides: "opposition fighters" and "the opposition",
the coalition written "U.S.-led" or told by its aircraft, the regime named after its leader or
told by its bombing raids, and the source's apposition beside its name."""

from __future__ import annotations

from newsevents.contracts import AcledFields, EventMessage
from tests.unit.extraction.events.articles import events_of


def _acled(events: list[EventMessage], event_type: str) -> AcledFields:
    event = next(e for e in events if e.event_type == event_type)
    assert event.acled is not None
    return event.acled


def test_opposition_fighters_are_the_armed_opposition() -> None:
    acled = _acled(
        events_of(
            "Russian jets hit an outpost in Idlib province in northwest Syria on Sunday, "
            "killing at least one opposition fighter."
        ),
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Russia (2000-)"
    assert acled.actor2 == "Opposition Rebels (Syria)"


def test_opposition_groups_firing_shells_are_the_attacker() -> None:
    acled = _acled(
        events_of(
            "Dozens of shells fired by opposition groups struck government-held districts of "
            "Aleppo in northern Syria on Monday, killing nine civilians."
        ),
        "shelling",
    )
    assert acled.actor1 == "Opposition Rebels (Syria)"
    assert acled.actor2 == "Civilians (Syria)"


def test_the_opposition_told_bare_fights_but_does_not_speak() -> None:
    events = events_of(
        "Fighting between the opposition and the Syrian regime raged in Daraa province in "
        "southern Syria on Monday, the opposition said."
    )
    acled = _acled(events, "armed_clash")
    assert {acled.actor1, acled.actor2} == {
        "Opposition Rebels (Syria)",
        "Military Forces of Syria (2000-2024)",
    }


def test_opposition_to_a_deal_is_a_stance_not_a_side() -> None:
    # review45: "opposition to", "opposition over" name no armed side
    events = events_of(
        "Syrian opposition to the truce deal hardened on Monday. Airstrikes killed 12 civilians "
        "in the town of Saraqeb in Idlib province on Monday."
    )
    assert events != []
    for event in events:
        assert event.acled is not None
        assert "Opposition Rebels (Syria)" not in (event.acled.actor1, event.acled.actor2)


def test_the_us_led_coalition_with_full_stops_and_its_aircraft() -> None:
    acled = _acled(
        events_of(
            "An air strike by the U.S.-led coalition killed 12 members of the Syrian "
            "Democratic Forces near Tabqa, Syria, on Tuesday."
        ),
        "airstrike",
    )
    assert acled.actor1 == "International Coalition Forces"
    acled = _acled(
        events_of("Coalition aircraft struck Daesh positions near Raqqa, Syria, on Monday."),
        "airstrike",
    )
    assert acled.actor1 == "International Coalition Forces"
    assert acled.actor2 == "Islamic State (Syria)"


def test_the_regime_named_after_its_leader_strikes_with_its_forces() -> None:
    acled = _acled(
        events_of(
            "At least four people were killed in airstrikes by the Bashar "
            "al-Assad regime in Hama, Syria, on Friday."
        ),
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Civilians (Syria)"


def test_regime_bombing_raids_name_the_attacker() -> None:
    acled = _acled(
        events_of("Regime bombing raids in Aleppo, Syria, killed 31 civilians on Friday."),
        "airstrike",
    )
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"


def test_the_source_told_with_its_apposition_is_no_side() -> None:
    acled = _acled(
        events_of(
            "Air strikes hit a school in Maarat al-Numan in Idlib province, Syria, and killed "
            "14 students the UN childrens agency UNICEF said on Tuesday."
        ),
        "airstrike",
    )
    assert acled.actor2 == "Civilians (Syria)"
    told = (acled.actor1, acled.actor2, acled.assoc_actor_1, acled.assoc_actor_2)
    assert all("UNICEF" not in (side or "") for side in told)


def test_the_regime_named_before_its_air_strikes_is_the_air_power() -> None:
    events = events_of(
        "Airstrikes struck a centre of the White Helmets in Hama province in central Syria "
        "on Saturday, killing eight volunteers. Assad regime airstrikes have hit their "
        "centres before."
    )
    acled = _acled(events, "airstrike")
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"


def test_who_backs_the_side_that_acts_is_no_side() -> None:
    events = events_of(
        "Kurdish and Iraqi troops backed by the U.S.-led coalition began an offensive on "
        "Monday to recapture Mosul in northern Iraq from Daesh."
    )
    assert all(
        "International Coalition Forces" not in (e.acled.actor1, e.acled.actor2)
        for e in events
        if e.acled is not None
    )


def test_the_aircraft_a_trigger_opens_with_name_its_attacker() -> None:
    events = events_of(
        "Turkish artillery and coalition jets hit 33 Daesh targets near Jarablus in "
        "northern Syria on Monday, security sources said."
    )
    acled = _acled(events, "airstrike")
    assert acled.actor1 == "International Coalition Forces"
    assert acled.actor2 == "Islamic State (Syria)"
