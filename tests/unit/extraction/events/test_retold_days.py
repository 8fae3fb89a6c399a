"""A text of one block: an act retold (blamed or accused, what may have been, in a clause of
"where") on a day well before the news day is background (texts written for these tests, in
wire, NGO and local-paper styles, each one block with no paragraph break; published Tuesday 20
February 2024, the news on Monday; a bare weekday six days back is read as the day after the
stamp, so the earlier days are Thursday or "last Wednesday")."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

WIRE_LEAD = (
    "Government airstrikes killed 12 civilians in the town of Saraqib in Idlib province on "
    "Monday, activists said. Rescue workers pulled bodies from the rubble for hours."
)
NGO_LEAD = (
    "Armed men abducted nine aid workers from a clinic in the town of Damboa in Borno State on "
    "Monday, the organisation said in a statement. Their families have had no news of them."
)
LOCAL_LEAD = (
    "Police on Monday arrested 14 suspects after a night of looting in Kisumu, the county "
    "commander told reporters. Several shops were still closed in the afternoon."
)


def _one_block(*sentences: str) -> str:
    return " ".join(sentences)


@pytest.mark.parametrize(
    ("lead", "retold", "kind"),
    [
        # an accusation of an earlier act, its day inside the sentence
        (
            WIRE_LEAD,
            "The opposition accused government forces of shelling the village of Kafr Nabl on "
            "Thursday, killing four farmers.",
            "shelling",
        ),
        # what may have happened then
        (
            WIRE_LEAD,
            "Residents said the army may have shelled the market in Kafr Nabl on Thursday to "
            "punish the village.",
            "shelling",
        ),
        # what a place is known for, in a clause of "where"
        (
            WIRE_LEAD,
            "The convoy was heading for Maarat al-Numan, where gunmen killed nine traders on "
            "Thursday.",
            "attack_on_civilians",
        ),
        # an NGO statement blaming the same men for an earlier attack
        (
            NGO_LEAD,
            "The group blamed the same gunmen for an attack on a health post in Gwoza on "
            "Thursday that killed two nurses.",
            "attack_on_civilians",
        ),
        # a local paper: what the suspects are accused of
        (
            LOCAL_LEAD,
            "The commander accused the suspects of torching a police post in Kondele on Thursday.",
            "property_destroyed",
        ),
    ],
)
def test_an_act_retold_on_an_earlier_day_is_background(lead: str, retold: str, kind: str) -> None:
    body = _one_block(lead, retold)
    published = events_on_a_tuesday(body)
    assert published, "the lead's news is published"
    assert kind not in {e.event_type for e in told_in(published, retold)}, "not published"
    marked = told_in(events_on_a_tuesday(body, include_background=True), retold)
    assert {e.temporal_status for e in marked if e.event_type == kind} == {"background"}


@pytest.mark.parametrize(
    "told",
    [
        # a roundup item opens on its day: one more piece of the news
        "On Thursday, militants ambushed an army patrol near Maarat al-Numan, killing two "
        "soldiers.",
        # the day before the news day
        "Rebels shelled the village of Kafr Nabl on Sunday, killing four farmers, residents said.",
        # told beside the news
        "Two soldiers were also killed in a separate attack near Maarat al-Numan on Saturday.",
        # the news day, told in the past perfect
        "Police said gunmen had shot dead two traders in the market of Kafr Nabl on Monday.",
        # a report's plain statement of an act days before: news reported late
        "Gunmen abducted a priest in the village of Kafr Nabl on Thursday night, the church "
        "said on Monday.",
        # a clause of "when" tells the day's incident as often as a state's origin (a clause of
        # "when" or "after" cost the FA-KES holdout a hit): not read
        "Three civilians were killed in Maarat al-Numan on Thursday when a shell hit their house.",
        # a span of days: a period, not a day
        "The casualties occurred between Feb. 12 to Feb. 16 in clashes between rebels and "
        "troops near Maarat al-Numan, the agency said.",
    ],
)
def test_an_act_of_the_news_days_stays_news(told: str) -> None:
    body = _one_block(WIRE_LEAD, told)
    events = told_in(events_on_a_tuesday(body, include_background=True), told)
    assert events, "the act is extracted"
    assert {e.temporal_status for e in events} == {"current"}


def test_a_story_in_paragraphs_is_left_to_its_paragraphs() -> None:
    """In paragraphs, a sentence told inside the lead's paragraph is the lead's elaboration."""
    retold = (
        "The opposition accused government forces of shelling the village of Kafr Nabl on "
        "Thursday, killing four farmers."
    )
    body = "\n\n".join([WIRE_LEAD + " " + retold, "The province is held by rebels."])
    events = told_in(events_on_a_tuesday(body, include_background=True), retold)
    assert {e.temporal_status for e in events} == {"current"}
