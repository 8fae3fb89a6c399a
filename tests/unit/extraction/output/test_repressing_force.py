"""Lethal force on a demonstration (``output/sides/crowds/crowd_force.py``, ``repressing_force``):
read as rioters on protesters because the march's organisers, named in a later sentence, came
in as a side, it is the state force its sentence names that killed; with no force in the
sentence the sides stay."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events

_ORGANISERS = (
    "\n\nMarchers in red flooded Conakry's streets again on Thursday after a call by the"
    " National Front for the Defense of the Constitution (FNDC), the alliance leading the"
    " protests."
)


def _acled_by_type(body: str, published: str = "2019-11-15") -> dict[str, AcledFields]:
    article = ArticleMessage(id="repressing", body=body, published_at=f"{published}T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_security_forces_killing_marchers_of_a_named_front_are_actor1() -> None:
    acled = _acled_by_type(
        "Guinea security forces killed three people on Thursday during a protest against the"
        " president, opposition and doctors said." + _ORGANISERS
    )
    event = acled["protest_repressed"]
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of Guinea")
    assert event.actor2 == "Protesters (Guinea)"
    assert event.assoc_actor_1 == "National Front"


def test_with_no_force_in_the_sentence_the_sides_stay() -> None:
    acled = _acled_by_type(
        "Three people were shot dead on Thursday during a protest against the president,"
        " opposition and doctors said." + _ORGANISERS
    )
    event = next(iter(acled.values()))
    assert event.actor1 is None or not event.actor1.startswith(("Police", "Military"))
