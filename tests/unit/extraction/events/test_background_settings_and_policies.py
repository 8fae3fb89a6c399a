"""Acts named inside a frame that tells no occurrence (twenty-seventh round, bg47): a kind after
"such as", a hardship borne ("face attacks", "withstand heavy shelling"), a bare cause ("due to
fighting"), a capacity ("their capacity to launch attacks"), a past rule ("When it controlled
the town, ..."), and a policy: what a decision or a document demands, calls for or allows.
Texts written for these tests; published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from newsevents.extraction.document import Sentence, Span
from newsevents.extraction.events.link.temporal.time_frame import counts_a_period_or_tally
from tests.unit.extraction.events.articles import (
    KAFR_NABL_LEAD,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    "setting",
    [
        # a kind: a bare list after "such as"
        "Officials in Saraqib list other threats such as cattle raids and armed banditry.",
        # a hardship borne, its object a bare noun phrase
        "Residents of Saraqib face attacks in their own fields, the official said.",
        "The hills have allowed the rebels in Saraqib to withstand heavy army shelling.",
        # a cause told as a bare noun
        "Farming around Saraqib has collapsed due to fighting and insecurity.",
        # a capacity
        "The army has limited the militia's capacity to launch coordinated attacks in Saraqib.",
        # a tenure before an act in the perfect: a tally of a period
        "The minister said under President Ali, 2,000 men had been recruited into the army in "
        "Saraqib.",
        # a past rule framing the sentence
        "When it controlled Saraqib, the militia carried out public beheadings in the square.",
    ],
)
def test_an_act_named_in_a_setting_is_background(setting: str) -> None:
    body = f"{KAFR_NABL_LEAD}\n\n{setting}"
    assert told_in(events_on_a_tuesday(body), setting) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), setting)
    assert marked and all(e.temporal_status == "background" for e in marked)
    # the lead's killing stays the news
    lead = told_in(events_on_a_tuesday(body), KAFR_NABL_LEAD)
    assert [e.event_type for e in lead] == ["attack_on_civilians"]
    assert lead[0].locations[0].name == "Kafranbel"


@pytest.mark.parametrize(
    "policy",
    [
        "The council adopted a resolution demanding the deployment of more troops to Saraqib.",
        "The governor signed a decree on Monday night to allow the deployment of troops in "
        "Saraqib.",
        "The opposition denounced the governor's decision to deploy troops to Saraqib.",
        "The draft resolution adopted by the council demands that the army and the militias "
        "immediately put an end to all air strikes and shelling in Saraqib.",
    ],
)
def test_an_act_a_policy_asks_for_or_allows_is_no_occurrence(policy: str) -> None:
    """A document's day ("on Monday night") is its own: the act it allows has none."""
    body = f"{KAFR_NABL_LEAD}\n\n{policy}"
    published = events_on_a_tuesday(body)
    assert told_in(published, policy) == []
    assert [e.event_type for e in told_in(published, KAFR_NABL_LEAD)] == ["attack_on_civilians"]


@pytest.mark.parametrize(
    "news",
    [
        # one act with its article, told as resisted: the news
        "Troops resisted the militia's assault on Saraqib, killing three gunmen.",
        # a cause with its article and a day of the news window
        "On Monday, the market in Saraqib closed because of the shelling.",
    ],
)
def test_one_act_borne_or_causing_stays_news(news: str) -> None:
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{news}"), news)
    assert published and all(e.temporal_status == "current" for e in published)
    assert all(e.locations[0].name == "Saraqib" for e in published)


@pytest.mark.parametrize(
    "news",
    [
        # an act a clause of its own tells after the demand is the news (review47)
        "The council adopted a resolution demanding a truce on Monday, but warplanes bombed "
        "the market in Saraqib hours later, killing nine people.",
        "A motion urging calm was read in the assembly on Monday as gunmen attacked the market "
        "in Saraqib, killing nine people.",
    ],
)
def test_an_act_told_after_a_policy_in_its_own_clause_stays_news(news: str) -> None:
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{news}"), news)
    assert any(e.locations[0].name == "Saraqib" for e in published)
    assert all(e.temporal_status == "current" for e in published)


@pytest.mark.parametrize(
    "news",
    [
        # a toll before the cause: the day's casualties and what caused them
        "Two farmers in Saraqib were injured due to shelling, the official said.",
        # a protest as a cause is the day's news
        "Shops in Saraqib stayed shut for hours due to protests by farmers.",
    ],
)
def test_a_cause_after_a_toll_or_a_protest_stays_news(news: str) -> None:
    published = told_in(events_on_a_tuesday(f"{KAFR_NABL_LEAD}\n\n{news}"), news)
    assert published and all(e.temporal_status == "current" for e in published)


@pytest.mark.parametrize(
    "text",
    [
        # a text that lost its commas, a date with its abbreviation's point
        "Since Sept. 19 when the army declared the end of the truce at least 59 civilians have "
        "been killed in Saraqib.",
        "The town has been quiet since last Friday when a truce was agreed.",
    ],
)
def test_a_day_whose_clause_of_when_starts_a_period_counts_without_its_comma(text: str) -> None:
    """The clause of "when" after "since" a day tells the period's start (time_frame.py)."""
    sentence = Sentence(index=0, span=Span(0, len(text)), paragraph=0, text=text)
    assert counts_a_period_or_tally(sentence)
