"""Fifty-second round (kenya72, issue 11): a fight word in a sentence that tells a raid on
herders or their villages is the raided community fighting back, an armed clash of communal
militias, not a crowd's brawl (`refine/fights/communal_fights.raid_fought`)."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _one(text: str) -> tuple[str, str | None, str | None, int | None]:
    events = events_of(text)
    assert len(events) == 1
    event = events[0]
    assert event.acled is not None
    return event.event_type, event.acled.actor1, event.acled.actor2, event.acled.fatalities


def test_raiders_on_a_village_and_a_clash_after_are_a_battle() -> None:
    kind, actor1, _, _ = _one(
        "Karamojong raiders raid a Kenyan village near Lokiriama on 9 May 2011, a clash follows."
    )
    assert kind == "armed_clash"
    assert actor1 is not None and actor1.startswith("Karamojong")


def test_villagers_fighting_back_during_a_raid_are_a_battle() -> None:
    kind, _, actor2, dead = _one(
        "On 2 March 2009, four raiders were killed by villagers of Kakong in Turkana who"
        " fought back during the raid."
    )
    assert kind == "armed_clash"
    assert actor2 is not None and not actor2.startswith("Civilians")
    assert dead == 4


def test_a_goat_raid_that_sparked_a_clash_is_a_battle() -> None:
    kind, _, _, dead = _one(
        "On 17 June 2010, a goat raid sparked a clash of the two communities near"
        " Lokichar, Turkana County. About 30 people were killed."
    )
    assert kind == "armed_clash"
    assert dead == 30


def test_youths_raiding_a_chapel_and_clashing_stay_mob_violence() -> None:
    kind, _, _, _ = _one(
        "On 5 April 2016, a group of youths raided a chapel in Likoni and clashed with"
        " worshippers. Three were hurt."
    )
    assert kind == "mob_violence"
