"""Twelfth round, the date and the toll of an event (texts written for these tests; published
Tuesday 20 February 2024 for the dates): "said on <month> <day>" is the telling's; a weekday
that is a person's first name is no date; a group of the dead told with its force before "and";
the head of a toll that names a subset; a tally told first counts both sides."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.text.dates import find_dates
from tests.unit.extraction.events.articles import events_of, fatalities
from tests.unit.helpers import document

_TUESDAY = dt.datetime(2024, 2, 20, 12, tzinfo=dt.UTC)


def _dated(body: str) -> list[tuple[str, dt.date, str]]:
    events: list[EventMessage] = Pipeline().extract(
        ArticleMessage(id="t", body=body, published_at=_TUESDAY)
    )
    return [(e.event_type, e.time.date, e.time.precision) for e in events]


def test_said_on_a_month_and_day_is_the_tellings_day() -> None:
    """ "the government said in a statement on February 19": the statement's day; the attack
    is the Saturday the next sentence tells."""
    body = (
        "Gunmen killed 12 villagers in an attack in northern Burkina Faso, the government said "
        "in a statement on February 19.\n\nThe attack took place on Saturday in the village of "
        "Gamma near the town of Ouahigouya."
    )
    assert [(t, d) for t, d, _ in _dated(body)] == [("attack_on_civilians", dt.date(2024, 2, 17))]


def test_as_reported_on_a_day_dates_the_event_itself() -> None:
    """ "As reported on 18 February 2024": how ACLED's notes and some agencies date the event
    by its first report; the day is the event's, not a telling's day before it."""
    body = (
        "As reported on 18 February 2024, gunmen abducted 14 travellers on the road near the "
        "town of Gamma."
    )
    assert [(t, d) for t, d, _ in _dated(body)] == [("abduction", dt.date(2024, 2, 18))]


@pytest.mark.parametrize(
    "text",
    [
        "Monday Okafor, the police spokesman, said the gunmen wore uniforms.",
        "Sunday Bello said the gunmen fled into the forest.",
    ],
)
def test_a_weekday_that_is_a_first_name_is_no_date(text: str) -> None:
    doc = document(text)
    find_dates(doc)
    assert doc.dates == []


@pytest.mark.parametrize(
    "text", ["Gunmen killed 10 civilians Friday, police said.", "Thursday Night attack on a bus"]
)
def test_a_bare_weekday_still_dates(text: str) -> None:
    doc = document(text)
    find_dates(doc)
    assert len(doc.dates) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a weekday after a preposition of time, before a capitalised noun and a comma, is the
        # day, not a first name
        "A bomb went off at a church during Sunday Mass, killing five worshippers.",
        "Gunmen fled the town after Sunday Prayers, residents said.",
    ],
)
def test_a_weekday_after_a_preposition_of_time_is_the_day(text: str) -> None:
    doc = document(text)  # published on Thursday 14 March 2024
    find_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [("Sunday", dt.date(2024, 3, 10))]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the first group of the dead told with the force it belongs to
        (
            "At least 12 volunteers for the defence of the village and two traders were killed "
            "during an attack on a market in the town of Alpha on Friday.",
            14,
        ),
        (
            "Eight guards from the Northern Reserve Unit and a driver were killed when a bomb hit "
            "their truck near the town of Beta on Monday.",
            9,
        ),
    ],
)
def test_two_groups_of_the_dead_in_one_clause_add_up(body: str, deaths: int) -> None:
    assert [fatalities(e) for e in events_of(body)] == [deaths]


def test_a_toll_that_names_a_subset_is_named_by_its_head() -> None:
    """ "Five civilians, including three herders, were killed ... a woman and a child were
    killed": the later sentence names some of the five, it adds no one (not 7)."""
    body = (
        "Five civilians, including three herders, were killed when gunmen raided the hamlet of "
        "Delta on Sunday.\n\nResidents said a woman and a child were killed in the raid."
    )
    assert [fatalities(e) for e in events_of(body)] == [5]


def test_a_tally_told_first_counts_the_attackers_too() -> None:
    """ "the number of guards killed has risen to four ... claimed the lives of 3 fighters":
    the tally told first is the toll; the earlier figure is no attackers' dead to add."""
    body = (
        "Following the attack on a checkpoint of the Northern Front near the town of Epsilon, "
        "the number of fighters killed has risen to four.\n\nMilitants carried out a car bomb "
        "attack on the checkpoint on Monday. The attack claimed the lives of 3 fighters and "
        "left seven others wounded."
    )
    assert [fatalities(e) for e in events_of(body)] == [4]
