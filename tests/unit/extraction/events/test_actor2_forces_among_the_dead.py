"""Actor2 (the side hit) of the sixteenth round, salvaged from the reverted actor2 branch:
forces told among the dead, after a relative clause or by a quoted agent are the ones hit, the
owner of drones shot down is the side hit, and pro-government militiamen are the
pro-government militia (``events/link/hit.py``, ``events/link/roles.py``,
``actors/generic.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    article = ArticleMessage(id="actor2-test", body=body, published_at="2024-05-08T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_forces_told_among_the_dead_are_the_side_hit() -> None:
    acled = _acled_by_type(
        "Four soldiers were among the 12 people killed when a car bomb exploded at a"
        " checkpoint in Mogadishu on Sunday."
    )
    assert acled["explosive_attack"].actor2 == "Military Forces of Somalia (2022-)"


def test_civilians_alone_stay_the_side_hit() -> None:
    acled = _acled_by_type(
        "Three civilians were killed when a bomb exploded near a market in Peshawar on"
        " Monday, police said."
    )
    assert acled["explosive_attack"].actor2 == "Civilians (Pakistan)"


def test_pro_government_militiamen_are_the_pro_government_militia() -> None:
    acled = _acled_by_type(
        "Taliban militants stormed a checkpoint of pro-government militiamen near Taluqan in"
        " Takhar province on Saturday, killing four."
    )
    assert acled["armed_clash"].actor1 == "Taliban"
    assert acled["armed_clash"].actor2 == "Pro-Government Militia (Afghanistan)"


def test_a_quoted_agent_after_a_relative_clause_acts_on_the_ones_it_hit() -> None:
    acled = _acled_by_type(
        'Two policemen, who were guarding a bank in Kandahar city, were shot dead by "Taliban'
        ' gunmen" on Monday.'
    )
    assert acled["armed_clash"].actor1 == "Taliban"
    assert (acled["armed_clash"].actor2 or "").startswith("Police Forces of Afghanistan")


def test_the_owner_of_drones_shot_down_is_the_side_hit_not_the_agent() -> None:
    acled = _acled_by_type(
        "Russian air defences shot down nine Ukrainian drones over the Belgorod region"
        " overnight, the defence ministry said."
    )
    assert acled["weapons_disrupted"].actor1 != "Military Forces of Ukraine (2019-)"
    assert acled["weapons_disrupted"].actor2 == "Military Forces of Ukraine (2019-)"
