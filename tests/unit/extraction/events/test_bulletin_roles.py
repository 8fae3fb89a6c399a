"""The fifty-second round's roles in state bulletins (``role72``): the men aboard a vehicle told
struck were hit, never the agent (events/link/sides/hit.py), so a round-up's next items keep the
army as their agent. Articles written for these tests (Syria)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _sides(events: list[EventMessage]) -> list[tuple[str | None, str | None]]:
    return [(e.acled.actor1, e.acled.actor2) for e in events if e.acled is not None]


def test_the_men_a_struck_vehicle_carried_are_hit_not_its_attackers() -> None:
    events = events_of(
        "Syrian army units clashed with ISIS terrorists near al-Mayadin in Deir Ezzor countryside"
        " on Monday. A pickup carrying 7 terrorists was destroyed near Mohassan village."
    )
    sides = _sides(events)
    assert sides
    for actor1, actor2 in sides:
        assert actor1 is not None and actor1.startswith("Military Forces of Syria")
        assert actor2 != actor1
    assert all(a1 != "Opposition Rebels (Syria)" for a1, _ in sides)
    # told in the active, the truck's men are hit too
    events = events_of(
        "Syrian army units destroyed a truck loaded with terrorists and ammunition near"
        " Kafr Sajna in Idlib countryside on Thursday."
    )
    sides = _sides(events)
    assert sides
    actor1, actor2 = sides[0]
    assert actor1 is not None and actor1.startswith("Military Forces of Syria")
    assert actor2 == "Opposition Rebels (Syria)"
    # a vehicle not told struck: the men it carried did the act
    events = events_of(
        "A car carrying four gunmen opened fire on a police checkpoint in Sanamein on Friday,"
        " killing two policemen."
    )
    sides = _sides(events)
    assert sides
    actor1, actor2 = sides[0]
    assert actor1 == "Unidentified Armed Group (Syria)"
    assert actor2 is not None and actor2.startswith("Police Forces of Syria")


def test_the_outlets_names_of_the_kurdish_forces() -> None:
    # "Kurdish fighters" of northern Syria are the YPG
    events = events_of(
        "Kurdish fighters killed 14 ISIS terrorists in clashes near Ras al-Ain in Hasakah"
        " province on Tuesday."
    )
    sides = _sides(events)
    assert sides
    assert sides[0] == ("People's Protection Units", "Islamic State (Syria)")
    # al-Manar's "Democratic Syria Troops" are the SDF
    events = events_of(
        "Fighters of the Democratic Syria Troops seized Tal Abyad after clashes with ISIL"
        " terrorists on Wednesday."
    )
    assert ("SDF: Syrian Democratic Forces", "Islamic State (Syria)") in _sides(events)
