"""Who did it to whom (twenty-fourth round): the men of a named group told by a generic noun,
the Syrian coalitions and fronts by their own names, and the country that names a state's
forces, which is not where the event was."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of, events_published

IN_2016 = dt.datetime(2016, 10, 30, tzinfo=dt.UTC)


def test_militants_of_a_named_group_are_that_group() -> None:
    body = (
        "Syrian jets bombed two depots of militants of the Jaish al-Fatah near Khan Shaykhun "
        "in southern Idlib on Friday."
    )
    acled = acled_of(body, "airstrike", IN_2016)
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"
    assert acled.actor2 == "Jaish al-Fateh"


def test_operatives_tied_to_a_named_front_are_that_front() -> None:
    body = (
        "Syrian warplanes bombed operatives tied to Jabhat Fath al-Sham near Inkhil in "
        "Daraa Province, killing six of them."
    )
    acled = acled_of(body, "airstrike", IN_2016)
    assert acled.actor2 == "Jabhat Fateh al-Sham"


def test_the_country_of_warplanes_is_not_the_victims_country() -> None:
    body = (
        "US warplanes bombed a bakery in Manbij on Tuesday, killing 12 civilians. US "
        "warplanes struck the town twice last week, US officials said."
    )
    acled = acled_of(body, "airstrike", dt.datetime(2016, 8, 6, tzinfo=dt.UTC))
    assert acled.actor1 == "Military Forces of the United States (2009-2017)"
    assert acled.actor2 == "Civilians (Syria)"


def test_a_passive_with_also_tells_the_hit_not_the_agent() -> None:
    body = (
        "Syrian troops continued their operations in Deir Ezzor on Sunday. ISIS fighters were "
        "also targeted in several raids near the grain silos of Mayadin."
    )
    sides = {(a.actor1, a.actor2) for a in _acled_blocks(body)}
    assert ("Military Forces of Syria (2000-2024)", "Islamic State (Syria)") in sides
    assert not any(actor1 == "Islamic State (Syria)" for actor1, _ in sides)


def test_men_told_hit_in_airstrikes_are_the_hit() -> None:
    body = (
        "The Syrian army pressed its push in eastern Homs on Sunday. ISIS fighters were hit "
        "in army airstrikes near the village of al-Qaryatayn."
    )
    sides = {(a.actor1, a.actor2) for a in _acled_blocks(body)}
    assert ("Military Forces of Syria (2000-2024)", "Islamic State (Syria)") in sides
    assert not any(actor1 == "Islamic State (Syria)" for actor1, _ in sides)


def test_a_province_of_two_words_before_army_units_is_no_unit() -> None:
    body = (
        "Damascus Countryside Army units took control of two farms near Zakiyah in Damascus "
        "Countryside on Monday after fierce battles with the rebels."
    )
    acled = acled_of(body, "territory_regained", IN_2016)
    assert acled.actor1 == "Military Forces of Syria (2000-2024)"


def _acled_blocks(body: str, published: dt.datetime = IN_2016) -> list[AcledFields]:
    blocks = [e.acled for e in events_published(body, published)]
    return [b for b in blocks if b is not None]


IN_2016_KENYA = dt.datetime(2016, 5, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "body",
    [
        "Two village elders were shot dead by gunmen in Ukunda, Kwale County on Sunday. The "
        "perpetrators are believed to be al Shabaab.",
        "A ward administrator was gunned down outside his home in Likoni on Sunday night. "
        "The attackers were believed to be in league with al Shabaab.",
        "A roadside bomb wounded a bus driver near Hindi in Lamu County on Monday. Al Shabaab "
        "were the suspected perpetrators, the county commander said.",
        "A bomb went off under a water bowser near Elwak, Mandera County, killing its two "
        "crew. Al Shabaab thought responsible.",
        "Four teachers were hurt when a mine exploded under their matatu near Bodhei in Lamu "
        "County. Police said the mine had been laid by Al Shabaab.",
    ],
)
def test_the_group_named_as_the_suspected_author_is_actor1(body: str) -> None:
    (acled,) = {a.actor1 for a in _acled_blocks(body, IN_2016_KENYA)}
    assert acled == "Al Shabaab"
