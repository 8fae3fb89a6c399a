"""Twenty-eighth round, dup48: retellings of one act whose fields are told at other levels are one
event (the page's stamp and the act's weekday; a bombardment and the air raids that carried it;
a place someone came from), and two acts alike stay two."""

from __future__ import annotations

import datetime as dt

from .articles import events_published

_THURSDAY = dt.datetime(2017, 4, 6, tzinfo=dt.UTC)


def _kinds_and_days(body: str) -> list[tuple[str, dt.date]]:
    return sorted((e.event_type, e.time.date) for e in events_published(body, _THURSDAY))


def test_a_stamped_lead_told_at_large_is_the_act_the_body_dates() -> None:
    """The lead's only day is the page's; the body tells the act's town and weekday."""
    body = (
        "Published April 6 2017 Militants have killed 21 farmers in northern Nigeria, "
        "residents say. The gunmen shot the farmers in their fields near the village of "
        "Dansadau in Zamfara state on Tuesday, a local official said."
    )
    assert _kinds_and_days(body) == [("attack_on_civilians", dt.date(2017, 4, 4))]


def test_a_stamped_lead_and_a_weekday_in_another_outlets_stamp() -> None:
    body = (
        "Posted April 6 2017 A roadside bomb has killed seven soldiers in Yemen, security "
        "sources said. A roadside bomb struck an army patrol near the town of Mukalla in Hadramawt "
        "province on Monday."
    )
    assert _kinds_and_days(body) == [("explosive_attack", dt.date(2017, 4, 3))]


def test_a_stamped_lead_at_a_town_and_another_days_strike_there_stay_two() -> None:
    """The lead tells its town: the week's other strikes on that town are other acts."""
    body = (
        "Published April 6 2017 Air strikes hit the eastern districts of Aleppo, killing "
        "12 civilians, rescuers said. On Monday an air strike on the Bab al-Maqam "
        "neighbourhood of Aleppo killed 20 people."
    )
    assert [k for k, _ in _kinds_and_days(body)] == ["airstrike", "airstrike"]


def test_two_days_told_apart_stay_two_acts() -> None:
    body = (
        "Published April 6 2017 Militants killed six farmers near the village of Dansadau "
        "in Zamfara state on Tuesday. Gunmen killed four traders near the village of Dansadau "
        "on Sunday."
    )
    assert _kinds_and_days(body) == [
        ("attack_on_civilians", dt.date(2017, 4, 2)),
        ("attack_on_civilians", dt.date(2017, 4, 4)),
    ]


def test_a_bombardment_retold_as_air_raids_is_one_air_strike() -> None:
    """ "Bombardment" names fire from afar, not its means; the raids by aircraft say it."""
    body = (
        "Intense bombardment by government forces killed 30 civilians in the city of Hama "
        "on Wednesday, a monitor said. Warplanes and helicopters carried out the raids on three "
        "districts of Hama, the monitor said."
    )
    assert [k for k, _ in _kinds_and_days(body)] == ["airstrike"]


def test_a_bombardment_of_one_town_and_air_raids_on_another_stay_two() -> None:
    body = (
        "Heavy bombardment killed 30 civilians in the city of Hama on Wednesday, a monitor "
        "said. Warplanes also struck the town of Kafr Zita in Hama province, killing four."
    )
    assert [k for k, _ in _kinds_and_days(body)] == ["airstrike", "shelling"]


def test_where_the_reporter_comes_from_is_no_place_of_the_act() -> None:
    """ "An activist who is from Raqqa also reported the killing" retells the killing near
    Mayadeen (told at large in the lead, at its town and day in the body), not another one at
    Raqqa."""
    body = (
        "Published April 6 2017 Militants have killed 33 young men in eastern Syria, activists "
        "say. The militants slit the throats of the men near the town of Mayadeen in Deir "
        "ez-Zor province on Wednesday. An opposition activist who is from Raqqa also reported "
        "the killing."
    )
    assert _kinds_and_days(body) == [("attack_on_civilians", dt.date(2017, 4, 5))]
