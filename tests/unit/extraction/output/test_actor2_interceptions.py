"""Actor2 (the side hit) of the seventeenth round: an interception's two sides are the forces
of the country where the weapons were downed and the weapons' owner, told by its adjective
before the weapon even with a modifier between (``output/sides/air/interceptions.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    article = ArticleMessage(id="actor2-17", body=body, published_at="2024-05-08T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_the_owner_of_drones_with_a_modifier_is_the_side_hit() -> None:
    acled = _acled_by_type(
        "Russia's Defence Ministry said its air defences destroyed or intercepted 30"
        " Ukrainian fixed-wing drones over the Kursk region overnight."
    )
    assert acled["weapons_disrupted"].actor1 == "Military Forces of Russia (2000-)"
    assert acled["weapons_disrupted"].actor2 == "Military Forces of Ukraine (2019-)"


def test_a_drone_told_downed_in_the_passive_is_its_owners() -> None:
    acled = _acled_by_type(
        "The regional governor said a Ukrainian drone was downed over the Bryansk"
        " region on Tuesday."
    )
    assert acled["weapons_disrupted"].actor1 == "Military Forces of Russia (2000-)"
    assert acled["weapons_disrupted"].actor2 == "Military Forces of Ukraine (2019-)"


def test_the_interceptor_is_not_the_owner_when_only_the_owner_is_named() -> None:
    acled = _acled_by_type(
        "Air defence units shot down nine Ukrainian long-range drones over the Belgorod region"
        " early on Monday, the ministry said."
    )
    assert acled["weapons_disrupted"].actor1 == "Military Forces of Russia (2000-)"
    assert acled["weapons_disrupted"].actor2 == "Military Forces of Ukraine (2019-)"


def test_weapons_of_the_country_where_they_fell_keep_their_sides() -> None:
    # the owner is the place's own state: no side of the place's forces is made up
    acled = _acled_by_type(
        "Rebels shot down two Syrian army drones near Idlib on Friday, a monitor said."
    )
    assert acled["weapons_disrupted"].actor1 != "Military Forces of Syria (2000-2024)"
