"""Thirty-sixth round, toll56: ways an article's dead were counted where they do not belong.

(1) The lead's figure retold in the body at the act it counts ("6 persons killed in rocket
attacks on Homs city ... targeted al-Waer neighborhood with 3 rocket shells, killing 6
persons"): two numbers in the text, one toll; the body's act keeps it and the lead's event,
kept apart by the merges at another quarter, loses it (``output/tolls/lead_retold``). Near
misses: the same figure in another province, a later act told as another ("Separately"), or
on another day (and, in ``events/test_aboutness.py``, a lead clash at Kidal and a shelling of
Tessalit, each killing four). (2) A toll told after the act in a sentence dated weeks or years
before it ("a massacre in Houla on May 25 2012, during which 108 people were killed") is an
earlier incident's, not the act's told before (``events/merge/outcomes/tolls``). Near miss: a
day of the same week. (3) A part of the dead told after their toll ("Seventeen children and six
women were among those killed") is no toll of its own (``output/tolls/among_dead``); near
miss: the same words opening the article's dead. (4) "claiming lives of 9 civilians". Each
article is written for these tests, with its commas and without them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.pipeline import Pipeline
from tests.unit.extraction.output.test_tolls_counted_once import _both, _tolls, _total


def _events(
    body: str, title: str = "", published: dt.date = dt.date(2024, 3, 14)
) -> list[EventMessage]:
    at = dt.datetime.combine(published, dt.time(12), dt.UTC)
    article = Article(id="t", title=title, body=body, published_at=at)
    return Pipeline().extract(article)


# --- (1) the lead's figure retold at the body's act ---------------------------------------

_SANA = (
    "6 persons killed in terrorist rocket attacks on Homs city. Homs SANA - Terrorist "
    "organizations fired rocket shells on the residential neighborhoods in Homs city, claiming "
    "the lives of 6 persons and injuring 20 others. A source at Homs Police Command said that "
    "terrorists targeted al-Waer neighborhood with 3 rocket shells, killing 6 persons. The "
    "source added that 2 other persons were injured when a shell hit al-Khalidiya neighborhood."
)


@pytest.mark.parametrize("body", _both(_SANA))
def test_sana_lead_total_retold_at_the_quarter_counts_once(body: str) -> None:
    events = _events(body, "6 persons killed in terrorist rocket attacks on Homs city")
    assert _total(events) == 6
    assert ("shelling", "al-Waer", 6) in _tolls(events)
    assert ("shelling", "al-Khalidiya", 0) in _tolls(events)


_ARMY = (
    "Syrian army kills 14 terrorists in Idlib countryside. Army units destroyed positions of "
    "terrorists in Saraqib in Idlib countryside on Tuesday. The army also clashed with "
    "terrorists in Ariha, killing 14 of them."
)


@pytest.mark.parametrize("body", _both(_ARMY))
def test_headline_kills_retold_by_the_clash_counts_once(body: str) -> None:
    events = _events(body)
    assert _total(events) == 14
    assert _tolls(events) == [("armed_clash", "Saraqib", 0), ("armed_clash", "Ariha", 14)]


_TWO_PROVINCES = (
    "Air strikes killed 5 civilians in Saraqib in Idlib province on Monday, a monitor said. In "
    "Hama province, regime shelling killed 5 people in Kafr Zita."
)
_SEPARATELY = (
    "Warplanes struck a market in Saraqib in Idlib province on Monday, killing 4 people, a "
    "monitor said. Separately, rebel shelling killed 4 people in Ariha."
)
_OTHER_DAY = (
    "Air strikes killed 3 people in Saraqib in Idlib province on Monday, a monitor said. On "
    "Sunday, rebel shelling killed 3 people in Ariha."
)


@pytest.mark.parametrize(
    ("body", "value"),
    [(b, 5) for b in _both(_TWO_PROVINCES)]
    + [(b, 4) for b in _both(_SEPARATELY)]
    + [(b, 3) for b in _both(_OTHER_DAY)],
)
def test_two_acts_with_the_same_figure_keep_each_their_dead(body: str, value: int) -> None:
    events = _events(body)
    assert [e.acled.fatalities for e in events] == [value, value]
    assert _total(events) == 2 * value


# --- (2) an earlier incident's toll; (3) a part told among the dead -----------------------

_HOULA = (
    "Regime airstrikes killed five civilians in the Houla region of Homs province on Sunday, a "
    "monitor said. The airstrikes hit the towns of Teldo and Kafr Laha. The regime first "
    "carried out a massacre in Houla on May 25 2012, during which 108 people were killed."
)
_YEAR_TALLY = (
    "Russian jets struck the town of Huraytan in Aleppo province on Monday, activists said. A "
    "team of reporters was targeted by the jets while en route to the town. Reporters Without "
    "Borders counted 66 journalists killed in 2014 across the country."
)
_JAN_25 = (
    "Rebels shelled the town of Qardaha in Latakia province on Thursday, killing 5 people, the "
    "Observatory said. Rebels also shelled the town of Jableh. On Jan. 25, rebels fired at least "
    "38 rockets at the town, killing seven people, the Observatory said."
)
_SAME_WEEK = (
    "Regime airstrikes hit the towns of Teldo and Kafr Laha in Homs province on Wednesday, a "
    "monitor said. The airstrikes targeted a market in Teldo. On Tuesday, 4 people were killed "
    "there, the monitor said."
)
_DIED_LATER = (
    "On 4 August 2024, demonstrators clashed with police and ruling party members in Jatrabari, "
    "Dhaka. 7 people were injured in the clash. 2 persons were killed, including 1 vendor, "
    "who was shot by police and succumbed to his injuries on 6 August."
)
_AMONG = (
    "The World Health Organization said 84 people were killed over four days of fighting near "
    "the capital. Clashes broke out between rebels and government forces in the eastern Ghouta "
    "region on Tuesday. Seventeen children and six women were among those killed."
)
_AMONG_FIRST = (
    "Two soldiers were among those killed when gunmen ambushed a convoy near the town of "
    "Mandera on Sunday, police said."
)
_CURFEW = (
    "Authorities imposed a curfew in the district on Friday after a spate of violence by a rebel "
    "group. Three soldiers were killed between Nov. 15 and 18 in pursuit of the group."
)
_YEARS_AGO = (
    "Gunmen shot and wounded a journalist in the town of Mombasa on Monday, police said. Two "
    "years ago, his colleague's body was found in a river."
)
_MONTHS_AGO = (
    "Gunmen shot and wounded a journalist in the town of Mombasa on Monday, police said. A "
    "colleague of his was shot dead outside the same office six months ago."
)
_DEFAULT = dt.date(2024, 3, 14)
# (article, publication day, each event's toll); near misses: a day of the same week, a death
# "on 6 August" after a note of 4 August (a year-less day after publication), "among those
# killed" opening the article's dead, a curfew (no violent act) after the dead of November
_DATED_CASES = {
    "houla-2012": (_HOULA, _DEFAULT, [5, 0]),
    "tally-of-2014": (_YEAR_TALLY, _DEFAULT, [0]),
    "jan-25-in-february": (_JAN_25, dt.date(2015, 2, 5), [5, 0]),
    "same-week": (_SAME_WEEK, _DEFAULT, None),
    "died-two-days-later": (_DIED_LATER, dt.date(2024, 8, 4), None),
    "among-those-killed": (_AMONG, _DEFAULT, None),
    "among-opening-the-dead": (_AMONG_FIRST, _DEFAULT, None),
    # a curfew imposed after a spate of violence: the violence's dead are coded with it
    "curfew-after-violence": (_CURFEW, dt.date(2015, 12, 4), [3]),
    # (review60) a death told as weeks, months or years ago is an earlier incident's
    "years-ago": (_YEARS_AGO, _DEFAULT, [0]),
    "months-ago": (_MONTHS_AGO, _DEFAULT, [0]),
}
_TOTALS = {
    "same-week": {4},
    "died-two-days-later": {2},
    "among-those-killed": {0, 84},
    "among-opening-the-dead": {2},
}


@pytest.mark.parametrize(
    ("name", "body"),
    [(n, b) for n, (text, _, _) in _DATED_CASES.items() for b in _both(text)],
)
def test_dead_counted_only_for_the_act_and_day_they_belong_to(name: str, body: str) -> None:
    _, published, tolls = _DATED_CASES[name]
    events = _events(body, published=published)
    if tolls is not None:
        assert [e.acled.fatalities for e in events] == tolls
    else:
        assert _total(events) in _TOTALS[name]
    if name == "houla-2012":
        # the toll on the list's first town, not on the known one told after it (list64)
        assert ("airstrike", "Kafr Laha", 0) in _tolls(events)
    if name == "among-those-killed":
        assert 6 not in [e.acled.fatalities for e in events]


def test_lives_claimed_without_the_article() -> None:
    events = _events(
        "Warplanes struck the market of Maarat al-Numan on Friday, claiming lives of 9 civilians."
    )
    assert [e.acled.fatalities for e in events] == [9]
