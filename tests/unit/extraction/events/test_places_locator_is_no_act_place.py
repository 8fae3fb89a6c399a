"""Twenty-seventh round, places47: the place that locates another is no place of the act, be it
told in apposition with a village ("Kafr Tal a village in Idlib") or after "near" ("the suburbs
of eastern Ghouta near Damascus")."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _where(event: EventMessage) -> tuple[str, str | None, str, bool]:
    place = event.locations[0]
    return place.name, place.admin1, place.country_code, place.resolved


def test_the_place_that_locates_a_village_told_in_apposition_is_not_the_act_s_place() -> None:
    """A sentence telling no act of its own names the village where the strike hit, told in
    apposition with the province it lies in ("Kafr Tal a village in Idlib", as texts stripped
    of commas tell it): the province locates the village, the strike is at the village, not
    at the province's homonymous city."""
    body = (
        "Rebel commanders said on Monday that warplanes struck a checkpoint in Syria's Idlib"
        " province close to the Turkish frontier killing a fighter.\n"
        "The checkpoint stands in Kafr Tal a village in Idlib where displaced families shelter."
    )
    (event,) = events_of(body)
    assert event.event_type == "airstrike"
    assert _where(event) == ("Kafr Tal", "Idlib", "SY", False)


def test_a_village_told_in_apposition_after_a_comma_places_the_strike() -> None:
    """The same with the apposition's comma: "Kafr Tal, a small village near Idlib"."""
    body = (
        "Rebel commanders said on Monday that warplanes struck a checkpoint in Syria's Idlib"
        " province close to the Turkish frontier killing a fighter.\n"
        "The checkpoint stands in Kafr Tal, a small village near Idlib, residents said."
    )
    (event,) = events_of(body)
    assert _where(event)[0] == "Kafr Tal"


def test_a_city_told_as_what_a_region_lies_near_is_no_place_of_the_protest() -> None:
    body = (
        "Near the capital, hundreds of residents of the suburbs of eastern Ghouta near Damascus"
        " marched on Friday against the feud between rebel factions."
    )
    events = [e for e in events_of(body) if e.event_type == "protest"]
    assert events
    assert events[0].locations[0].name == "Eastern Ghouta"
    # A town near another is the place ("Bamba near Koro"); a town told near, inside the
    # province the sentence names, is the finer place ("in Idlib province near the town of
    # Saraqeb"); a place told near and alone is the place.
    body = "Militiamen attacked the village of Bamba near Koro on Sunday, killing two herders."
    assert events_of(body)[0].locations[0].name == "Bamba"
    body = "Clashes erupted in Idlib province near the town of Saraqeb on Monday, killing four."
    assert events_of(body)[0].locations[0].name == "Saraqib"
    body = "Unidentified gunmen shot dead two farmers near Maiduguri on Tuesday."
    assert events_of(body)[0].locations[0].name == "Maiduguri"


def test_a_near_place_far_from_the_place_read_before_it_is_kept() -> None:
    """Review48: "in Pisky near Donetsk", Pisky read as a namesake of another province, far
    from Donetsk: the near place is no reference point of a place read so far from it, and is
    kept (it tells the province); a near place close by is still dropped."""
    body = "Shelling killed two civilians in Pisky near Donetsk on Monday, officials said."
    (event,) = events_of(body)
    assert "Donetsk" in [place.name for place in event.locations]
    body = "Shelling killed three soldiers in Marinka near Donetsk on Monday, officials said."
    assert [place.admin1 for place in events_of(body)[0].locations] == ["Donetsk"]
