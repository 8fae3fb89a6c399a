"""Background published as news (forty-third round, bg63): a campaign's act named by a noun
whose clause tells its effect ("the air raids have made life impossible") or a judgement of it
("rights groups have criticised the air raids") is the setting of the news, not an act of the
day; an act a deal or talks are about ("the deal provides for the release of detainees") is
planned. Beside each, the same noun told as the day's act stays news. Texts written for these
tests; published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.words.modality import modality
from tests.unit.extraction.events.articles import (
    assert_clash_lead_is_news,
    events_after_a_clash,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    ("setting", "kind"),
    [
        # the act's noun opens a clause of its effect, in the perfect or the past perfect
        ("Continued air raids on the city have left its hospitals unable to cope.", "airstrike"),
        ("Residents said the air raids had made life impossible in the town.", "airstrike"),
        ("The heavy bombardment has driven most residents out of the town.", "shelling"),
        ("The shelling has made it impossible for aid convoys to reach the town.", "shelling"),
        ("The deployment of Russian military police in the area has angered Ankara.", "deployment"),
        # ... or of a judgement drawn
        ("The bombardment of eastern Ghouta has drawn international condemnation.", "shelling"),
        # a campaign's acts judged, by a plural noun
        ("Rights groups have criticised the air raids, which they say hit civilians.", "airstrike"),
    ],
)
def test_an_act_remarked_on_is_background(setting: str, kind: str) -> None:
    assert told_in(events_after_a_clash(setting), setting) == []
    marked = told_in(events_after_a_clash(setting, include_background=True), setting)
    assert [(e.event_type, e.temporal_status) for e in marked] == [(kind, "background")]
    assert_clash_lead_is_news(events_after_a_clash(setting))


@pytest.mark.parametrize(
    ("news", "kind"),
    [
        # a toll or a harm to people after the effect's verb is the day's news
        ("Air raids on Ariha have left 12 people dead, the monitor said.", "airstrike"),
        ("The shelling of Ariha has caused heavy casualties, residents said.", "shelling"),
        # a fresh day in the act's own phrase
        ("Air raids on Ariha on Monday have forced the only hospital to close.", "airstrike"),
        ("Rights groups condemned the air raids on Ariha on Monday.", "airstrike"),
        # an effect in the simple past, an act told by its own verb
        ("The bombardment of the town of Ariha destroyed a school, residents said.", "shelling"),
        ("Air raids on Ariha killed seven people, the Observatory said.", "airstrike"),
    ],
)
def test_the_same_noun_told_as_the_days_act_stays_news(news: str, kind: str) -> None:
    told = told_in(events_after_a_clash(news), news)
    assert [(e.event_type, e.temporal_status) for e in told] == [(kind, "current")]


@pytest.mark.parametrize(
    "term",
    [
        "The deal provides for the release of detainees held by both sides.",
        "The talks stalled over the release of detainees.",
    ],
)
def test_what_a_deal_or_talks_are_about_is_planned(term: str) -> None:
    assert told_in(events_after_a_clash(term), term) == []
    marked = told_in(events_after_a_clash(term, include_background=True), term)
    assert [(e.event_type, e.modality) for e in marked] == [("release", "planned")]


def test_a_term_read_close_to_the_acts_noun() -> None:
    assert modality("Under the agreement, the accord provides for the ") == "planned"
    assert modality("Negotiations on the ") == "planned"
    assert modality("The truce agreement stipulates the ") == "planned"
    # a protest over an act that happened, and an act done under a deal
    assert modality("Hundreds protested over the ") == "asserted"
    assert modality("Under the deal, the rebels ") == "asserted"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Clan elders met in the town of Beledweyne on Monday for talks over the killing of "
            "six herders in the village of Bacaadweyn.",
            "attack_on_civilians",
        ),
        (
            "The government opened negotiations on the abduction of 300 schoolboys in the town "
            "of Kankara, officials said on Monday.",
            "abduction",
        ),
    ],
)
def test_talks_over_a_violent_act_are_held_about_what_happened(body: str, kind: str) -> None:
    """review64: a deal provides for a release or a withdrawal, never for a killing; talks
    over a killing or an abduction are about the act that happened."""
    told = [e for e in events_on_a_tuesday(body) if e.event_type == kind]
    assert [(e.event_type, e.modality) for e in told] == [(kind, "asserted")]
    assert modality("Elders held talks over the ", violent=True) == "asserted"
    assert modality("Elders held talks over the ") == "planned"
