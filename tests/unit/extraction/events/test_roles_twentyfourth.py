"""Who did it to whom (twenty-fourth round): the men of a named group told by a generic noun,
the Syrian coalitions and fronts by their own names, and the country that names a state's
forces, which is not where the event was."""

from __future__ import annotations

import datetime as dt

from tests.unit.extraction.events.articles import acled_of

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
