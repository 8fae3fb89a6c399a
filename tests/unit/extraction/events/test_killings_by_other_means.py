"""The twentieth round's fold guard: a killing its own sentence tells done at hand (shot, by a
sniper or gunmen, stabbed) is not a retelling of a shelling, air strike or bombing told in
other sentences (events/generic_violence.py, ``told_by_other_means``)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _of(events: list[EventMessage], kind: str) -> list[EventMessage]:
    return [e for e in events if e.event_type == kind]


def _place(event: EventMessage) -> str | None:
    return event.locations[0].name if event.locations else None


def test_gunmen_killing_after_a_shelling_is_its_own_attack() -> None:
    events = events_of(
        "Artillery shelling hit the town of Taiz on Thursday, wounding four people."
        " Also Thursday, gunmen killed a teacher as he drove to work in Taiz."
    )
    assert len(_of(events, "shelling")) == 1
    killings = _of(events, "attack_on_civilians")
    assert len(killings) == 1
    assert _place(killings[0]) == "Taiz"
    assert killings[0].acled is not None and killings[0].acled.fatalities == 1


def test_a_sniper_killing_after_an_air_strike_is_its_own_attack() -> None:
    events = events_of(
        "Warplanes struck the village of Kafr Nabl on Monday, destroying a house."
        " Residents said the jets came from the south."
        " A girl was shot dead by a sniper in Kafr Nabl as she played outside her home."
    )
    assert len(_of(events, "airstrike")) == 1
    killings = _of(events, "attack_on_civilians")
    assert len(killings) == 1
    assert killings[0].acled is not None and killings[0].acled.fatalities == 1


def test_a_killing_told_with_the_strike_stays_the_strike() -> None:
    events = events_of(
        "Warplanes struck the village of Kafr Nabl on Monday. Two civilians were killed"
        " in the raid, a local official said."
    )
    strikes = _of(events, "airstrike")
    assert len(strikes) == 1
    assert _of(events, "attack_on_civilians") == []
    assert strikes[0].acled is not None and strikes[0].acled.fatalities == 2


def test_gunmen_firing_mortars_are_the_shelling() -> None:
    events = events_of(
        "Mortar shells fell on the Mezzeh district of Damascus on Sunday, wounding three."
        " Gunmen fired mortar shells on Mezzeh, killing two children, the agency said."
    )
    assert _of(events, "attack_on_civilians") == []


# The same actor's act told at two towns in two sentences is two acts
# (events/merge/incidents/repeats.py, ``_at_two_towns``).


def test_the_same_actor_shelling_two_towns_is_two_shellings() -> None:
    events = events_of(
        "Syrian troops shelled the town of Kafr Nabl on Monday, damaging a school."
        " Residents reported heavy fighting near the front. Syrian troops shelled"
        " the town of Saraqeb with rocket launchers, wounding a 70-year-old woman."
    )
    shellings = _of(events, "shelling")
    assert sorted(_place(e) or "" for e in shellings) == ["Kafranbel", "Saraqib"]
    assert all("Syria" in ((e.acled.actor1 if e.acled else None) or "") for e in shellings)


def test_the_same_town_told_again_is_one_shelling() -> None:
    events = events_of(
        "Syrian troops shelled the town of Kafr Nabl on Monday, damaging a school."
        " Residents reported heavy fighting near the front. Syrian troops shelled"
        " Kafr Nabl with rocket launchers, wounding a 70-year-old woman."
    )
    assert len(_of(events, "shelling")) == 1


# What an aside says of a place does not date the act told beside it
# (events/link/temporal/time_frame.py, ``_ASIDE``).


def test_a_place_called_the_cradle_of_an_uprising_keeps_its_clash_news() -> None:
    events = events_of(
        "Regime forces shelled the town of Rastan in Homs province on Tuesday, killing five"
        " people, the Observatory said. Elsewhere, a rebel was killed in clashes with regime"
        " forces in the southern province of Daraa, cradle of the 16-month uprising against"
        " the regime, the Observatory said."
    )
    clashes = _of(events, "armed_clash")
    assert len(clashes) == 1
    assert clashes[0].acled is not None and clashes[0].acled.admin1 == "Daraa"
    assert len(_of(events, "shelling")) == 1


def test_a_period_told_in_the_main_clause_is_still_background() -> None:
    events = events_of(
        "Regime forces shelled the town of Rastan in Homs province on Tuesday, killing five"
        " people, the Observatory said. Rebels have killed 300 soldiers in Daraa over the"
        " 16-month uprising, the Observatory said."
    )
    assert len(_of(events, "shelling")) == 1
    assert _of(events, "armed_clash") == []
