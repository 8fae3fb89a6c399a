"""The side hit of an attack (events/link/hit.py, events/link/roles.py), fifteenth round: an
armed side among the hit over the civilians beside it, the side an attack is aimed at, one
counted "including" among the hit, the owner of a post told after it."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events


def _acled(body: str) -> AcledFields:
    article = ArticleMessage(id="actor2-test", body=body, published_at="2020-05-06T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


def test_a_policeman_killed_beside_civilians_is_the_side_hit() -> None:
    acled = _acled(
        "Two civilians and a policeman were killed when gunmen attacked a checkpoint near "
        "Kaya on Friday."
    )
    assert acled.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert acled.actor2 == "Police Forces of Burkina Faso (2015-2022)"


def test_the_forces_a_grenade_was_thrown_on_are_hit_over_the_civilians_hurt() -> None:
    acled = _acled(
        "Three civilians were injured after militants lobbed a grenade on the security forces "
        "in Srinagar on Tuesday."
    )
    assert acled.actor1 == "Unidentified Armed Group (India)"
    assert acled.actor2 == "Police Forces of India (2014-)"


def test_soldiers_counted_among_the_dead_are_the_side_hit() -> None:
    acled = _acled(
        "Six people, including three soldiers, were killed in a bomb explosion in Kismayo on "
        "Sunday."
    )
    assert acled.actor2 == "Military Forces of Somalia (2017-2022)"


def test_a_post_of_a_named_group_is_the_group_s() -> None:
    acled = _acled(
        "Islamic State militants attacked a military post of the Syrian Democratic Forces "
        "near Hasakah on Monday, killing four fighters."
    )
    assert acled.actor2 == "SDF: Syrian Democratic Forces"


def test_a_base_belonging_to_the_army_attacked_by_militants() -> None:
    acled = _acled(
        "A military base belonging to the Somali National Army (SNA) was on Monday attacked "
        "by al-Shabaab militants near Afgoye."
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 == "Military Forces of Somalia (2017-2022)"


def test_civilians_alone_stay_the_side_hit() -> None:
    acled = _acled("Gunmen killed three villagers near Kaya on Friday.")
    assert acled.actor2 == "Civilians (Burkina Faso)"
