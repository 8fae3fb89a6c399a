"""Two acts told in one paragraph by other means (twenty-eighth round, recall48): a sentence
after an air strike that tells a shelling or a bombing, and names neither aircraft nor bombs
from the air, tells another act (`merge/incidents/other_means.py`); a sentence that names no
means ("the raid killed five") or the opener's own still elaborates it."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return sorted(e.event_type for e in events_of(body))


def test_air_strike_then_shells_on_the_market_are_two_acts() -> None:
    body = (
        "Russian warplanes struck the town of Saraqeb in Idlib province on Tuesday, a monitor "
        "said. Rebel shells later fell on a market in the town, wounding six people."
    )
    assert _types(body) == ["airstrike", "shelling"]


def test_shelling_then_a_car_bomb_are_two_acts() -> None:
    body = (
        "Government forces shelled the village of Kafr Nabl in Idlib province on Monday, killing "
        "a child. A car bomb exploded near a checkpoint in the village, wounding two fighters."
    )
    assert _types(body) == ["explosive_attack", "shelling"]


def test_a_raid_and_its_dead_stay_one_air_strike() -> None:
    body = (
        "Warplanes bombed the town of Ariha in Idlib province on Sunday. The raid killed five "
        "civilians, including two children, rescuers said."
    )
    assert _types(body) == ["airstrike"]


def test_a_bombing_retold_by_its_device_stays_one() -> None:
    body = (
        "A bomb exploded at a bus station in the town of Jableh on Thursday. The device had been "
        "planted under a bench and killed four people, police said."
    )
    assert _types(body) == ["explosive_attack"]


def test_car_bombs_destroyed_by_the_strike_are_no_other_means() -> None:
    body = (
        "Warplanes struck positions of the militants near the town of Morek in Hama province on "
        "Friday. Three car bombs were destroyed in the strike along with two armoured vehicles."
    )
    assert _types(body) == ["airstrike"]
