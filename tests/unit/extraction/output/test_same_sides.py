"""One actor on both sides (``output/sides/same_sides.py``, ``one_side_twice``): the copy is
replaced by the other side the trigger's sentence names; a state force on both sides of a
clash with a group its sentence names becomes actor2 behind that group; a group twice in a
clash and two militias of one unidentified name stay."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str, published: str = "2024-06-12") -> dict[str, AcledFields]:
    article = ArticleMessage(id="same-sides", body=body, published_at=f"{published}T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_a_group_twice_in_a_clash_keeps_its_place_as_actor1() -> None:
    # (the clash branch for a non-state side was dropped: which side comes first splits by
    # coder; the rebels stay actor1 and the force is not put first)
    acled = _acled_by_type(
        "DAVAO CITY, Philippines - Two government soldiers were killed and four were wounded"
        " following a clash with the communist rebels in Paquibato, an Army official said on"
        " Sunday.\n\nThe spokesperson said that troops from the 3rd Infantry Battalion"
        " encountered a group of New People's Army fighters at a village in Paquibato District"
        " early on Saturday."
    )
    event = acled["armed_clash"]
    assert event.actor1 == "NPA: New People's Army"


def test_a_force_on_both_sides_fought_the_terrorists_of_its_sentence() -> None:
    acled = _acled_by_type(
        "Four soldiers of the Frontier Corps embraced martyrdom in an exchange of fire with"
        " terrorists in the Sangan area of District Sibi.\n\nAccording to officials, the"
        " terrorists had targeted a Frontier Corps patrolling party.\n\nDuring the exchange of"
        " fire, heavy losses were inflicted on the terrorists."
    )
    event = acled["armed_clash"]
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Pakistan")


def test_rival_militias_of_one_unidentified_name_stay() -> None:
    acled = _acled_by_type(
        "Two days of clashes between rival militias near Libya's capital Tripoli have left 10"
        " people dead and 41 wounded, the health ministry said Thursday."
    )
    event = acled["armed_clash"]
    assert event.actor1 == "Unidentified Armed Group (Libya)"
    assert event.actor2 is None or not event.actor2.startswith(("Military", "Police"))
