"""Armed men on duty among the listed dead of an attack make it a battle with their force, the
civilians killed beside them its toll; a possessive, a former member or civilians alone do not
(issues 10 and 11, twenty-second round, web18x)."""

from __future__ import annotations

from newsevents.extraction.events.detect.refine.fights.armed_dead import armed_among_hurt
from newsevents.extraction.events.detect.refine.refinement import refine_type
from tests.unit.extraction.events.articles import events_of


def _refined(sentence: str, trigger: str) -> str:
    start = sentence.index(trigger)
    return refine_type("attack_on_civilians", sentence, start, start + len(trigger))


def test_soldiers_listed_with_civilians_make_a_battle() -> None:
    events = events_of(
        "At least 16 soldiers and two civilians were killed on Friday during an attack on the"
        " village of Kogsablego near Boulsa, in Burkina Faso."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    assert events[0].acled is not None
    assert events[0].acled.actor2 == "Military Forces of Burkina Faso (2022-)"
    assert events[0].acled.fatalities == 18


def test_the_homeland_volunteers_are_armed() -> None:
    sentence = (
        "Twelve volunteers for the defense of the homeland and three civilians were killed on"
        " Friday in an attack near Boulsa."
    )
    assert _refined(sentence, "attack") == "armed_clash"


def test_forces_included_in_the_toll_make_a_battle() -> None:
    sentence = (
        "An attack by Islamic State militants on a village in northern Iraq killed at least 12"
        " people, including a number of Kurdish forces, Kurdish media reported Friday."
    )
    assert armed_among_hurt(sentence, sentence.index("attack") + 6)
    assert _refined(sentence, "attack") == "armed_clash"


def test_civilians_alone_a_possessive_or_a_former_soldier_stay_an_attack() -> None:
    assert (
        _refined(
            "A soldier's wife and two children were killed during an attack by gunmen on a"
            " village near Boulsa.",
            "attack",
        )
        == "attack_on_civilians"
    )
    assert (
        _refined(
            "Gunmen attacked a village near Boulsa, killing 12 civilians, including a former"
            " soldier.",
            "attacked",
        )
        == "attack_on_civilians"
    )
    assert (
        _refined(
            "Three farmers and two women were killed during an attack on the village.", "attack"
        )
        == "attack_on_civilians"
    )


# review43: a counted list told after a preposition is not the dead, nor a relative of an armed
# man an armed man.


def test_an_army_base_near_the_dead_is_not_among_them() -> None:
    events = events_of(
        "Near an army base outside the town of Dabola, two farmers and a child were killed on"
        " Monday when a gunman opened fire on their vehicle, officials said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Unidentified Armed Group (Guinea)"
    assert events[0].acled.actor2 == "Civilians (Guinea)"


def test_the_family_of_a_police_officer_is_not_the_police() -> None:
    events = events_of(
        "The wife of a police officer and two of their children were killed on Monday in an"
        " attack on their home in the town of Dabola, officials said."
    )
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert events[0].acled is not None
    assert events[0].acled.actor2 == "Civilians (Guinea)"
    sentence = "A bomb killed 12 people, including the wife of a soldier, in the market."
    assert not armed_among_hurt(sentence, sentence.index("killed"))


def test_a_list_after_an_opening_phrase_is_still_read() -> None:
    sentence = (
        "During a raid on a market in Boulsa, 3 soldiers and 2 civilians were killed in an"
        " attack on Friday."
    )
    assert armed_among_hurt(sentence, sentence.index("attack") + 6)


def test_the_attackers_among_the_dead_of_a_toll_are_no_force_hit() -> None:
    # review43: "including" reads the forces a toll of people includes, not the attackers or
    # criminals it includes
    for body in (
        "Gunmen stormed a hotel in Mogadishu on Monday, killing 12 people, including three of"
        " the gunmen, police said.",
        "Suspected jihadists attacked the village of Tin-Akoff on Monday, killing 12 people,"
        " including two bandits held by villagers, officials said.",
    ):
        events = events_of(body)
        assert [e.event_type for e in events] == ["attack_on_civilians"]
        assert events[0].acled is not None
        assert events[0].acled.actor2 is not None
        assert events[0].acled.actor2.startswith("Civilians (")
