"""Nineteenth round, dups2: an arrest told after an incident with no one doing it ("eight
suspects had been detained", "those arrested", "the arrested men") is that incident's
(events/merge/incidents/arrest_followups.py); an arrest told by its agent, or as a separate
operation, stays its own event."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_suspects_detained_after_a_shootout_are_the_shootout() -> None:
    events = events_of(
        "A shootout between gunmen and army troops killed five people in Apatzingan in "
        "Michoacan state on Tuesday, authorities said.\n\nThe state prosecutor said eight "
        "suspects had been detained."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    (event,) = events
    assert event.locations[0].name == "Apatzingan"
    assert len(event.evidence.mentions) == 2


def test_those_arrested_after_a_raid_are_the_raid() -> None:
    events = events_of(
        "Gunmen opened fire on soldiers during a raid on a hideout in Baalbek on Friday, "
        "killing one soldier, the army said.\n\nAn investigation into those arrested has been "
        "opened, the statement said."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].locations[0].name == "Baalbek"


def test_the_arrested_men_are_the_arrest_told_before() -> None:
    events = events_of(
        "Police arrested seven suspected militants in raids in Lahore on Saturday, the "
        "department said.\n\nAccording to a spokesman, the arrested men belonged to a banned "
        "group."
    )
    arrests = [e for e in events if e.event_type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].locations[0].name == "Lahore"
    assert arrests[0].actors[0].name.startswith("Police Forces of Pakistan")


def test_an_arrest_by_its_agent_stays_its_own_event() -> None:
    events = events_of(
        "Gunmen shot dead three villagers in Kuje in Abuja on Monday, residents said.\n\nOn "
        "Wednesday, police arrested four men in Kano over a robbery."
    )
    types = {e.event_type for e in events}
    assert "arrest" in types
    arrest = next(e for e in events if e.event_type == "arrest")
    assert arrest.locations[0].name == "Kano"


def test_a_passive_arrest_in_a_separate_operation_stays_apart() -> None:
    events = events_of(
        "Five suspected militants were killed in an overnight raid in Peshawar, officials said "
        "on Saturday.\n\nIn a separate operation in Quetta, two other militants were arrested."
    )
    arrests = [e for e in events if e.event_type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].locations[0].name == "Quetta"


def test_people_arrested_at_a_named_town_stay_an_arrest() -> None:
    events = events_of(
        "Israeli forces killed a Palestinian man during a raid in Nablus in the occupied West "
        "Bank on Monday, officials said.\n\nFour people were arrested in Tubas, according to "
        "prisoners' groups."
    )
    arrests = [e for e in events if e.event_type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].locations[0].name == "Tubas"
