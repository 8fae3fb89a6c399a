"""Units finer than a district told with their district (thirty-fourth round): the district
after "X upazila of Y" is the district, not its seat town; a unit told inside its district is
its namesake there; a village told inside a small unit far from it is a namesake."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsevents.contracts import Article, EventMessage
from newsevents.extraction.document import PlaceMention, Span
from newsevents.extraction.pipeline import Pipeline
from newsevents.extraction.places.choosing.unit_namesakes import relocate_into_units

from .helpers import km, only, places_in

_KILLED = "Two men were hacked to death in "


def _events(text: str) -> list[EventMessage]:
    return Pipeline().extract(
        Article(id="t", body=text, published_at=dt.datetime(2024, 3, 4, 12, tzinfo=dt.UTC))
    )


def _place(text: str) -> tuple[str | None, float, float]:
    """The name and point of the one event's place."""
    events = _events(text)
    assert len(events) == 1, events
    acled = events[0].acled
    assert acled.latitude is not None and acled.longitude is not None
    return acled.location, acled.latitude, acled.longitude


# --- the district after a unit finer than it -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # wire (Reuters), with its commas
        "Police fired on protesters in Raozan upazila of Chittagong on Friday, killing two, "
        "a police official said.",
        # the same sentence as comma-less copy writes it
        "Police fired on protesters in Raozan upazila of Chittagong on Friday killing two "
        "a police official said.",
        # "in" instead of "of" (bdnews24)
        "Two people were killed when rival groups clashed in Raozan Upazila in Chittagong "
        "on Sunday, police said.",
    ],
)
def test_a_district_told_after_an_upazila_is_no_seat_town(text: str) -> None:
    """Chittagong is a district and its seat city: after "Raozan upazila of" it is the
    district, so the act is in Raozan, not in the city 25 km away."""
    found = places_in(text)
    assert only(found, "Chittagong").precision == "region"
    name, latitude, longitude = _place(text)
    assert name == "Raojan"
    assert km(only(found, "Raozan"), latitude, longitude) < 5


@pytest.mark.parametrize(
    "text",
    [
        # Myanmar, as RFA and the Irrawaddy write it
        "Myanmar troops shelled a village in Pauktaw Township, Sittwe District, on Tuesday, "
        "killing three civilians, residents said.",
        "Myanmar troops shelled a village in Pauktaw Township Sittwe District on Tuesday "
        "killing three civilians residents said.",
    ],
)
def test_a_township_then_its_district_is_in_the_township(text: str) -> None:
    """ "X Township, Y District": Sittwe is the district around Pauktaw, not the state's
    capital; with no comma ("Pauktaw Township Sittwe District") the same."""
    found = places_in(text)
    assert only(found, "Sittwe").precision == "region"
    name, _, _ = _place(text)
    assert name == "Pauktaw"


def test_a_block_of_a_district_in_india() -> None:
    """PTI: "Keshpur block of Medinipur": the clash is in Keshpur, Medinipur its district."""
    text = "Trinamool and CPI(M) supporters clashed in Keshpur block of Medinipur on Monday."
    assert only(places_in(text), "Medinipur").precision == "region"
    assert _place(text)[0] == "Keshpur"


def test_a_police_station_in_a_town_is_a_building() -> None:
    """Near miss: "the Kotwali police station in Faridpur town" is a building in the town; the
    town keeps its sense and the act is there."""
    text = "A mob attacked the Kotwali police station in Faridpur town on Monday, police said."
    assert only(places_in(text), "Faridpur").precision == "town"
    _, latitude, longitude = _place(text)
    assert km(only(places_in(text), "Faridpur"), latitude, longitude) < 1


def test_a_village_of_a_town_keeps_the_town() -> None:
    """Near miss: a village is no unit: "Lakhpur village of Narsingdi" lies by the town."""
    text = _KILLED + "Lakhpur village of Narsingdi on Sunday, police said."
    assert only(places_in(text), "Narsingdi").precision == "town"


def test_a_name_told_as_a_town_after_an_upazila_is_the_town() -> None:
    """Near miss: "Patiya upazila of Chittagong city": the words say the city."""
    text = "A bomb went off in Patiya upazila of Chittagong city on Sunday, injuring three."
    assert only(places_in(text), "Chittagong").precision == "town"


def test_a_list_of_a_unit_and_a_city_keeps_the_city() -> None:
    """Near miss: "in Raozan and Chittagong" is a list of two places, two protests."""
    text = "Protesters blocked roads in Raozan and Chittagong on Sunday."
    assert only(places_in(text), "Chittagong").precision == "town"
    assert {e.acled.location for e in _events(text)} == {"Raojan", "Chattogram"}


def test_a_seat_filed_under_another_province_still_holds_its_upazila() -> None:
    """Birampur upazila is filed under Rajshahi, its district's seat Dinajpur under Rangpur
    (the division it left): near enough, Dinajpur is the district and the act in Birampur."""
    text = (
        "A farmer was shot dead by Indian border guards along the border of Birampur "
        "Upazila in Dinajpur district on Monday morning, witnesses said."
    )
    assert only(places_in(text), "Dinajpur").precision == "region"
    assert _place(text)[0] == "Birampur"


# --- a unit's namesake in its district -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "latitude", "longitude"),
    [
        # four upazilas are called Kaliganj: the one of Satkhira, the one of Gazipur
        (_KILLED + "Kaliganj upazila of Satkhira district on Sunday.", 22.45, 89.06),
        (_KILLED + "Kaliganj upazila of Gazipur on Sunday.", 23.96, 90.55),
        (_KILLED + "Kaliganj upazila (Satkhira, Khulna) on Sunday.", 22.45, 89.06),
        # two Lohagaras: Narail's and Chittagong's
        (_KILLED + "Lohagara upazila of Narail district on Sunday.", 23.2, 89.62),
        (_KILLED + "Lohagara upazila of Chittagong on Sunday.", 21.99, 92.11),
        # two Companiganjs: Sylhet's and Noakhali's
        (_KILLED + "Companiganj upazila of Sylhet on Sunday.", 25.08, 91.77),
    ],
)  # fmt: skip
def test_a_unit_told_inside_its_district_is_the_namesake_there(
    text: str, latitude: float, longitude: float
) -> None:
    found = places_in(text)
    unit = found[0]
    assert km(unit, latitude, longitude) < 5, unit
    _, lat, lon = _place(text)
    assert km(unit, lat, lon) < 5


def test_a_unit_and_a_town_in_a_list_are_not_re_chosen() -> None:
    """Near miss: "in Kaliganj upazila and Satkhira" tells no district of Kaliganj."""
    alone = only(places_in("Clashes broke out in Kaliganj upazila on Sunday."), "Kaliganj")
    listed = places_in("Clashes broke out in Kaliganj upazila and Satkhira on Sunday.")
    assert (only(listed, "Kaliganj").latitude, only(listed, "Kaliganj").longitude) == (
        alone.latitude,
        alone.longitude,
    )


def test_a_whole_article_places_its_act_in_the_upazila() -> None:
    """A Daily Star-style report: the lead tells the unit and its district; the act stays
    there through the later sentences."""
    text = (
        "A Jubo League activist was hacked to death and five others were injured in a clash "
        "between two factions of the Awami League in Lohagara upazila of Narail district on "
        "Saturday night.\n\n"
        "The clash broke out over the control of a local bazaar, Officer-in-Charge of the "
        "police station said. Police have arrested three people in connection with the "
        "killing."
    )
    events = [e for e in _events(text) if e.acled.fatalities]
    assert events
    assert {e.acled.location for e in events} == {"Lohagara"}
    assert all(e.acled.latitude == pytest.approx(23.2, abs=0.05) for e in events)


def test_a_whole_article_as_comma_less_copy() -> None:
    """The AFP-style report as comma-less copy writes it: the same place."""
    text = (
        "Myanmar troops shelled a village in Pauktaw Township Sittwe District on Tuesday "
        "killing three civilians residents said.\n\n"
        "The Arakan Army said its fighters had clashed with the army near the village the "
        "day before."
    )
    located = {e.acled.location for e in _events(text) if e.acled.fatalities}
    assert located == {"Pauktaw"}


# --- a village far from the unit it is told in ------------------------------------------------


def _mention(
    text: str, name: str, latitude: float, longitude: float, precision: str = "town"
) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(
        span=Span(start, start + len(name)),
        text=name,
        name=name,
        country_code="IN",
        admin1="Chhattisgarh",
        latitude=latitude,
        longitude=longitude,
        precision=precision,  # type: ignore[arg-type]
        feature="village",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Maoists were killed near Alpha village under Beta police station on Friday.",
        "Maoists were killed near Alpha village, Beta Tehsil, on Friday.",
        "Maoists were killed near Alpha village Beta tehsil on Friday.",  # comma-less
        "Maoists were killed in Alpha of Beta block on Friday.",
        "Maoists were killed at Alpha (Beta Tehsil) on Friday.",
    ],
)
def test_a_village_far_from_its_unit_is_a_namesake_kept_at_the_unit(text: str) -> None:
    village = _mention(text, "Alpha", 22.0, 81.0)
    unit = _mention(text, "Beta", 20.3, 80.7, "region")
    moved, kept = relocate_into_units(text, [village, unit])
    assert kept == unit
    assert (moved.name, moved.resolved) == ("Alpha", False)
    assert (moved.latitude, moved.longitude) == (unit.latitude, unit.longitude)


@pytest.mark.parametrize(
    "text",
    [
        # near its unit: the gazetteer's village is the one meant
        None,
        # no unit noun after the second name: it may be a town, a list, anything
        "Maoists were killed near Alpha village in Beta on Friday.",
        "Maoists were killed near Alpha and Beta tehsil on Friday.",
    ],
)
def test_a_village_near_its_unit_or_not_told_in_one_keeps_its_point(text: str | None) -> None:
    near = text is None
    text = text or "Maoists were killed near Alpha village under Beta police station on Friday."
    village = _mention(text, "Alpha", 20.4 if near else 22.0, 80.8 if near else 81.0)
    unit = _mention(text, "Beta", 20.3, 80.7, "region")
    assert relocate_into_units(text, [village, unit]) == [village, unit]


def test_a_unit_of_another_country_moves_nothing() -> None:
    """Abroad is :mod:`.enclosing_town`'s: a unit of another country moves no village here."""
    text = "Maoists were killed near Alpha village under Beta police station on Friday."
    village = _mention(text, "Alpha", 22.0, 81.0)
    unit = replace(_mention(text, "Beta", 20.3, 80.7, "region"), country_code="BD", admin1=None)
    assert relocate_into_units(text, [village, unit]) == [village, unit]


# --- a unit noun some countries alone use -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Raipur is a city of a million in India and a town of Bangladesh: the upazila says which
        ("A school was set ablaze by rioters in Raipur upazila on Monday night.", "BD"),
        ("A school was set ablaze by rioters in Raipur Upazila on Monday night", "BD"),
        # Karimganj is a town of Assam and an upazila of Kishoreganj
        ("Awami League workers clashed in Karimganj upazila on Monday, leaving ten injured.", "BD"),
    ],
)  # fmt: skip
def test_an_upazila_is_bangladeshs(text: str, country: str) -> None:
    events = _events(text)
    assert events
    assert {e.locations[0].country_code for e in events} == {country}


def test_a_bare_name_keeps_its_biggest_namesake() -> None:
    """Near miss: with no unit noun, "Raipur" is still the Indian city."""
    events = _events("Protesters blocked the highway in Raipur on Monday.")
    assert {e.locations[0].country_code for e in events} == {"IN"}
