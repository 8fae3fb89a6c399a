"""State-bulletin wordings the fiftieth round's lead found misread in the new rule part (articles
of our own): a truce's three-word name after "breached" is no agreement of the day, a place
glued to "Based" by copy that lost its hyphen is no place nor side, and a group's name with "and"
inside does not hide the count of its dead."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _summary(body: str) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [
        (
            e.event_type,
            e.acled.actor1 if e.acled else None,
            e.acled.actor2 if e.acled else None,
            e.locations[0].name if e.locations else None,
            (e.acled.fatalities or 0) if e.acled else 0,
        )
        for e in events_of(body)
    ]


def test_a_shelling_that_breached_a_truce_of_three_words_is_no_agreement() -> None:
    assert _summary(
        "Two civilians were killed on Monday as militants breached the cessation of hostilities"
        " agreement by targeting the Hamdaniyeh quarter of Aleppo city with rocket shells, a"
        " police source said."
    ) == [("shelling", "Opposition Rebels (Syria)", "Civilians (Syria)", "Hamdaniyeh", 2)]


def test_a_new_breach_of_a_named_truce_told_before_the_act_is_no_agreement() -> None:
    kinds = [
        kind
        for kind, *_ in _summary(
            "In a new breach of the cessation of hostilities agreement, militants fired mortar"
            " shells at the city of Daraa on Friday, wounding three civilians."
        )
    ]
    assert kinds == ["shelling"]


def test_a_place_glued_to_based_is_no_place_nor_side_of_the_act() -> None:
    events = _summary(
        "The London Based Syrian Observatory for Human Rights said on Sunday that fighters of"
        " the Nusra Front seized the village of Maan in the northern countryside of Hama after"
        " clashes with the army."
    )
    assert {(kind, place) for kind, _, _, place, _ in events} == {
        ("territory_taken", "Maan"),
        ("armed_clash", "Maan"),
    }
    assert all(actor2 == "Military Forces of Syria (2000-2024)" for _, _, actor2, _, _ in events)


def test_the_dead_of_a_group_whose_name_holds_and_are_counted() -> None:
    assert _summary(
        "At least 20 members of the Islamic State in Iraq and the Levant were killed on Tuesday"
        " in clashes with the army near Palmyra in the eastern countryside of Homs, activists"
        " said."
    ) == [
        (
            "armed_clash",
            "Military Forces of Syria (2000-2024)",
            "Islamic State (Syria)",
            "Tadmur",
            20,
        )
    ]


def test_a_second_group_after_and_keeps_its_own_count() -> None:
    """ "and" before a count is no word of a name: the two groups' dead add up."""
    tolls = [
        toll
        for *_, toll in _summary(
            "Five members of the Blue Hand Front and two soldiers were killed on Tuesday in clashes"
            " near the town of Saraqib in Idlib province."
        )
    ]
    assert tolls == [7]
