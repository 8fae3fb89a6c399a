"""Two acts told in one paragraph that are not one (twenty-seventh round, missed47): ground
taken and a strike or a blast told beside it ("took control of two villages ... the air force
carried out air strikes on ...") stay two events, whichever is told first."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return sorted(e.event_type for e in events_of(body))


def test_a_capture_then_air_strikes_are_two_acts() -> None:
    body = (
        "Army units regained control of the town of al-Qaryatain in Homs province on Sunday. "
        "In the morning the air force conducted airstrikes against positions of the terrorists "
        "on the hills around it, destroying their vehicles."
    )
    assert _types(body) == ["airstrike", "territory_regained"]


def test_air_strikes_then_a_capture_are_two_acts() -> None:
    body = (
        "The air force destroyed hideouts of ISIL terrorists in the town of al-Qaryatain in Homs "
        "province on Sunday. Army units then regained control of the nearby hills."
    )
    assert _types(body) == ["airstrike", "territory_regained"]


def test_shells_and_their_dead_stay_one_shelling() -> None:
    body = (
        "Government forces shelled the town of Nawa in Daraa province on Sunday. The shells "
        "killed three civilians, a monitor said."
    )
    assert _types(body) == ["shelling"]
