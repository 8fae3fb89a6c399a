"""Another party's act folded into the act before it (twenty-fifth round, folds45): a strike
told as the answer to an attack ("to repel the assault", "responded with artillery fire") is
the other side's, and an act told in a sentence that opens on another province is another
occurrence, even after fighting at a town."""

from __future__ import annotations

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_artillery_responding_to_rockets_is_its_own_shelling() -> None:
    body = (
        "Three rockets fired by the Islamic State group hit the border town of Kilis on Sunday, "
        "killing one police officer. Turkish howitzers responded with artillery fire to the "
        "rockets, military sources said."
    )
    shellings = [e for e in events_of(body) if e.event_type == "shelling"]
    assert len(shellings) == 2
    actors = [a.name for e in shellings for a in e.actors if a.role == "actor1"]
    assert any(name.startswith("Military Forces of Turkey") for name in actors)


def test_strikes_to_repel_an_assault_are_not_the_assault() -> None:
    body = (
        "Islamic State fighters attacked the town of Tal Abyad in Raqqa province on Saturday, "
        "killing four Kurdish fighters. Coalition war planes carried out ten air strikes to try "
        "to repel the assault, killing 12 militants, the Observatory said."
    )
    types = _types(body)
    assert "airstrike" in types
    assert len(types) == 2


def test_strikes_retelling_the_attack_itself_stay_one_event() -> None:
    body = (
        "Syrian government warplanes carried out air strikes on the town of Saraqeb on Tuesday, "
        "killing 12 civilians. The air strikes also destroyed a bakery in the town."
    )
    assert _types(body).count("airstrike") == 1


def test_a_drone_strike_in_another_province_after_fighting_in_a_city() -> None:
    body = (
        "On Monday 12 rebels were killed in fighting with government forces in the "
        "neighbourhoods of Sheikh Saeed and Shurfa on the southern edges of Aleppo. In the "
        "nearby province of Idlib a drone struck a car in the provincial capital, killing all "
        "inside, the Observatory said."
    )
    strikes = [e for e in events_of(body) if e.event_type == "airstrike"]
    assert [e.acled.admin1 for e in strikes] == ["Idlib"]


def test_a_province_named_further_on_still_folds() -> None:
    body = (
        "Government forces fought rebels in the Sheikh Saeed district of Aleppo on Monday. "
        "Twelve fighters were killed in the fighting in the city, the Observatory said."
    )
    assert len(events_of(body)) == 1


def test_strikes_told_as_a_reply_with_no_toll_stay_apart_from_the_tolled_assault() -> None:
    body = (
        "Islamic State fighters attacked the town of Tal Abyad in Raqqa province on Saturday, "
        "killing four Kurdish fighters. Coalition war planes carried out ten air strikes to try "
        "to repel the assault, the Observatory said."
    )
    assert sorted(_types(body)) == ["airstrike", "armed_clash"]
