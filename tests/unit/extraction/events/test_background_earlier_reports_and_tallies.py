"""Background published as news (forty-fifth round, bg65): standing situations, tallies and
earlier acts told in wordings the earlier rounds did not read. A report made before the news
window dates what it reports ("..., the Pentagon said on February 2"); a perfect over the year
so far and a total of acts recorded are tallies; a report told as made then ("police said at
the time") recalls an earlier incident; a campaign "now in its third month", a side that
"still carries out attacks" and captives a group "is believed to be holding" are standing
situations, and so is an act told in a campaign named by its year ("during the 2016 siege");
an act among the options weighed is planned. Beside each, today's act told in the
perfect or with its own day stays news. Texts written for these tests (other wars, other
outlets' wording); published Tuesday 20 February 2024."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import (
    assert_clash_lead_is_news,
    events_after_a_clash,
    told_in,
)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a report made before the news window, after the act or before it
        (
            "Kurdish-led forces have seized three villages north of the town of Manbij, the "
            "Pentagon said on February 2.",
            "territory_taken",
        ),
        (
            "Kurdish-led fighters captured three villages near the town of Manbij, the US "
            "military said in a statement on January 30.",
            "territory_taken",
        ),
        # a report told as made then
        ("Police said at the time that the gang had abducted 12 people.", "abduction"),
        (
            "The army claimed at the time that its jets had struck only militant positions.",
            "airstrike",
        ),
        # a perfect over the year so far
        (
            "The militants have killed more than 2,000 civilians in the region this year.",
            "attack_on_civilians",
        ),
        ("Armed gangs have abducted 230 travellers on the highway this year.", "abduction"),
        # a campaign running for a stretch
        (
            "The offensive, now in its third month, has displaced nearly a million people.",
            "armed_clash",
        ),
        # a year naming the campaign the act is told in
        (
            "The Tigrayan forces seized large areas of the region in a lightning 2021 campaign.",
            "property_seized",
        ),
        ("Many residents fled the city during the 2016 siege.", "relocation"),
        # what a side does, in the singular present
        (
            "The Islamic State group still carries out hit-and-run attacks in the desert.",
            "attack_on_civilians",
        ),
    ],
)
def test_a_standing_situation_or_an_earlier_act_is_background(sentence: str, kind: str) -> None:
    assert told_in(events_after_a_clash(sentence), sentence) == []
    marked = told_in(events_after_a_clash(sentence, include_background=True), sentence)
    assert [(e.event_type, e.temporal_status) for e in marked] == [(kind, "background")]
    assert_clash_lead_is_news(events_after_a_clash(sentence))


def test_captives_a_group_is_believed_to_hold_are_no_abduction_of_the_day() -> None:
    sentence = "The militants are believed to be holding more than 100 hostages."
    assert told_in(events_after_a_clash(sentence), sentence) == []
    marked = told_in(events_after_a_clash(sentence, include_background=True), sentence)
    assert [(e.event_type, e.temporal_status) for e in marked] == [("abduction", "background")]


def test_an_act_among_the_options_weighed_is_planned() -> None:
    sentence = (
        "Officials said options ranging from air strikes to a no-fly zone were still on the table."
    )
    assert told_in(events_after_a_clash(sentence), sentence) == []
    marked = told_in(events_after_a_clash(sentence, include_background=True), sentence)
    assert [(e.event_type, e.modality) for e in marked] == [("airstrike", "planned")]


@pytest.mark.parametrize(
    ("news", "kind", "actor1"),
    [
        # today's act told in the perfect, its report of the day
        (
            "Kurdish-led forces have seized three villages north of the town of Manbij, the "
            "Pentagon said on Monday.",
            "territory_taken",
            None,
        ),
        (
            "Israeli airstrikes have killed 12 people in the town of Rafah, the highest toll this "
            "year.",
            "airstrike",
            "Military Forces of Israel",
        ),
        (
            "Government warplanes have bombed the town of Ariha, killing five people, residents "
            "said.",
            "airstrike",
            "Military Forces of Syria",
        ),
        (
            "Seven civilians have been killed in airstrikes on the town of Ariha on Monday.",
            "airstrike",
            None,
        ),
        # captives of a siege going on, a group's practice told in a relative clause
        (
            "Gunmen who stormed a hotel in the capital are holding 30 hostages, police said.",
            "abduction",
            None,
        ),
        (
            "The group, which carries out attacks across the region, claimed the bombing of a "
            "market in Azaz.",
            "explosive_attack",  # the bombing of a market is a blast (lead66)
            None,
        ),
        # a year of another noun, a count of people that is no year
        (
            "Gunmen opened fire on mourners at a memorial for victims of the 2014 massacre in "
            "the village of Azaz, killing three people.",
            "attack_on_civilians",
            None,
        ),
        (
            "Gunmen attacked a bus carrying 2024 pilgrims near the town of Azaz.",
            "attack_on_civilians",
            None,
        ),
        # a protest's days counted
        (
            "Protesters, now in their third day of demonstrations, marched on the parliament.",
            "protest",
            None,
        ),
    ],
)
def test_todays_act_in_the_perfect_stays_news(news: str, kind: str, actor1: str | None) -> None:
    told = told_in(events_after_a_clash(news), news)
    assert [(e.event_type, e.temporal_status) for e in told] == [(kind, "current")]
    if actor1 is not None:
        assert told[0].acled is not None and (told[0].acled.actor1 or "").startswith(actor1)
