"""Fifteenth round, places: an unknown village or town told around a capital that is a province
of its own lies in the province around the city; the city's quarters stay in the city. A name
told as a village ("the village of X") lies in a country the article tells. "X Oblast" is the
province X."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> tuple[str, str | None]:
    place = event.locations[0]
    return place.name, place.admin1


def test_a_village_around_a_city_province_lies_in_the_province_around_it() -> None:
    (event,) = events_of(
        "Government shelling killed four civilians in the town of Tell Warrouqa north of "
        "Damascus on Tuesday, a monitor said."
    )
    assert event.event_type == "shelling"
    assert _where(event) == ("Tell Warrouqa", "Rif Dimashq")


def test_a_village_called_so_near_a_capital_takes_the_governorate_around_it() -> None:
    (event,) = events_of(
        "Rebels stormed a village called Beit Quraimi near Sanaa on Monday, killing three "
        "tribesmen, local sources said."
    )
    assert _where(event) == ("Beit Quraimi", "Sanaa")


def test_a_quarter_of_the_city_stays_in_the_city() -> None:
    (event,) = events_of(
        "Government shelling killed four civilians in the Bab Warrouqa neighbourhood of "
        "Damascus on Tuesday, a monitor said."
    )
    assert event.event_type == "shelling"
    assert _where(event) == ("Bab Warrouqa", "Damascus")


def test_a_village_told_so_in_a_report_of_one_country_is_no_town_abroad() -> None:
    events = events_of(
        "Aircraft of the regime and its Russian allies killed 12 civilians in Idlib province on "
        "Monday.\n\nA war monitor said that four people were killed in an air raid on a village "
        "of Al-Bara."
    )
    assert events[0].event_type == "airstrike"
    assert all(e.locations[0].country_code == "SY" for e in events)
    assert ("Al-Bara", "Idlib") in [_where(e) for e in events]


def test_a_town_told_so_may_still_lie_in_an_untold_country() -> None:
    (event,) = events_of(
        "Gunmen attacked the town of Rahad on Monday, killing five civilians, police said."
    )
    assert event.locations[0].country_code == "SD"


def test_a_province_told_with_its_capitalised_unit_noun_is_the_province() -> None:
    (event,) = events_of(
        "Shelling killed six civilians and wounded four in residential buildings in Luhansk "
        "Oblast on Monday, the regional governor said."
    )
    assert event.event_type == "shelling"
    assert _where(event) == ("Luhansk", "Luhansk")
