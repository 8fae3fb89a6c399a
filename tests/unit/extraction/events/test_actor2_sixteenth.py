"""Actor2 (the side hit) of the sixteenth round: an agent carried over from the sentence
before is no side against itself, forces told among the dead are the ones hit, and a force
an attack was aimed at is its target over the civilians it hurt, and
pro-government militiamen are the pro-government militia
(``events/link/linking.py``, ``events/link/hit.py``,
``events/merge/parties/other_side.py``, ``actors/generic.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.extraction.pipeline import extract_events


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    article = ArticleMessage(id="actor2-test", body=body, published_at="2024-05-08T12:00:00Z")
    return {event.event_type: event.acled for event in extract_events(article)}


def test_an_agent_carried_over_is_not_also_the_side_it_fought() -> None:
    acled = _acled_by_type(
        "Nigerian troops raided a camp near Maiduguri in Borno state on Monday. Clashes"
        " between the Nigerian Army and local youths were also reported in Bama."
    )
    clash = acled["armed_clash"]
    assert clash.actor1 == "Military Forces of Nigeria (2023-)"
    assert clash.actor2 != clash.actor1


def test_forces_told_among_the_dead_are_the_side_hit() -> None:
    acled = _acled_by_type(
        "Four soldiers were among the 12 people killed when a car bomb exploded at a"
        " checkpoint in Mogadishu on Sunday."
    )
    assert acled["explosive_attack"].actor2 == "Military Forces of Somalia (2022-)"


def test_the_force_a_grenade_was_thrown_at_is_its_target_over_the_civilians_hurt() -> None:
    acled = _acled_by_type(
        "A police officer and two civilians were injured after militants threw a grenade at"
        " the security forces in a market in Srinagar on Tuesday."
    )
    assert acled["grenade"].actor1 == "Unidentified Armed Group (India)"
    assert acled["grenade"].actor2 == "Police Forces of India (2014-)"


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
