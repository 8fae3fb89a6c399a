"""Wire wordings of other regions the forty-fifth round found misread (articles of our own):
the side whose office speaks ("The U.S. military's Central Command said the missiles missed")
is a teller, not the author of the act it tells."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_the_side_whose_office_speaks_does_not_author_the_act_it_retells() -> None:
    events = events_of(
        "Yemen's Houthi movement said on Tuesday it had targeted a Liberian-flagged cargo ship"
        " in the Red Sea with ballistic missiles.\n\nThe U.S. military's Central Command said"
        " the missiles missed the vessel and no injuries were reported."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("shelling", "Houthis")
    ]


def test_a_side_speaking_through_its_office_of_its_own_act_stays_its_author() -> None:
    """ "Israel's military said its jets struck": Israel's own act."""
    events = events_of(
        "Israel's military said its jets struck a Hamas command centre in Gaza City on Monday,"
        " killing three militants."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("airstrike", "Military Forces of Israel (2022-)")
    ]
