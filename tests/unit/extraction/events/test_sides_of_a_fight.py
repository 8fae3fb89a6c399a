"""Who is a side of a fight: the dead of a clash are its toll, not a brawling crowd; one force
told in the singular is armed."""

from __future__ import annotations

from newsevents.extraction.events.detect.refine.fights.dead_not_sides import people_befallen
from newsevents.extraction.events.detect.refine.refinement import refine_type
from newsevents.extraction.events.detect.sides.agents import clause_before


def _refined(sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return refine_type("armed_clash", sentence, start, start + len(trigger))


def test_the_dead_of_a_clash_are_no_side_of_it() -> None:
    assert (
        _refined(
            "Some 300 people have been reported dead in clashes near Marib since September.",
            "clashes",
        )
        == "armed_clash"
    )
    assert (
        _refined("Two villagers were killed during heavy fighting in the hills.", "fighting")
        == "armed_clash"
    )


def test_a_side_told_after_the_toll_still_counts() -> None:
    # Villagers on both sides, no weapon of war: a brawl, as before.
    assert (
        _refined("Two people were killed in clashes between villagers of Kamu.", "clashes")
        == "mob_violence"
    )
    # Villagers acting, not killed: still their brawl.
    assert _refined("Villagers clashed with the residents of Kamu.", "clashed") == "mob_violence"


def test_one_security_force_in_the_singular_is_armed() -> None:
    sentence = "Gunmen attacked the camp, officials said, and a joint security force repelled them."
    assert _refined(sentence, "repelled") == "armed_clash"


def test_a_fight_retold_with_its_toll_keeps_its_type() -> None:
    # "the clash": the fight told before (here a crowd's), retold with its dead.
    assert (
        _refined("At least six people were killed in the clash near the market.", "clash")
        == "mob_violence"
    )


def test_people_told_as_a_fights_dead_or_fled_are_no_side_of_it() -> None:
    # Twenty-first round (web17x): a word of what befell the people (died, fled, suffered)
    # stands between them and the fight: they are its toll, not its brawlers.
    assert (
        _refined(
            "A helicopter fired on the village, residents said, adding that most civilians fled"
            " when fighting broke out.",
            "fighting",
        )
        == "armed_clash"
    )
    assert (
        _refined(
            "The bodies are believed to be among the fatalities the group suffered in a clash.",
            "clash",
        )
        == "armed_clash"
    )
    # retold ("in the clashes"), the fight is a battle when its sentence names an armed side
    assert (
        _refined(
            "Rebels attacked the town and 19 men died on both sides in the clashes.", "clashes"
        )
        == "armed_clash"
    )


def test_people_who_fight_after_a_toll_or_a_retold_crowd_clash_stay_a_brawl() -> None:
    # the villagers who clash are a side, though a toll is told before them
    assert (
        _refined("Three people died when villagers clashed with traders.", "clashed")
        == "mob_violence"
    )
    # retold with its dead and no armed side named: the crowd's clash told before
    assert (
        _refined("Two men were wounded in the clashes near the market.", "clashes")
        == "mob_violence"
    )
    # people hurt in a clash "with police" fought the police (a crowd's clash)
    assert (
        _refined("Dozens of people were injured in clashes with police in the capital.", "clashes")
        != "armed_clash"
    )
    # the dead of another act ("killed by the latest shelling"), the fight only where it was
    sentence = (
        "Six civilians were killed by the latest shelling in a town at the epicenter of fighting."
    )
    start = sentence.index("fighting")
    assert not people_befallen(sentence, start, start + 8, clause_before(sentence, start))


def test_a_crowd_clash_retold_with_police_among_its_hurt_stays_a_brawl() -> None:
    sentence = (
        "Some 40 people were hurt, including police officers, and a party worker was"
        " killed during the clash."
    )
    assert _refined(sentence, "clash") == "mob_violence"


def test_people_hurt_when_named_or_told_sides_fight_stay_with_those_sides() -> None:
    # a party's groups told as the fighters between the toll and the fight
    sentence = "One worker died and 12 more were hurt when two PML-N groups clashed."
    start = sentence.index("clashed")
    assert not people_befallen(sentence, start, start + 7, clause_before(sentence, start))
    # the sides told after the fight word decide
    sentence = "One person was killed on Friday in clashes between rival political groups."
    start = sentence.index("clashes")
    assert not people_befallen(sentence, start, start + 7, clause_before(sentence, start))
