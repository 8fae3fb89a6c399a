"""Who a crowd is, by what it did (issue 11, thirty-ninth round, crowds59). ACLED's codebook:
a demonstration turns violent when the demonstrators themselves use violence or destroy
property; a road blocked by the crowd's bodies, an effigy burnt, homes demolished by the
authorities (what the crowd protests), the riots whose victims it marches for are none of
that. A mob's victim's alleged offence is a charge, no event. Protesters are of the country
where they protest: what they protest against names another country, read only when the note
tells nothing else."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.events.articles import events_of, main_event

_DAY = dt.datetime(2019, 5, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "body",
    [
        # a road blocked by the crowd: a peaceful protest (no barricade, no fire)
        "Protesters blocked the Kisumu-Busia highway for three hours on Monday demanding the repair of the road.",
        "Hundreds of demonstrators blocked traffic in Lahore on Tuesday to protest against power outages.",
        "Farmers staged a protest in Hisar on Friday. The protestors blocked the national highway for two hours.",
        # an effigy burnt, however told
        "Protesters burnt the effigy of the chief minister in Patna on Tuesday over rising fuel prices.",
        "Activists of the students' union torched an effigy of the vice-chancellor in Guwahati on Monday.",
        "Trade union leaders set fire to the effigy of the prime minister in front of the bus station in Nizamabad on Monday.",
        "Party workers staged a protest march in Ranchi and torched effigies of the state government on Thursday.",
        "Traders set an effigy of the governor ablaze outside the county offices in Nakuru on Monday.",
        # homes demolished: what the crowd protests
        "Residents of a settlement in Dehradun staged a demonstration against the municipal corporation on Friday. They alleged that their homes were demolished without notice.",
        "Residents of a slum in Shahdara, which was demolished on Saturday, protested outside the chief minister's house in Delhi on Sunday demanding compensation.",
        "Villagers protested in Multan on Monday against officials for bulldozing 15 homes near the canal.",
        # the riots whose victims a protest is for
        "Members of a welfare society blocked traffic in Delhi on Monday while protesting against inadequate aid to riot victims.",
        "Riot-hit families protested outside the district office in Muzaffarnagar on Tuesday demanding compensation.",
    ],
)
def test_a_peaceful_crowd_is_protesters(body: str) -> None:
    event = main_event(body)
    assert event.event_type == "protest"
    assert event.codes.acled_sub_event_type == "Peaceful protest"
    assert event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Protesters (")


@pytest.mark.parametrize(
    "body",
    [
        # the crowd's own violence stays a riot, a road block with it
        "Protesters blocked the road with burning tyres in Kisumu on Monday.",
        "Protesters blocked the highway and lit bonfires in Limuru on Tuesday after a man was found murdered.",
        "Students burnt tyres and an effigy of the governor in Nakuru on Monday.",
        "Students set the governor's effigy ablaze and torched two buses in Nakuru on Monday.",
        "Traders protested in Kisumu on Monday and set fire to the county offices.",
        "Protesters stoned vehicles and blocked the highway in Eldoret on Tuesday.",
        # a riot of the day, not its victims
        "Rioters burned shops in Kisumu on Monday.",
        # a demolition is the authorities'; the crowd's arson beside it is still its riot
        "Police demolished kiosks in Nairobi on Monday. Traders protested and burnt tyres.",
    ],
)
def test_a_violent_crowd_is_rioters(body: str) -> None:
    riots = [e for e in events_of(body) if e.event_type == "riot"]
    assert riots, body
    assert riots[0].codes.acled_sub_event_type == "Violent demonstration"
    assert riots[0].acled.actor1 is not None
    assert riots[0].acled.actor1.startswith("Rioters (")


@pytest.mark.parametrize(
    "body",
    [
        "A mob lynched a man in Kilgoris on Monday for suspected rape.",
        "Residents beat a man to death in Embu on Tuesday over alleged theft.",
    ],
)
def test_a_mobs_victims_offence_is_a_charge(body: str) -> None:
    types = [e.event_type for e in events_of(body)]
    assert "mob_violence" in types
    assert "sexual_violence" not in types
    assert main_event(body).acled.actor1 == "Rioters (Kenya)"


def _actor1(body: str, hint: str) -> str | None:
    """Actor1 of the note's first event, the feed said to be about ``hint`` (if any)."""
    countries = [hint] if hint else []
    message = ArticleMessage(id="c", body=body, published_at=_DAY, countries=countries)
    return Pipeline().extract(message)[0].acled.actor1


@pytest.mark.parametrize(
    ("body", "hint", "actor1"),
    [
        # what they protest is abroad: the feed's country says where they are
        ("Muslims protest Danish cartoons depicting the Prophet.", "KE", "Protesters (Kenya)"),
        ("Protest against French-owned construction firm.", "KE", "Protesters (Kenya)"),
        ("Demonstrations against the Israeli offensive.", "KE", "Protesters (Kenya)"),
        # a country protested is no place of the march; a town in the aim still is
        (
            "Hundreds marched against the US and its allies on Friday.",
            "PK",
            "Protesters (Pakistan)",
        ),
        ("Hundreds marched against the US embassy in Nairobi on Friday.", "", "Protesters (Kenya)"),
        # the note's own words say it first
        ("Kenyan Muslims protest against the US attacks.", "", "Protesters (Kenya)"),
        ("Kenyan traders protest Chinese imports.", "", "Protesters (Kenya)"),
        # a country protested at home is still where they are
        ("Teachers protested against the Kenyan government.", "", "Protesters (Kenya)"),
        # nothing else told: what they protest is the only cue left
        ("Muslims protest Danish cartoons depicting the Prophet.", "", "Protesters (Denmark)"),
    ],
)
def test_protesters_are_of_where_they_protest(body: str, hint: str, actor1: str) -> None:
    assert _actor1(body, hint) == actor1
