"""The fiftieth round's bulletin foes (``foe70``): a state outlet's fight, shelling or air strike
of the army against "terrorists" is against the group the act's own sentence names
(events/merge/parties/targets/bulletin_foe.py), also when it names the group as the one the
"terrorist groups" are affiliated to. Articles written for these tests (Syria)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _sides(events: list[EventMessage], kind: str) -> dict[str, tuple[str | None, str | None]]:
    """Each event of ``kind`` by its place's text: its ACLED actor1 and actor2."""
    return {
        e.locations[0].text: (e.acled.actor1, e.acled.actor2)
        for e in events
        if e.event_type == kind and e.locations and e.acled is not None
    }


def test_terrorist_groups_affiliated_to_a_group_are_fought_as_that_group() -> None:
    sides = _sides(
        events_of(
            "Daraa - Army units clashed with terrorist groups affiliated to Jabhat al-Nusra in"
            " Busra al-Harir, a military source told SANA."
        ),
        "armed_clash",
    )
    actor1, actor2 = next(iter(sides.values()))
    assert actor1 is not None and actor1.startswith("Military Forces of Syria")
    assert actor2 == "Jabhat al-Nusra"


def test_the_army_strikes_gatherings_of_the_group_its_sentence_names() -> None:
    sides = _sides(
        events_of(
            "Near Tafas, army units pounded hideouts of Jabhat al-Nusra terrorists on Sunday,"
            " killing 5 terrorists and wrecking a tank, a field commander told the agency."
        ),
        "armed_clash",
    )
    assert sides["Tafas"][1] == "Jabhat al-Nusra"
    # an ally told with the army is not its foe
    sides = _sides(
        events_of(
            "Army units in cooperation with Hezbollah fighters clashed with terrorists in"
            " Busra al-Harir in Daraa countryside, killing 12 of them."
        ),
        "armed_clash",
    )
    assert sides and all(a2 != "Hezbollah" for _, a2 in sides.values())


def test_the_army_kills_the_group_and_foils_their_attack() -> None:
    sides = _sides(
        events_of(
            "Daraa - Army units killed a number of Jabhat al-Nusra terrorists in Busra al-Harir"
            " and foiled their attack on one of the military posts."
        ),
        "armed_clash",
    )
    assert [a2 for _, a2 in sides.values()] == ["Jabhat al-Nusra"]


def test_a_group_told_with_its_patron_compound_is_named_by_its_own_name() -> None:
    sides = _sides(
        events_of(
            "A deputy chief of the Al-Qaeda-linked Al-Nusra Front terrorist group died when"
            " Syrian troops raided his hideout in Jasim in Daraa province."
        ),
        "armed_clash",
    )
    assert [a2 for _, a2 in sides.values()] == ["Jabhat al-Nusra"]
    # a group told for a second act coordinated after the first is that act's
    sides = _sides(
        events_of(
            "Army hits ISIS in the east\n\nSyrian troops killed dozens of terrorists in Saraqib"
            " in Idlib countryside and targeted ISIS hideouts in Deir Ezzor province, the agency"
            " said."
        ),
        "armed_clash",
    )
    assert all(
        a2 != "Islamic State (Syria)" for place, (_, a2) in sides.items() if "Saraqib" in place
    )


def test_the_army_of_conquest_by_its_levantine_spelling() -> None:
    sides = _sides(
        events_of(
            "Heavy fighting broke out in Madaya between the Syrian army and gunmen of the Jeish"
            " al-Fath terrorist coalition on Tuesday."
        ),
        "armed_clash",
    )
    assert [a2 for _, a2 in sides.values()] == ["Jaish al-Fateh"]


def test_a_battle_of_the_army_told_with_no_opponent_is_with_the_opposition() -> None:
    sides = _sides(
        events_of(
            "Syrian troops shot dead a terrorist leader and four of his aides who tried to sneak"
            " into Rankous in Damascus countryside at night. Terrorists also fired shells on"
            " Yabroud."
        ),
        "armed_clash",
    )
    assert list(sides.values()) == [
        ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")
    ]


def test_units_of_the_republican_guard_are_the_army_in_an_article_of_syria() -> None:
    sides = _sides(
        events_of(
            "Units of the Republican Guard destroyed positions of Jaish al-Islam terrorists in"
            " Harasta in Damascus countryside."
        ),
        "armed_clash",
    )
    assert list(sides.values()) == [("Military Forces of Syria (2000-2024)", "Jaysh al-Islam")]
