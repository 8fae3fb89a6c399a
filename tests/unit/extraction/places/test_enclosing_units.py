"""Names told in parentheses as the units around the place before them ("X upazila (Y, Z)")."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.reading.locating.enclosing_units import read_enclosing_units

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


def test_an_upazila_on_the_border_is_of_its_own_country() -> None:
    """Patgram and Hatibandha are upazilas of Bangladesh whose points lie nearer a town of
    India: a unit takes its boundary set's country (twenty-seventh round), so the parentheses
    agree with it and the fight is in the upazila, not in the district's seat town."""
    assert _event_place(_FIGHT.format("Patgram upazila (Lalmonirhat, Rangpur)")) == (
        "Patgram",
        "Rangpur",
    )
    assert _event_place(_FIGHT.format("Hatibandha upazila (Lalmonirhat, Rangpur)")) == (
        "Hatibandha",
        "Rangpur",
    )


def test_every_name_of_the_parentheses_encloses_the_place() -> None:
    """Two units in one parenthesis, the first after an upazila the text names with its noun."""
    found = places_in(_FIGHT.format("Basail upazila (Tangail district, Dhaka division)"))
    assert only(found, "Tangail").precision == "region"


def test_a_town_outside_parentheses_keeps_its_precision() -> None:
    """ "X, Y" may be a list of two towns: only parentheses tell enclosing units."""
    found = places_in("Shopkeepers marched in Tangail and Mymensingh on Sunday (Dhaka).")
    assert only(found, "Tangail").precision == "town"
    assert only(found, "Mymensingh").precision == "town"


def _mention(text: str, at: int, name: str, country: str, admin1: str) -> PlaceMention:
    start = text.index(name, at)
    return PlaceMention(
        span=Span(start, start + len(name)),
        text=name,
        name=name,
        country_code=country,
        admin1=admin1,
        latitude=0.0,
        longitude=0.0,
        precision="town",
        feature="city",
    )


def test_a_unit_of_another_province_says_the_place_before_it_is_a_namesake() -> None:
    """ "Alpha (Beta)" with Alpha chosen in another country or province than Beta: Beta tells
    where it is, so Beta keeps its sense; agreeing, Beta is the unit around Alpha."""
    text = "Herders were attacked in Alpha (Beta) on Sunday."
    abroad = [_mention(text, 0, "Alpha", "TZ", "Katavi"), _mention(text, 0, "Beta", "KE", "Narok")]
    assert [p.precision for p in read_enclosing_units(text, abroad)] == ["town", "town"]
    inside = [_mention(text, 0, "Alpha", "KE", "Narok"), _mention(text, 0, "Beta", "KE", "Narok")]
    assert [p.precision for p in read_enclosing_units(text, inside)] == ["town", "region"]


def test_the_x_of_a_named_district_is_its_province_not_a_town() -> None:
    places = places_in("Rockets hit houses in the Arghandab district of Kandahar on Thursday.")
    kandahar = only(places, "Kandahar")
    assert (kandahar.precision, kandahar.country_code) == ("admin1", "AF")


def test_the_x_of_an_unnamed_district_is_still_read_as_a_settlement() -> None:
    places = places_in("Rockets hit houses in the central district of Kandahar on Thursday.")
    assert only(places, "Kandahar").precision == "town"


def test_a_district_told_after_of_or_in_encloses_the_place_before_it() -> None:
    """ "X upazila of Y district", "X in Z's Y district": the district named after the place
    holds it, so the act is at the place, not at the district's seat town (twenty-seventh
    round)."""
    assert _event_place(_FIGHT.format("Niamatpur upazila of Naogaon district"))[0] == "Niamatpur"
    found = places_in(_FIGHT.format("Niamatpur upazila of Naogaon district"))
    assert only(found, "Naogaon").precision == "region"
    found = places_in(_FIGHT.format("Kaliganj in West Bengal's Nadia district"))
    assert only(found, "Nadia").precision == "region"


def test_a_district_told_alone_keeps_its_seat_town() -> None:
    """With no place before it, "Y district" is still placed at its seat."""
    found = places_in(_FIGHT.format("Naogaon district"))
    assert only(found, "Naogaon").precision == "town"
