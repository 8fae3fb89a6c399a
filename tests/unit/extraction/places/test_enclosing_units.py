"""Names told in parentheses as the units around the place before them ("X upazila (Y, Z)")."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.pipeline import Pipeline

from .helpers import only, places_in

_FIGHT = "On 4 May 2023, two groups of farmers fought with sticks over a pond in {}."


def _event_place(text: str) -> tuple[str | None, str | None]:
    events = Pipeline().extract(
        Article(id="t", body=text, published_at=dt.datetime(2023, 5, 5, 12, tzinfo=dt.UTC))
    )
    assert len(events) == 1
    acled = events[0].acled
    return acled.location, acled.admin1


def test_the_district_in_parentheses_is_no_finer_than_the_upazila_it_encloses() -> None:
    """Basail is an upazila (a unit) and Tangail both a district and its seat town: the
    parentheses tell the district around Basail, so the fight is in Basail, not in the town."""
    assert _event_place(_FIGHT.format("Basail upazila (Tangail, Dhaka)")) == ("Basail", "Dhaka")
    found = places_in(_FIGHT.format("Basail upazila (Tangail, Dhaka)"))
    assert only(found, "Tangail").precision == "region"


def test_every_name_of_the_parentheses_encloses_the_place() -> None:
    """Two units in one parenthesis, the first after an upazila the text names with its noun."""
    found = places_in(_FIGHT.format("Basail upazila (Tangail district, Dhaka division)"))
    assert only(found, "Tangail").precision == "region"


def test_a_town_outside_parentheses_keeps_its_precision() -> None:
    """ "X, Y" may be a list of two towns: only parentheses tell enclosing units."""
    found = places_in("Shopkeepers marched in Tangail and Mymensingh on Sunday (Dhaka).")
    assert only(found, "Tangail").precision == "town"
    assert only(found, "Mymensingh").precision == "town"
