"""Two states told striking together: a later mention that names one of them retells the joint
act, not another one (twenty-fifth round, dups45)."""

from __future__ import annotations

from .articles import events_of


def _airstrikes(body: str) -> list[str]:
    return [e.event_type for e in events_of(body) if e.event_type == "airstrike"]


def test_a_joint_strike_retold_by_one_of_its_air_forces_is_one_event() -> None:
    body = (
        "Russian and Syrian government air strikes killed 30 civilians in the town of Saraqeb "
        "in Idlib province on Tuesday, a monitor said. Rescuers said the air strikes carried out "
        "by Russian warplanes on Saraqeb hit a market and a bakery."
    )
    assert len(_airstrikes(body)) == 1


def test_the_regime_and_its_ally_retold_by_the_ally() -> None:
    body = (
        "On Sunday, air strikes from the Assad regime and its ally Russia left 19 people dead in "
        "Ariha, a monitor said. Activists said the strikes by Russian jets hit a "
        "crowded street in Ariha."
    )
    assert len(_airstrikes(body)) == 1


def test_two_air_forces_told_apart_stay_two_events() -> None:
    body = (
        "Syrian government air strikes killed 12 civilians in the town of Saraqeb on Tuesday, "
        "a monitor said. On Thursday Russian air strikes killed five fighters in the village of "
        "Kafr Nubl."
    )
    assert len(_airstrikes(body)) == 2
