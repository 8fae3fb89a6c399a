"""Background told as a standing state of affairs in the present or the perfect (eighteenth
round; texts written for these tests, published Tuesday 20 February 2024, the lead's air strike
on Monday): a frequency, "continues to", acts said to be common or growing, "such" acts, a
plural subject's present verb, a present passive and a perfect with a bare plural object are
not published as news; the same verbs told as one occurrence stay news."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, fatalities, told_in

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


def _kept(sentence: str) -> list[tuple[str, str]]:
    """Type and temporal status of the events told in ``sentence`` after the lead, background
    ones kept."""
    events = events_on_a_tuesday(f"{NEWS} {sentence}", include_background=True)
    return [(e.event_type, e.temporal_status) for e in told_in(events, sentence)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Herders and farmers frequently clash over grazing land near Ariha.", "armed_clash"),
        ("The rebel group often attacks police posts in the north of Hama.", None),
        ("Government forces continue to shell rebel positions around Ariha.", "shelling"),
        ("Clashes between rival militias are common in the town of Ariha.", "armed_clash"),
        ("Attacks on farmers have increased in the countryside of Hama.", None),
        ("The rebels have stepped up attacks on army checkpoints in Hama.", None),
        ("Scores of civilians have been killed in such attacks in Hama.", None),
        ("Armed gangs kidnap travellers on the road between Ariha and Hama.", "abduction"),
        ("Militants attack villages in the countryside of Hama at night.", None),
        ("Government troops are stationed in the town of Ariha.", "deployment"),
        ("The rebels have ambushed army convoys on the roads around Ariha.", None),
        ("The rebels keep attacking army posts around Ariha.", None),
        ("Government forces regularly conduct raids in the villages around Ariha.", None),
        ("Shiite Muslims hold public rallies in the town of Ariha despite threats.", "protest"),
        ("Aid groups brought food to the liberated villages around Ariha.", None),
        ("The rebel group has been blamed for a string of attacks on checkpoints in Ariha.", None),
        ("The number of attacks on farmers near Ariha has risen sharply.", None),
    ],
)
def test_an_act_told_as_a_standing_state_is_background(sentence: str, kind: str | None) -> None:
    published = events_on_a_tuesday(f"{NEWS} {sentence}")
    assert [e.event_type for e in published] == ["airstrike"]
    kept = _kept(sentence)
    assert kept, "the act is read, and kept apart from the news"
    assert {status for _type, status in kept} == {"background"}
    if kind is not None:
        assert kind in {event_type for event_type, _status in kept}


@pytest.mark.parametrize(
    ("sentence", "kind", "deaths"),
    [
        # a toll in the present or the perfect is the day's news
        ("At least two soldiers are killed in the town of Ariha.", None, 2),
        ("Gunmen have attacked a police post in Ariha, killing two policemen.", None, 2),
        # a day of its own
        ("Rebels have ambushed army convoys near Ariha on Monday.", "armed_clash", None),
        ("Government forces continued to shell Ariha on Monday, killing two soldiers.", None, 2),
        # "shells" after a subject without its apostrophe is a noun, and a past is no present
        ("Two soldiers were wounded by rebels rocket shells on Ariha.", "shelling", None),
        ("Riot police beat several protesters in the town of Ariha.", None, None),
        # (nineteenth round, review) the bare word after a plural is the act's noun when a
        # preposition of its target or the clause's verb follows: "forces' raid on", its
        # apostrophe lost
        ("A separate Israeli forces raid on the town of Ariha killed two men.", None, 2),
        ("A separate rebels attack on the town of Ariha killed two soldiers.", None, 2),
    ],
)
def test_the_same_verbs_told_as_one_occurrence_are_news(
    sentence: str, kind: str | None, deaths: int | None
) -> None:
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert published, "the act is published as news"
    assert {e.temporal_status for e in published} == {"current"}
    assert any("Ariha" in {loc.name for loc in e.locations} for e in published)
    if kind is not None:
        assert kind in {e.event_type for e in published}
    if deaths is not None:
        assert deaths in {fatalities(e) for e in published}


def test_a_toll_risen_is_not_a_growth_in_acts() -> None:
    """ "The death toll from the attacks has risen to 13": a toll, singular, not acts growing."""
    sentence = "The death toll from rebel attacks on the town of Ariha has risen to 13."
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert published
    assert 13 in {fatalities(e) for e in published}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel group has threatened new shelling of the town of Ariha.",
        "The militants warned residents of Ariha of more attacks.",
        "Residents of Ariha are bracing for possible air strikes by the army.",
        "The army is planning an offensive on the town of Ariha.",
    ],
)
def test_an_act_threatened_feared_or_planned_is_not_news(sentence: str) -> None:
    published = events_on_a_tuesday(f"{NEWS} {sentence}")
    assert [e.event_type for e in published] == ["airstrike"]
    events = events_on_a_tuesday(f"{NEWS} {sentence}", include_background=True)
    kept = told_in(events, sentence)
    assert kept, "the act is read, and kept apart from the news"
    assert {e.modality for e in kept} == {"planned"}


def test_a_group_blamed_for_the_news_attack_stays_news() -> None:
    """ "Blamed for the attacks" names the news's author, not a class of acts: the sentence is
    told of a published event."""
    sentence = "Rebels were blamed for the attacks on two checkpoints in Ariha, which killed four."
    published = events_on_a_tuesday(f"{NEWS} {sentence}")
    assert sentence in {m.text for e in published for m in e.evidence.mentions}
    assert {e.temporal_status for e in published} == {"current"}


def test_a_summary_told_in_the_present_is_news() -> None:
    """A text that tells its news in the present ("Youths protest over ...", as summaries do)
    reads the present tenses after it as news, not as standing states."""
    body = "20 February. Students protest over fees in Idlib."
    published = events_on_a_tuesday(body)
    assert [e.event_type for e in published] == ["protest"]
    assert {e.temporal_status for e in published} == {"current"}
    assert "Idlib" in {loc.name for e in published for loc in e.locations}


def test_whom_a_warning_named_is_no_threat_of_the_act() -> None:
    """(nineteenth round, review) "had warned the residents of Anka" names whom, and where:
    the killing told after it in the sentence is news, not a threatened act."""
    published = events_on_a_tuesday(
        "Officials who had warned the residents of Anka said gunmen killed 20 villagers there"
        " on Monday."
    )
    assert published, "the killing is published"
    assert {e.modality for e in published} == {"asserted"}
    assert [(fatalities(e), e.locations[0].name) for e in published] == [(20, "Anka")]
