"""Deaths per article (fifty-first round, toll71): what a user adding up an article's events
receives."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(title: str, body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2016, 10, 12, 12, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _dead(events: list[EventMessage]) -> int:
    return sum(e.acled.fatalities or 0 for e in events if e.acled is not None)


@pytest.mark.parametrize(
    ("title", "body", "deaths"),
    [
        # a headline's casualties with the comma dropped; the body tells the dead apart
        (
            "30 Militants Killed Injured in Army Attack near Qusayr",
            "12 October 2016 30 Militants Killed Injured in Army Attack near Qusayr. The army"
            " attacked militant positions on the hills near Qusayr in Homs countryside, killing"
            " 8 militants and injuring 22 others.",
            8,
        ),
        (
            "15 Soldiers Killed Wounded as Rebels Storm Checkpoint in Deraa",
            "3 May 2016 15 Soldiers Killed Wounded as Rebels Storm Checkpoint in Deraa. Rebels"
            " stormed an army checkpoint near Deraa city on Tuesday, a monitor said.",
            0,
        ),
        (
            "20 rebels killed, injured in army shelling of Qusayr",
            "The army shelled rebel positions in Qusayr on Monday, a source said.",
            0,
        ),
    ],
)
def test_the_killed_and_wounded_told_as_one_count_are_no_deaths(
    title: str, body: str, deaths: int
) -> None:
    events = _events(title, body)
    assert events
    assert all(e.event_type in {"armed_clash", "shelling"} for e in events)
    assert _dead(events) == deaths


@pytest.mark.parametrize(
    ("title", "body", "told_at", "deaths"),
    [
        # the headline's city is no place of the body's act (another province): the body's
        # town keeps the figure, the headline's event none
        (
            "Damascus Truck Bomb Kills 22 People at Least",
            "05-11-2015 Damascus Truck Bomb Kills 22 People at Least. A truck bomb killed at"
            " least 22 people and injured scores on Tuesday in the town of Qatana west of"
            " Damascus countryside, activists said. The bomb went off near a bakery.",
            "Qatana",
            22,
        ),
        # a headline's toll update over several places: the body tells it at the quarter
        (
            "Toll of terrorist mortar fire on Homs rises to 7 more casualties reported in Hama and"
            " Latakia",
            "21 September 2016 Toll of terrorist mortar fire on Homs rises to 7 more casualties"
            " reported in Hama and Latakia. The toll of the terrorist mortar attacks on Akrama"
            " neighborhood in Homs city climbed to 7 civilians besides 11 wounded a police source"
            " in Homs said. In Hama, three civilians were wounded when terrorists fired rocket"
            " shells on Suqaylabiyah town.",
            "Akrama",
            7,
        ),
    ],
)
def test_a_headline_figure_retold_in_the_body_counts_once(
    title: str, body: str, told_at: str, deaths: int
) -> None:
    events = _events(title, body)
    tolls = {e.locations[0].name: e.acled.fatalities for e in events if e.locations and e.acled}
    assert tolls[told_at] == deaths
    assert _dead(events) == deaths


def test_a_headline_sum_over_two_cities_is_no_toll_of_the_second() -> None:
    """The headline's dead over two cities, the first city's act told with its own dead in the
    lead the headline's act took in: the second city's event counts none of the headline's."""
    events = _events(
        "7 Civilians Killed by Terrorist Mortar Fire in Homs and Idleb",
        "18-04-2016 7 Civilians Killed by Terrorist Mortar Fire in Homs and Idleb. In Homs,"
        " four civilians were killed as terrorists fired mortar and rocket shells at several"
        " neighborhoods in Homs city. A police source in Homs said that an old man and three"
        " children were killed and 9 others were wounded by mortar shells that landed on Wadi"
        " al-Dahab neighborhood. Meanwhile terrorists fired rocket shells on Saraqib town in"
        " Idleb countryside causing material damage.",
    )
    tolls = {e.locations[0].name: e.acled.fatalities for e in events if e.locations and e.acled}
    assert tolls["Wadi al-Dahab"] == 4
    assert all(e.event_type == "shelling" for e in events)
    assert _dead(events) == 4


def test_another_days_dead_at_other_places_are_no_toll_of_the_act_before() -> None:
    """A bulletin's last sentence tells the day before's dead at other places, with no act the
    extraction reads of its own: the act told last before it (wounded only) counts none."""
    events = _events(
        "Three civilians killed in terrorist attacks in Hama",
        "11-07-2016 Three civilians killed in terrorist attacks in Hama. Three civilians were"
        " killed and four others were wounded when terrorists fired rocket shells on al-Hader"
        " neighborhood in Hama city on Thursday. Five persons wounded in Saraqib in Idleb Police"
        " sources said that 5 persons including a woman were wounded by terrorist mortar shells"
        " on Saraqib town in Idleb countryside. On Tuesday four civilians were killed and 9"
        " others were wounded in terrorist attacks with mortar shells and sniper shots on"
        " al-Jamiliyeh and al-Sabil in Aleppo city.",
    )
    tolls = {e.locations[0].name: e.acled.fatalities for e in events if e.locations and e.acled}
    assert tolls["Saraqib"] == 0
    assert tolls["al-Hader"] == 3
