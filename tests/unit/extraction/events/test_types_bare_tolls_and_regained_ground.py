"""Event types of wire-style reports (twenty-fifth round, types45): a toll told bare after a
lead of strikes is more dead of those strikes (``events/merge/incidents/strike_tolls.py``),
ground a militia takes with the army is regained (``events/link/linked_type.py``), and "besieged"
before a named province describes the place (``data/triggers.tsv``)."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str, title: str = "") -> list[EventMessage]:
    article = ArticleMessage(
        id="types-test", title=title, body=body, published_at="2017-11-24T12:00:00Z"
    )
    return [e for e in extract_events(article) if e.event_type != "other"]


def _types_at(body: str, title: str = "") -> dict[str, str]:
    return {
        e.acled.location: e.event_type
        for e in _events(body, title)
        if e.acled is not None and e.acled.location is not None
    }


_BOMBED = (
    "Government warplanes bombed residential districts of Eastern Ghouta near Damascus on"
    " Thursday, killing at least eight civilians, rescue workers said."
)
_SHELLED = (
    "Government artillery shelled residential districts of Eastern Ghouta near Damascus on"
    " Thursday, killing at least eight civilians, rescue workers said."
)
_STORMED = (
    "Gunmen stormed a residential district of Eastern Ghouta near Damascus on Thursday,"
    " killing at least eight civilians, rescue workers said."
)
_BARE_TOLL = "A boy was also killed in Harasta, the rescuers added."


def _story(*sentences: str) -> str:
    return "\n\n".join(sentences)


def test_a_bare_toll_after_a_lead_of_air_strikes_is_an_air_strike() -> None:
    types = _types_at(_story(_BOMBED, "The raids also hit a market.", _BARE_TOLL))
    assert types.get("Harasta") == "airstrike"
    assert "attack_on_civilians" not in types.values()


def test_a_bare_toll_after_a_lead_of_shelling_is_shelling() -> None:
    types = _types_at(_story(_SHELLED, "The shells also hit a market.", _BARE_TOLL))
    assert types.get("Harasta") == "shelling"


def test_a_toll_whose_sentence_names_the_killers_keeps_its_type() -> None:
    toll = "A boy was also killed by Islamic State militants in Harasta, the rescuers added."
    types = _types_at(_story(_BOMBED, "The raids also hit a market.", toll))
    assert types.get("Harasta") == "attack_on_civilians"


def test_a_bare_toll_after_a_lead_of_another_act_keeps_its_type() -> None:
    types = _types_at(_story(_STORMED, "The gunmen also burned a market.", _BARE_TOLL))
    assert "airstrike" not in types.values()


def test_besieged_before_a_named_province_tells_the_place() -> None:
    body = (
        "Government jets launched a dozen raids on Sunday on villages of the Houla plain in"
        " Syria's besieged Homs province, killing four people, a monitor said."
    )
    types = [e.event_type for e in _events(body)]
    assert "movement_restricted" not in types
    assert "airstrike" in types


def test_troops_besieging_a_town_still_restrict_movement() -> None:
    body = "Government troops besieged the town of Madaya on Sunday, residents said."
    assert "movement_restricted" in [e.event_type for e in _events(body)]


def test_ground_a_militia_takes_with_the_army_is_regained() -> None:
    body = (
        "Hezbollah fighters took control of the hills around Zabadani on Sunday together with"
        " the Syrian army, the group said."
    )
    types = [e.event_type for e in _events(body)]
    assert "territory_regained" in types
    assert "territory_taken" not in types


def test_ground_rebels_take_with_a_foreign_army_is_taken() -> None:
    body = (
        "Syrian rebels backed by the Turkish army took control of the town of Jarablus in"
        " northern Syria on Wednesday."
    )
    assert "territory_taken" in [e.event_type for e in _events(body)]


def test_those_a_retyped_toll_hit_stay_civilians() -> None:
    # The comma-less wording of the FA-KES texts names the rescuers as those hit.
    toll = (
        "A teenager was also killed in Harasta the rescuers noted while three volunteers from"
        " the White Helmets were among the dead."
    )
    events = _events(_story(_BOMBED, "The raids also hit a market.", toll))
    harasta = [e for e in events if e.acled is not None and e.acled.location == "Harasta"]
    assert [e.event_type for e in harasta] == ["airstrike"]
    assert harasta[0].acled is not None and harasta[0].acled.actor2 == "Civilians (Syria)"
