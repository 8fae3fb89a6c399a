"""Who is a side of a fight: the dead of a clash are its toll, not a brawling crowd; one force
told in the singular is armed."""

from __future__ import annotations

from newsevents.extraction.events.detect.refine.refinement import refine_type


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
