"""A dateline tells where a report was filed, not what country its news is in: wires cover Syria
from Beirut and Amman. It decides the article's country only when no word of the text does; a
monitor's home (the Syrian Observatory works from Britain) is no cue either."""

from __future__ import annotations

from newsevents.contracts import EventMessage

from ..events.articles import events_of


def _sides(event: EventMessage) -> tuple[str | None, str | None]:
    roles = {a.role: a.name for a in event.actors}
    return roles.get("actor1"), roles.get("actor2")


def test_a_beirut_dateline_does_not_make_a_syrian_army_lebanese() -> None:
    (event,) = events_of(
        "BEIRUT, March 3 (Reuters) - Islamic State militants attacked army positions near Deir "
        "al-Adas on Thursday, killing at least 12 soldiers, the Syrian Observatory for Human "
        "Rights said."
    )
    assert event.event_type == "armed_clash"
    assert _sides(event) == ("Islamic State", "Military Forces of Syria")


def test_an_amman_dateline_leaves_a_syrian_village_in_syria() -> None:
    (event,) = events_of(
        "AMMAN (Reuters) - Rebels fighting to topple President Bashar al-Assad seized the "
        "village of Tal Hamra in southern Syria on Sunday after days of fighting with the army, "
        "rebel commanders said."
    )
    assert _sides(event) == ("Opposition Rebels (Syria)", "Military Forces of Syria")
    assert event.locations[0].country_code == "SY"


def test_a_dateline_still_tells_the_country_when_nothing_else_does() -> None:
    (event,) = events_of(
        "NAIROBI (Reuters) - Police shot dead two suspected robbers in a slum on Tuesday, a "
        "police spokesman said."
    )
    assert _sides(event)[0] == "Police Forces of Kenya"
