"""Actor1 classes of the fifteenth round: a unit named by its arm of service is its state's
military (``actors/forces.py``); who started a battle is its actor1
(``events/merge/parties/attackers/initiators.py``)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of

# (the year names the actors' ACLED periods: "Military Forces of the Philippines (2016-2022)")
_PUBLISHED = dt.datetime(2021, 5, 8, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _PUBLISHED)


def test_a_numbered_infantry_battalion_is_the_military() -> None:
    acled = _acled(
        "Troops of the 41st Infantry Battalion clashed with a band of communist rebels near the"
        " village of San Roque in Samar province, the Philippines, on Tuesday, killing two"
        " rebels.",
        "armed_clash",
    )
    assert acled.actor1 == "Military Forces of the Philippines (2016-2022)"


def test_a_numbered_brigade_without_an_arm_keeps_its_name() -> None:
    acled = _acled(
        "The 444th Brigade clashed with gunmen in the south of Tripoli, Libya on Monday.",
        "armed_clash",
    )
    assert acled.actor1 == "444th Brigade"


def test_the_group_told_opening_fire_on_a_patrol_started_the_battle() -> None:
    acled = _acled(
        "Soldiers fought New People's Army rebels near the village of Oranto in Samar"
        " province, the Philippines, on Tuesday, killing three of them. About twenty New"
        " People's Army fighters had opened fire on an army patrol, the military said.",
        "armed_clash",
    )
    assert acled.actor1 == "NPA: New People's Army"
    assert acled.actor2 == "Military Forces of the Philippines (2016-2022)"


def test_the_forces_operation_told_before_keeps_them_first() -> None:
    acled = _acled(
        "Security forces launched a cordon-and-search operation in the village of Oranto in"
        " Shopian district of Jammu and Kashmir on Tuesday. Two militants were killed in an"
        " encounter with the security forces. The search turned into an encounter when the"
        " militants opened fire on the security forces, who retaliated.",
        "armed_clash",
    )
    assert acled.actor1 == "Military Forces of India (2014-)"
    assert acled.actor2 == "Unidentified Armed Group (India)"
