"""The side hit of an attack (events/link/hit.py, events/link/roles.py), fifteenth round: the
owner of a post told after it, and one policeman naming his force."""

from __future__ import annotations

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import main_event


def _acled(body: str) -> AcledFields:
    return main_event(body, "2020-05-06T12:00:00Z").acled


def test_a_post_of_a_named_group_is_the_group_s() -> None:
    # ("military" describes the post; the group after "of" owns it)
    acled = _acled(
        "Islamic State militants attacked a military post of the Syrian Democratic Forces "
        "near Hasakah on Monday, killing four fighters."
    )
    assert acled.actor1 == "Islamic State (Syria)"
    assert acled.actor2 == "SDF: Syrian Democratic Forces"


def test_a_checkpoint_of_a_named_group_stormed_by_gunmen() -> None:
    acled = _acled("Gunmen stormed a checkpoint of the Houthis near Ataq on Monday, killing five.")
    assert acled.actor2 == "Houthis"


def test_a_base_belonging_to_the_army_attacked_by_militants() -> None:
    # The owner (and its bracketed acronym) is hit, the "by" agent acts.
    acled = _acled(
        "A military base belonging to the Somali National Army (SNA) was on Monday attacked "
        "by al-Shabaab militants near Afgoye."
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 == "Military Forces of Somalia (2017-2022)"


def test_one_policeman_killed_names_the_police() -> None:
    acled = _acled("A policeman was killed when gunmen attacked a checkpoint near Kaya on Friday.")
    assert acled.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert acled.actor2 == "Police Forces of Burkina Faso (2015-2022)"


def test_civilians_alone_stay_the_side_hit() -> None:
    acled = _acled("Gunmen killed three villagers near Kaya on Friday.")
    assert acled.actor2 == "Civilians (Burkina Faso)"
