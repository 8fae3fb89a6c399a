"""A lead that sums up a span of days or a wide area (thirtieth round, several50): "the army
killed 60 terrorists in Idlib province during the past 24 hours", then the acts the total is
made of, each at its own town with its own count. Each act is an event of its own, with its
place and toll; the lead's total stays on the lead's event. Near misses stay one event: a lead
told at a town (its body's strike is that act), a body sentence that gives the lead's toll
again, a lead with no span of days (left to the other passes, as before)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _at(events: list[EventMessage]) -> dict[str, tuple[str, int | None]]:
    """Each event's place, with its type and toll."""
    return {
        e.acled.location: (e.event_type, fatalities(e))
        for e in events
        if e.acled is not None and e.acled.location is not None
    }


def test_a_state_media_day_total_and_its_parts_without_commas() -> None:
    body = (
        "Army units killed more than 60 terrorists in Idlib province during the past 24 hours."
        " A military source told SANA that an army unit clashed with terrorists in the"
        " surroundings of Saraqeb killing 12 of them. Four terrorists were killed in an army"
        " operation in the vicinity of Jisr al-Shughour. Army airstrikes destroyed terrorist"
        " hideouts and vehicles in Ariha."
    )
    at = _at(events_of(body))
    assert at["Saraqib"] == ("armed_clash", 12)
    # the toll of a part told in its own sentence is its own, not the act's before it
    assert at["Jisr ash Shughur"] == ("armed_clash", 4)
    assert at["Ariha"][0] == "airstrike"
    assert at["Idlib"] == ("armed_clash", 60)


def test_a_monitors_total_since_a_weekday_and_its_parts() -> None:
    body = (
        "The Syrian Observatory for Human Rights said regime forces and their allies killed at"
        " least 37 rebels across Daraa province since Friday. Nine of them were killed in"
        " clashes on the outskirts of Nawa, the monitor said. Regime helicopters dropped barrel"
        " bombs on Inkhil killing five rebels."
    )
    events = events_of(body)
    at = _at(events)
    assert at["Nawa"] == ("armed_clash", 9)
    assert ("airstrike", 5) in at.values()
    assert sorted(fatalities(e) or 0 for e in events) == [5, 9, 37]


def test_a_wire_total_over_three_days_and_the_towns_it_counts() -> None:
    body = (
        "BEIRUT (Reuters) - Syrian and Russian air strikes have killed at least 45 people across"
        " Idlib province over the past three days, a monitor said on Wednesday. In Maarat"
        " al-Numan, 11 people died when jets hit a market, the Syrian Observatory for Human"
        " Rights said. Strikes on Ariha killed seven people, it said."
    )
    at = _at(events_of(body))
    assert at["Idlib"] == ("airstrike", 45)
    assert at["Maarrat an Numan"] == ("airstrike", 11)
    assert at["Ariha"] == ("airstrike", 7)


def test_a_regional_total_over_two_days_keeps_the_act_told_inside_its_province() -> None:
    body = (
        "Russian jets pounded opposition-held towns in the countryside of Hama over the last 48"
        " hours, killing at least 20 people, activists said. Barrel bombs also fell on Kafr"
        " Zita."
    )
    at = _at(events_of(body))
    assert at["Hama"] == ("airstrike", 20)
    assert at["Kafr Zayta"] == ("airstrike", 0)


def test_a_lead_at_a_town_is_one_incident_with_its_neighbourhood() -> None:
    body = (
        "Regime air strikes killed 14 civilians in Douma over the past 24 hours, rescuers said."
        " A strike on a market in the town killed six of them."
    )
    events = events_of(body)
    assert [(e.acled.location, fatalities(e)) for e in events if e.acled] == [("Duma", 14)]


def test_a_body_sentence_that_gives_the_lead_toll_again_retells_it() -> None:
    body = (
        "The army killed 60 terrorists in Hama countryside over the past 24 hours. The 60"
        " terrorists were killed in clashes in the vicinity of Morek."
    )
    events = events_of(body)
    assert len(events) == 1
    assert fatalities(events[0]) == 60


def test_a_lead_with_no_span_of_days_is_left_to_the_other_passes() -> None:
    body = (
        "Regime air strikes killed 30 people in Idlib province on Monday, the Observatory said."
        " Strikes on Saraqeb killed eight people."
    )
    events = events_of(body)
    assert [(e.acled.location, fatalities(e)) for e in events if e.acled] == [("Saraqib", 30)]


def _tolls_at(events: list[EventMessage]) -> dict[str, int | None]:
    return {e.acled.location: fatalities(e) for e in events if e.acled and e.acled.location}


def test_a_list_of_acts_that_lost_its_commas_is_cut_at_each_act_verb() -> None:
    body = (
        "The Russian Aerospace Forces carried out 120 sorties against terrorist targets over the"
        " past week a military source told SANA. The source said the sorties resulted in killing"
        " 20 terrorists in Saraqeb in Idlib countryside destroying ammo depots in Aleppo"
        " countryside and killing more than 30 terrorists in Daraa countryside."
    )
    events = events_of(body)
    at = _tolls_at(events)
    assert at["Saraqib"] == 20
    assert at["Daraa"] == 30
    assert at["Aleppo"] == 0
    saraqeb = next(e for e in events if e.acled and e.acled.location == "Saraqib")
    assert saraqeb.event_type == "airstrike"


def test_a_second_killing_at_its_own_town_is_its_own_act() -> None:
    body = (
        "Army units killed 14 terrorists in Morek destroying their vehicles and killing six"
        " others in Kafr Zita in Hama northern countryside."
    )
    assert _tolls_at(events_of(body)) == {"Murak": 14, "Kafr Zayta": 6}


def test_an_act_and_its_outcome_told_by_verbs_in_ing_stay_one_act() -> None:
    body = (
        "Army units shelled terrorist positions in Morek killing five terrorists and destroying"
        " their vehicles."
    )
    assert _tolls_at(events_of(body)) == {"Murak": 5}
