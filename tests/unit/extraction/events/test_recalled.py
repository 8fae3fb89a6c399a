"""A paragraph that opens on a day before the lead's recalls an earlier incident (texts written
for these tests; published Tuesday 20 February 2024, the lead's incident on Monday)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import (
    KAFR_NABL_ELABORATION,
    KAFR_NABL_LEAD,
    events_of,
    events_on_a_tuesday,
    told_in,
)


@pytest.mark.parametrize(
    "recalled",
    [
        "On Saturday, militants ambushed an army patrol near Saraqib, killing two soldiers.",
        "Last Friday, militants ambushed an army patrol near Saraqib, killing two soldiers.",
    ],
)
def test_a_paragraph_opening_on_an_earlier_day_is_background(recalled: str) -> None:
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled, "The province is held by rebels."]
    )
    published = events_on_a_tuesday(body)
    assert not told_in(published, recalled), "the recalled incident is not published"
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    assert "Kafranbel" in {loc.name for loc in published[0].locations}
    marked = told_in(events_on_a_tuesday(body, include_background=True), recalled)
    assert "armed_clash" in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}
    assert {loc.name for e in marked for loc in e.locations} == {"Saraqib"}


@pytest.mark.parametrize(
    "paragraph",
    [
        # the lead's day, or a later one: more of the news
        "On Monday, militants also ambushed an army patrol near Saraqib, killing two soldiers.",
        "On Tuesday, militants ambushed an army patrol near Saraqib, killing two soldiers.",
        # an earlier day told inside the sentence, not opening it
        "Militants ambushed an army patrol near Saraqib, killing two soldiers, officials said.",
    ],
)
def test_a_paragraph_not_turning_back_is_news(paragraph: str) -> None:
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, paragraph, "The province is held by rebels."]
    )
    ambush = told_in(events_on_a_tuesday(body), paragraph)
    assert "armed_clash" in {e.event_type for e in ambush}
    assert {e.temporal_status for e in ambush} == {"current"}


@pytest.mark.parametrize(
    ("lead", "news"),
    [
        # a lead that dates nothing: its day is taken as the day before the report (Monday)
        ("Gunmen killed four farmers in the village of Kafr Nabl in Idlib province.", ()),
        # a lead that dates only a non-violent act: the truce's day (Tuesday) is the story's
        (
            "A truce between the army and the rebels held across Idlib province on Tuesday, "
            "despite gunfire near Kafr Nabl, officials said.",
            ("agreement",),
        ),
    ],
)
def test_a_lead_without_a_violent_act_on_a_day_still_sets_the_storys_day(
    lead: str, news: tuple[str, ...]
) -> None:
    """Error 9 of the ninth round: a lead that dates no violent act (or nothing at all) set no
    day, so an act told later on its own day well before the report stayed news."""
    recalled = "On Saturday, militants ambushed an army patrol near Saraqib, killing two soldiers."
    body = "\n\n".join([lead, *KAFR_NABL_ELABORATION, recalled, "The province is held by rebels."])
    assert not told_in(events_on_a_tuesday(body), recalled), "the recalled ambush is not news"
    marked = told_in(events_on_a_tuesday(body, include_background=True), recalled)
    assert "armed_clash" in {e.event_type for e in marked}
    assert {e.temporal_status for e in marked} == {"background"}
    assert {loc.name for e in marked for loc in e.locations} == {"Saraqib"}
    leads = told_in(events_on_a_tuesday(body), lead)
    assert set(news) <= {e.event_type for e in leads}


@pytest.mark.parametrize(
    "told",
    [
        # the day before the lead's (undated: the day before the report, Monday): still news
        "On Sunday, militants ambushed an army patrol near Saraqib, killing two soldiers.",
        # the lead's incident retold on its day, at its place
        "On Saturday, gunmen opened fire on the farmers in Kafr Nabl, killing four.",
    ],
)
def test_an_undated_lead_keeps_the_day_before_and_its_own_incident(told: str) -> None:
    lead = "Gunmen killed four farmers in the village of Kafr Nabl in Idlib province."
    body = "\n\n".join([lead, *KAFR_NABL_ELABORATION, told, "The province is held by rebels."])
    every = events_on_a_tuesday(body, include_background=True)
    assert "background" not in {e.temporal_status for e in told_in(every, told)}
    places = {loc.name for e in events_on_a_tuesday(body) for loc in e.locations}
    assert {"Kafranbel"} <= places


def test_one_block_has_no_paragraph_to_open() -> None:
    """A flattened feed (one block) tells its news in any order: not read."""
    recalled = "On Saturday, militants ambushed an army patrol near Saraqib, killing two soldiers."
    body = " ".join([KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled])
    ambush = told_in(events_on_a_tuesday(body), recalled)
    assert "armed_clash" in {e.event_type for e in ambush}


def test_the_leads_incident_retold_with_its_day_is_news() -> None:
    """A lead on Monday's funerals, then the incident itself told with its day, at its place."""
    lead = (
        "Thousands attended the funerals of four farmers in Kafr Nabl in Idlib province on "
        "Monday, after gunmen killed them, a local official said."
    )
    retold = "On Saturday, gunmen opened fire on the farmers in Kafr Nabl, killing four."
    body = "\n\n".join([lead, *KAFR_NABL_ELABORATION, retold, "The province is held by rebels."])
    told = told_in(events_on_a_tuesday(body, include_background=True), retold)
    assert told, "the retold incident is extracted"
    assert "background" not in {e.temporal_status for e in told}


@pytest.mark.parametrize(
    "opener",
    [
        "Previously, militants had ambushed an army patrol near Saraqib, killing two soldiers.",
        "Prior to that, militants ambushed an army patrol near Saraqib, killing two soldiers.",
        "It is the latest in a series of attacks by militants in the province. Militants "
        "ambushed an army patrol near Saraqib, killing two soldiers.",
    ],
)
def test_a_paragraph_turning_back_with_no_day_is_background(opener: str) -> None:
    """A paragraph that opens on an earlier time in so many words, or that puts the news in a
    series and goes on to its earlier members, tells incidents before the lead's."""
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, opener, "The province is held by rebels."]
    )
    published = events_on_a_tuesday(body)
    assert "Saraqib" not in {loc.name for e in published for loc in e.locations}
    assert [e.event_type for e in published] == ["attack_on_civilians"]
    every = events_on_a_tuesday(body, include_background=True)
    ambush = [e for e in every if "Saraqib" in {loc.name for loc in e.locations}]
    assert ambush and {e.temporal_status for e in ambush} == {"background"}


def test_a_paragraph_turning_back_keeps_the_leads_incident_retold() -> None:
    """ "Previously," before the lead's incident at its place: the attack is merged into the
    lead's, so it stays news."""
    retold = "Previously, gunmen had opened fire on the farmers in Kafr Nabl, killing four."
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, retold, "The province is held by rebels."]
    )
    published = events_on_a_tuesday(body)
    assert "attack_on_civilians" in {e.event_type for e in published}
    assert "Kafranbel" in {loc.name for e in published for loc in e.locations}
    # nothing at the lead's town is left behind as background (the retelling merged into it)
    every = events_on_a_tuesday(body, include_background=True)
    assert not [
        e
        for e in every
        if e.temporal_status == "background" and "Kafranbel" in {loc.name for loc in e.locations}
    ]


def test_an_act_told_at_the_weekend_before_a_later_lead_is_earlier() -> None:
    """Published on Thursday 14 March 2024, a lead on Wednesday's killing: a car bomb in
    another province "over the weekend" (by Sunday 10 March at the latest) is earlier."""
    lead = (
        "Gunmen killed four farmers in the village of Kafr Nabl in Idlib province on "
        "Wednesday, a local official said."
    )
    weekend = "A car bomb killed two soldiers at a checkpoint in Palmyra over the weekend."
    body = "\n\n".join([lead, *KAFR_NABL_ELABORATION, weekend, "The province is held by rebels."])
    published = events_of(body)
    assert not told_in(published, weekend)
    assert "Kafranbel" in {loc.name for e in published for loc in e.locations}
    # (the bomb is read, as background: not merely missed)
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    every = told_in(Pipeline(include_background=True).extract(article), weekend)
    assert {(e.event_type, e.temporal_status) for e in every} == {
        ("explosive_attack", "background")
    }


@pytest.mark.parametrize(
    "recalled",
    [
        "Last month, the army killed a militia commander near Saraqib.",
        "On Thursday, an air strike killed a militia commander in Saraqib.",
    ],
)
def test_a_sentence_pointing_back_at_a_recalled_incident_tells_it_on(recalled: str) -> None:
    """The sentence after a recalled incident that opens on a demonstrative ("That raid ...")
    tells what that incident set off, of another type and in the next paragraph too."""
    pointing = "That strike prompted militiamen to fire rockets at army posts near Jisr al-Shughur."
    body = "\n\n".join(
        [KAFR_NABL_LEAD, *KAFR_NABL_ELABORATION, recalled, pointing, "The town is held by rebels."]
    )
    assert not told_in(events_on_a_tuesday(body), pointing)
    every = told_in(events_on_a_tuesday(body, include_background=True), pointing)
    assert "shelling" in {e.event_type for e in every}
    assert {e.temporal_status for e in every} == {"background"}
    news = events_on_a_tuesday(body)
    assert "Kafranbel" in {loc.name for e in news for loc in e.locations}


def test_a_sentence_pointing_back_at_the_news_is_news() -> None:
    """After the lead's own incident, "That attack prompted ..." tells what it set off today."""
    pointing = "That attack prompted militiamen to fire rockets at army posts near Jisr al-Shughur."
    body = "\n\n".join([KAFR_NABL_LEAD, pointing, "The town is held by rebels."])
    told = told_in(events_on_a_tuesday(body), pointing)
    assert "shelling" in {e.event_type for e in told}


@pytest.mark.parametrize(
    "opener",
    ["This came as police shot dead", "This time, police shot dead"],
)
def test_a_demonstrative_that_points_at_no_act_leaves_the_next_act_news(opener: str) -> None:
    """After a recalled incident, "This came as ..." or "This time, ..." sets a new act beside
    it: the act is news, not the recalled incident told on."""
    news = f"{opener} two suspects in Lodwar in a separate operation."
    body = "\n\n".join(
        [
            "Gunmen killed four farmers in the village of Lokichar on Monday, a local official "
            "said.",
            "Last month, bandits raided a cattle market in Kakuma, killing six herders.",
            news,
        ]
    )
    told = told_in(events_on_a_tuesday(body), news)
    assert {loc.name for e in told for loc in e.locations} == {"Lodwar"}
