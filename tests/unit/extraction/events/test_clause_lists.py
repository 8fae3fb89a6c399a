"""A later clause's list of villages, after a lead that named none of them, is an act of its own:
its own means and its own actor at each village; a lead that took in a lone town's strike takes
none of another clause's villages; "most notably" opens a list (forty-ninth round, list69).

Opposition-release-style articles written for these tests (southern Idlib countryside).
"""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, placed_by_text

_SYRIA = "Military Forces of Syria"


def test_a_helicopter_clause_after_a_province_lead_is_the_regime_s_at_its_villages() -> None:
    events = events_of(
        "Russian and regime warplanes carried out dozens of airstrikes on towns and villages in"
        " the southern Idlib countryside on Tuesday. Russian warplanes pounded Kafr Nabl and"
        " Hass, while regime helicopters dropped barrel bombs on Kafr Sajna, Deir Sharqi and"
        " Maar Shamarin, rescuers said."
    )
    placed = placed_by_text(events, "airstrike")
    villages = {"Kafr Sajna", "Deir Sharqi", "Maar Shamarin"}
    assert villages <= set(placed)
    assert all((placed[v][0] or "").startswith(_SYRIA) for v in villages)
    assert {e.locations[0].admin1 for e in events if e.locations} == {"Idlib"}


def test_towns_most_notably_listed_without_commas_are_each_struck() -> None:
    events = events_of(
        "Monday 13 April 2015 The Syrian Coalition said that regime forces escalated their"
        " bombardment of the Idlib countryside on Sunday targeting markets and mosques and some"
        " rural towns most notably Saraqib Sarmin and Maarat al-Numan."
    )
    placed = placed_by_text(events, "shelling")
    assert {"Saraqib", "Sarmin", "Maarat al-Numan"} <= set(placed)
    assert {e.locations[0].admin1 for e in events if e.locations} == {"Idlib"}


def test_a_lone_town_struck_after_a_summary_lead_keeps_its_strike_beside_another_clause() -> None:
    """The day's raids summed up at the province, then "jets struck A, while helicopters dropped
    barrel bombs on B and C": the lead's strike takes in A's, and B and C are the helicopters'."""
    events = events_of(
        "Regime warplanes carried out dozens of airstrikes on towns and villages in the southern"
        " Idlib countryside on Tuesday, killing four civilians. Russian jets struck Saraqib, while"
        " regime helicopters dropped barrel bombs on Hish and Tahtaya."
    )
    placed = placed_by_text(events, "airstrike")
    assert {"Saraqib", "Hish", "Tahtaya"} <= set(placed)
    assert placed["Saraqib"] == ("Military Forces of Russia (2000-)", 4)
    assert all((placed[v][0] or "").startswith(_SYRIA) for v in ("Hish", "Tahtaya"))
    assert placed["Hish"][1] == placed["Tahtaya"][1] == 0
