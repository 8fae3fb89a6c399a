"""Tense and time anchoring: what a reader knows is earlier, ongoing or only argued over (texts
written for these tests; published Tuesday 20 February 2024, the lead's incident on Monday)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)


def _story(*paragraphs: str) -> str:
    return "\n\n".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, *paragraphs])


def _statuses(body: str, text: str) -> set[str]:
    return {
        e.temporal_status for e in told_in(events_on_a_tuesday(body, include_background=True), text)
    }


@pytest.mark.parametrize(
    "earlier",
    [
        # the day told at the end of the sentence, at no town of its own
        "Armed men killed two police officers in the same province last Thursday.",
        "Two soldiers were killed on Friday (February 16) during a firefight in the province.",
    ],
)
def test_an_act_on_its_own_day_well_before_the_leads_is_background(earlier: str) -> None:
    """Told after the lead, on a day two or more before the lead's: another, earlier incident,
    though nothing opens its paragraph and it names no other town."""
    body = _story(earlier, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), earlier)
    assert _statuses(body, earlier) == {"background"}
    assert "attack_on_civilians" in {e.event_type for e in events_on_a_tuesday(body)}


@pytest.mark.parametrize(
    "news",
    [
        # the day before the lead's: stories tell two days of fighting as their news
        "Armed men killed two police officers near Saraqib on Sunday.",
        # the lead's own day
        "Armed men killed two police officers near Saraqib on Monday.",
    ],
)
def test_an_act_on_the_day_before_the_leads_or_later_is_news(news: str) -> None:
    body = _story(news, "The province is held by rebels.")
    assert told_in(events_on_a_tuesday(body), news)


def test_a_lead_naming_several_incidents_keeps_each_told_later_on_its_day() -> None:
    """ "condemned airstrikes on a wedding party and on a vehicle": the vehicle's strike, told
    later on its own earlier day, is one of the lead's incidents."""
    lead = (
        "The UN on Monday condemned airstrikes on a wedding party in Hajjah and on a civilian "
        "vehicle in Taiz, which killed dozens of civilians."
    )
    vehicle = "On Friday, 20 civilians were killed when their car was hit in an airstrike in Taiz."
    body = "\n\n".join([lead, "The strikes drew wide condemnation.", vehicle, "More follows."])
    told = told_in(events_on_a_tuesday(body, include_background=True), vehicle)
    assert "airstrike" in {e.event_type for e in told}
    assert {e.temporal_status for e in told} == {"current"}


def test_a_fresh_day_nearer_the_act_outweighs_an_earlier_time_of_another_noun() -> None:
    """ "four months ago" dates the truce deal, "Monday" the fighting."""
    sentence = (
        "Fighting between the rebels and the army erupted in Saraqib on Monday despite a truce "
        "deal four months ago."
    )
    body = _story(sentence, "The province is held by rebels.")
    fighting = told_in(events_on_a_tuesday(body, include_background=True), sentence)
    assert {(e.event_type, e.temporal_status) for e in fighting} >= {("armed_clash", "current")}


def test_an_earlier_time_opening_the_sentence_frames_it_all() -> None:
    recalled = "Earlier this month, militants ambushed an army convoy near Saraqib on Friday."
    body = _story(recalled, "The province is held by rebels.")
    assert _statuses(body, recalled) == {"background"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The army recently regained control of several villages near Saraqib.",
        "Officials said 21 rockets were fired at the base in Saraqib during the recent attack.",
    ],
)
def test_an_act_told_as_recent_is_earlier(sentence: str) -> None:
    body = _story(sentence, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), sentence)
    assert _statuses(body, sentence) == {"background"}


def test_news_told_in_a_recent_statement_is_news() -> None:
    """ "in a recent statement" tells where the news was said, not a recent incident."""
    said = "Separately, gunmen killed five villagers in Zamfara, police said in a recent statement."
    body = _story(said, "The province is held by rebels.")
    told = told_in(events_on_a_tuesday(body), said)
    assert {(e.event_type, e.locations[0].name) for e in told} == {
        ("attack_on_civilians", "Zamfara")
    }
    assert _statuses(body, said) == {"current"}


def test_a_recent_act_on_a_fresh_day_is_news() -> None:
    sentence = "The army recently regained control of Saraqib on Monday, officials said."
    body = _story(sentence, "The province is held by rebels.")
    assert _statuses(body, sentence) == {"current"}


def test_what_goes_on_is_a_state_and_what_goes_on_somewhere_today_is_news() -> None:
    ongoing = "A local commander said the fighting around Saraqib continues."
    today = "Clashes are continuing to take place in the outskirts of Saraqib, he said."
    body = _story(ongoing, "The province is held by rebels.")
    assert _statuses(body, ongoing) == {"background"}
    body = _story(today, "The province is held by rebels.")
    assert "background" not in _statuses(body, today)
    published = events_on_a_tuesday(body)
    assert "Saraqib" in {loc.name for e in published for loc in e.locations}


@pytest.mark.parametrize(
    "sentence",
    [
        # a stretch between two months: a tally
        "The monitor's report, out on Monday, said 840 civilians had been killed and 1,210 hurt "
        "between January and June.",
        # the war's cost
        "The conflict has cost over 5,000 lives and forced many families to flee to Lebanon.",
    ],
)
def test_a_tally_over_a_stretch_or_a_war_is_background(sentence: str) -> None:
    """Not merged into the lead's incident either: told apart, as background."""
    body = _story(sentence, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), sentence)
    assert _statuses(body, sentence) == {"background"}


def test_a_call_to_attack_is_no_attack() -> None:
    call = (
        '"The fighters should immediately launch an offensive against the army," the statement '
        "read."
    )
    body = _story(call, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), call)
    told = told_in(events_on_a_tuesday(body, include_background=True), call)
    assert told, "the call is read, as a plan"
    assert {e.modality for e in told} == {"planned"}


def test_a_recalled_incident_told_on_at_its_town_stays_earlier() -> None:
    """ "Previously, ... in Saraqib." then more of it, at its town, with no day of its own."""
    recalled = "Previously, police had arrested two suspected militants in a raid in Saraqib."
    more = "The suspects were arrested in Saraqib during a raid near the market, police said."
    body = _story(recalled, more, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), more)
    # Told on, the arrest is the recalled one (one arrest at its town: occurrences.py).
    telling = [
        e
        for e in events_on_a_tuesday(body, include_background=True)
        if more in [m.text for m in e.evidence.mentions]
    ]
    assert telling
    assert {e.temporal_status for e in telling} == {"background"}


def test_an_arrest_at_the_leads_town_after_a_recalled_incident_is_news() -> None:
    recalled = "Previously, police had arrested two suspected militants in a raid in Saraqib."
    arrest = "Police arrested three of the gunmen in Kafr Nabl, officials said."
    body = _story(recalled, arrest, "The province is held by rebels.")
    assert _statuses(body, arrest) == {"current"}


def test_an_admission_named_in_a_video_of_another_day_is_referred_to() -> None:
    """The day the video was posted is not the attack's."""
    admitted = (
        "The Nusra Front's leader appeared to admit carrying out the attack in Saraqib in a "
        "clip that was put online on Saturday."
    )
    body = _story(admitted, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), admitted)
    assert _statuses(body, admitted) == {"background"}


def test_an_act_told_only_as_what_an_accusation_says_is_referred_to() -> None:
    accused = (
        "The group did not comment on accusations by local lawmakers that it had abducted 25 "
        "traders in Saraqib."
    )
    body = _story(accused, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), accused)
    assert _statuses(body, accused) == {"background"}


def test_a_denial_of_carrying_out_the_attack_denies_it() -> None:
    denial = (
        '"Our men did not carry out this attack on Kafr Nabl," a spokesman for the rebels said.'
    )
    body = _story(denial, "The province is held by rebels.")
    assert not told_in(events_on_a_tuesday(body), denial)
    told = told_in(events_on_a_tuesday(body, include_background=True), denial)
    assert {e.modality for e in told} == {"denied"}
