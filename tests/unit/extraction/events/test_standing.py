"""A state the news happens in (an agreement, a presence) told after the lead is background
unless its sentence gives a day of its own (texts written for these tests; published Tuesday
20 February 2024)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


@pytest.mark.parametrize(
    ("standing", "kind"),
    [
        (
            "The governor, whose officials are negotiating a ceasefire with the rebels in "
            "Idlib, condemned the raid.",
            "agreement",
        ),
        ("Jihadist groups in Idlib are not covered by the truce agreement.", "agreement"),
        ("The rebels still have a presence in the countryside of Idlib province.", "presence"),
        # the day of the report, not of the agreement
        (
            "A rebel commander said on Monday the factions had accepted a ceasefire proposal.",
            "agreement",
        ),
    ],
)
def test_a_state_told_after_the_lead_is_background(standing: str, kind: str) -> None:
    body = f"{NEWS} {standing}"
    published = events_on_a_tuesday(body)
    assert [e.event_type for e in published] == ["airstrike"]
    assert published[0].evidence.text == NEWS
    marked = told_in(events_on_a_tuesday(body, include_background=True), standing)
    assert kind in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}


def test_a_state_made_on_a_day_of_its_own_is_news() -> None:
    truce = "On Monday evening, the army and the rebels signed a truce agreement in Idlib."
    agreement = told_in(events_on_a_tuesday(f"{NEWS} {truce}"), truce)
    assert "agreement" in {e.event_type for e in agreement}
    assert {e.temporal_status for e in agreement} == {"current"}


def test_a_state_the_lead_tells_is_news() -> None:
    lead = "The army and the rebels signed a truce agreement in Idlib province, officials said."
    agreement = told_in(events_on_a_tuesday(f"{lead} Fighting had raged there for weeks."), lead)
    assert [e.event_type for e in agreement] == ["agreement"]
    assert "Idlib" in {loc.name for e in agreement for loc in e.locations}


def test_a_presence_is_the_news_of_a_story_about_a_build_up() -> None:
    """A lead telling no violent act, only moves of forces: the presences after it elaborate
    the news (the project's seed article is such a story)."""
    lead = (
        "Pro-government militias have stepped up recruitment and deployment in Hama province, "
        "local activists say."
    )
    presence = "Fighters of the Desert Hawks Brigade are also present in the town of Suqaylabiyah."
    events = told_in(events_on_a_tuesday(f"{lead} {presence}"), presence)
    assert "presence" in {e.event_type for e in events}
    assert {e.temporal_status for e in events} == {"current"}


def test_a_presence_after_a_lead_of_violence_stays_its_setting() -> None:
    presence = "Fighters of the Desert Hawks Brigade are also present in the town of Suqaylabiyah."
    assert told_in(events_on_a_tuesday(f"{NEWS} {presence}"), presence) == []


@pytest.mark.parametrize(
    "restriction",
    [
        "Major towns in Idlib province remain under curfew.",
        "No food has entered Saraqib in weeks due to the blockade.",
    ],
)
def test_a_restriction_told_as_a_state_is_background(restriction: str) -> None:
    body = f"{NEWS} {restriction}"
    assert [e.event_type for e in events_on_a_tuesday(body)] == ["airstrike"]
    marked = told_in(events_on_a_tuesday(body, include_background=True), restriction)
    assert "movement_restricted" in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}


def test_a_restriction_told_as_the_act_that_set_it_up_is_news() -> None:
    curfew = "In response, the army imposed a strict curfew in several towns of Idlib province."
    restricted = told_in(events_on_a_tuesday(f"{NEWS} {curfew}"), curfew)
    assert "movement_restricted" in {e.event_type for e in restricted}
    assert {e.temporal_status for e in restricted} == {"current"}
