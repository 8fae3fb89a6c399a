"""The forty-ninth round's wire outlets (``wire69``): agency copy about Syria and an opposition
body's releases. A strike told by two states before one noun, the foreign one first and the
home state by its ruler's regime, is the foreign state's; a release's clock stamp is no count of
the dead; the dead told with their share ("mostly women and children") or one more after a
family are a toll; the lead's dead told again town by town stay each town's; the day before's
dead that date the act are not its toll. Articles written for these tests, in the outlets' style
(the copy lost its commas)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_published

_PUBLISHED = dt.datetime(2017, 12, 1, 12, tzinfo=dt.UTC)  # a Friday
_RUSSIA = "Military Forces of Russia (2000-)"
_SYRIA = "Military Forces of Syria (2000-2024)"


def _strikes(body: str) -> list[EventMessage]:
    return [e for e in events_published(body, _PUBLISHED) if e.event_type == "airstrike"]


def _by_place(events: list[EventMessage]) -> dict[str, EventMessage]:
    return {e.locations[0].text: e for e in events if e.locations}


def test_a_foreign_state_named_first_before_one_noun_is_the_foreign_states() -> None:
    first = _strikes(
        "Russian and Assad regime jets struck the market of Saraqib in the Idlib countryside"
        " on Thursday killing 40 civilians opposition activists reported."
    )
    assert [(e.acled.actor1, e.acled.fatalities) for e in first if e.acled] == [(_RUSSIA, 40)]
    agent = _strikes(
        "A field clinic in the town of Binnish was bombed on Thursday by Russian and Assad regime"
        " aircraft local doctors said."
    )
    assert [e.acled.actor1 for e in agent if e.acled] == [_RUSSIA]
    # the home state named first stays the home state's
    home = _strikes(
        "Syrian and Russian warplanes killed 14 civilians in the town of Maarat Misrin on"
        " Thursday activists said."
    )
    assert [e.acled.actor1 for e in home if e.acled] == [_SYRIA]


def test_a_pair_in_another_sentence_is_no_agent_of_a_fight() -> None:
    events = events_published(
        "Rebels and regime forces clashed in the Sheikh Saeed district of Aleppo on Thursday"
        " the monitor said. Russian and Assad regime jets killed 12 civilians in the town of"
        " Atareb on Thursday.",
        _PUBLISHED,
    )
    kinds = {e.event_type: e.acled.actor1 for e in events if e.acled}
    assert kinds.get("airstrike") == _RUSSIA
    assert kinds.get("armed_clash") != _RUSSIA


def test_a_release_stamp_clock_is_no_count_of_the_dead() -> None:
    strikes = _strikes(
        "Thursday 30 November 2017 16:45 12 Civilians Killed as Jets Bomb a Market in Ariha."
        " Regime jets bombed the crowded vegetable market of Ariha in the Idlib countryside on"
        " Thursday killing 12 civilians local activists reported."
    )
    assert [e.acled.fatalities for e in strikes if e.acled] == [12]


def test_the_dead_told_with_their_share_are_a_toll() -> None:
    strikes = _strikes(
        "At least 40 villagers mostly farmers and their families were killed when regime jets"
        " struck Saraqib in the Idlib countryside on Thursday."
    )
    assert [e.acled.fatalities for e in strikes if e.acled] == [40]


def test_the_leads_dead_told_again_town_by_town_stay_each_towns() -> None:
    strikes = _by_place(
        _strikes(
            "Last updated at Dec 012017 BEIRUT Eleven civilians among them four children died"
            " in air raids by Syria's government on Thursday on the central province of Hama a"
            " war monitor reported. A man and his two sons were killed as a helicopter barrel"
            " bomb fell on their home in the village of Kafr Zita the monitor said. In the north"
            " of the province eight civilians including three women were killed as regime jets"
            " pounded the rebel town of Latamneh."
        )
    )
    latamneh = strikes["Latamneh"].acled
    assert latamneh is not None and latamneh.fatalities == 8
    assert sum(e.acled.fatalities or 0 for e in strikes.values() if e.acled) == 11


def test_one_more_of_the_dead_told_after_a_family_counts() -> None:
    strikes = _strikes(
        "A man and his two daughters as well as a neighbour were killed on Thursday as a"
        " helicopter barrel bomb fell on their street in the village of Kafr Zita in Hama"
        " province the monitor said."
    )
    assert [(e.locations[0].text, e.acled.fatalities) for e in strikes if e.acled] == [
        ("Kafr Zita", 4)
    ]


def test_the_day_befores_dead_that_date_the_act_are_not_its_toll() -> None:
    strikes = _by_place(
        _strikes(
            "Last updated at Dec 012017 BEIRUT Regime air strikes killed eight civilians in the"
            " town of Hamouriyeh in Eastern Ghouta on Thursday a day after raids killed 16 in"
            " nearby Saqba a monitor said."
        )
    )
    hamouriyeh = strikes["Hamouriyeh"].acled
    assert hamouriyeh is not None and hamouriyeh.fatalities == 8
