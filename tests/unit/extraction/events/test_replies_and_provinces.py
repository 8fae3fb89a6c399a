"""Another party's act folded into the act before it (twenty-fifth round, folds45): a strike
told as the answer to an attack ("to repel the attack", "responded with artillery fire") is
the other side's, and an act told in a sentence that opens on another province is another
occurrence, even after fighting at a town."""

from __future__ import annotations

from newsevents.extraction.events.story_cues import REPLY

from .articles import events_of


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_of(body)]


def test_artillery_responding_to_rockets_is_its_own_shelling() -> None:
    body = (
        "Two rockets launched by Islamic State militants struck the frontier town of Kilis on "
        "Sunday, killing a policeman. Turkish howitzers responded with artillery fire on the "
        "militants' positions, security sources said."
    )
    shellings = [e for e in events_of(body) if e.event_type == "shelling"]
    assert len(shellings) == 2
    actors = [a.name for e in shellings for a in e.actors if a.role == "actor1"]
    assert any(name.startswith("Military Forces of Turkey") for name in actors)


def test_strikes_to_repel_an_assault_are_not_the_assault() -> None:
    body = (
        "Islamic State militants stormed the town of Tal Abyad in Raqqa province on Saturday, "
        "killing four Kurdish fighters. Coalition jets conducted eight air strikes to repel the "
        "attack, killing 12 militants, the Observatory said."
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
        "On Monday 12 rebels died in clashes with government forces in the Sheikh Saeed and "
        "Shurfa quarters south of Aleppo city. In the nearby province of Idlib a drone hit a car "
        "in the provincial capital, killing everyone inside, the Observatory said."
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
        "Islamic State militants stormed the town of Tal Abyad in Raqqa province on Saturday, "
        "killing four Kurdish fighters. Coalition jets conducted eight air strikes to repel the "
        "attack, the Observatory said."
    )
    assert sorted(_types(body)) == ["airstrike", "armed_clash"]


def test_a_retaliation_still_to_come_is_no_reply() -> None:
    for said in (
        "Militants shelled the town on Monday, and the army vowed to retaliate.",
        "The army warned of retaliation after rockets hit the base.",
        "Officials said the militia would retaliate if the shelling went on.",
    ):
        assert REPLY.search(said) is None, said
    for told in (
        "Jets struck the camp in retaliation for the rocket attack.",
        "Troops fired shells to retaliate for the ambush on Sunday.",
        "The army retaliated with artillery fire on the villages.",
    ):
        assert REPLY.search(told) is not None, told
