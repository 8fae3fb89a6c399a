"""Actor2 of the nineteenth round (``output/sides/crowds/crowd_force.py``): a dispersed or repressed
demonstration, or a riot, whose sentence reads the dead and the crowd as its sides takes the
state force the sentence names as the force the crowd faced."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str, published: str = "2021-05-03") -> dict[str, AcledFields]:
    article = ArticleMessage(id="crowd-force", body=body, published_at=f"{published}T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_police_tear_gassing_demonstrators_beside_the_dead_are_the_side_faced() -> None:
    acled = _acled_by_type(
        "At least two people died in Nakuru, Kenya, on Monday when police shot, beat and tear"
        " gassed demonstrators who called for the electoral board to resign."
    )
    event = acled["protest_dispersed"]
    assert event.actor1 == "Protesters (Kenya)"
    assert event.actor2 == "Police Forces of Kenya (2013-2022)"


def test_forces_firing_on_a_demonstration_beside_its_dead_repress_it() -> None:
    # the force that killed is actor1 of a repression (``sides.force_first``)
    acled = _acled_by_type(
        "Seven people lost their lives in Basra, Iraq, on Sunday, where the security forces"
        " opened fire on the demonstrations held over power cuts.",
        "2019-07-15",
    )
    event = acled["protest_repressed"]
    assert event.actor1 == "Police Forces of Iraq (2018-2020)"
    assert event.actor2 == "Protesters (Iraq)"


def test_riot_police_deployed_to_disperse_rioters_are_the_side_faced() -> None:
    acled = _acled_by_type(
        "Protests turned violent again on Sunday in Beirut, Lebanon, as hundreds of people"
        " gathered outside Nijmeh Square before riot police deployed to disperse them.",
        "2020-01-20",
    )
    event = acled["riot"]
    assert event.actor1 == "Rioters (Lebanon)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Lebanon")


def test_a_police_spokesman_telling_it_is_no_side() -> None:
    # who tells it faced no crowd: the event keeps no actor2
    acled = _acled_by_type(
        "Hundreds of people rioted in Mombasa, Kenya, on Friday, a police spokesman said."
    )
    event = acled["riot"]
    assert event.actor1 == "Rioters (Kenya)"
    assert event.actor2 is None


def test_a_force_named_in_another_sentence_only_is_no_side() -> None:
    # only the trigger's own sentence names the force the crowd faced
    acled = _acled_by_type(
        "Hundreds of people rioted in Mombasa, Kenya, on Friday. The police chief later visited"
        " the town's market."
    )
    event = acled["riot"]
    assert event.actor1 == "Rioters (Kenya)"
    assert event.actor2 is None
