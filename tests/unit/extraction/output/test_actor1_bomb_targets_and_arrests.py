"""Actor1 classes of the fourteenth round: a state's forces are the target of a bomb, never its
bomber (``events/merge/parties/targets/blast_targets.py``); a name headed by "Forces" is the
same actor in the singular (``actors/dictionary.py``); an arrest told without its agent is the
police's (``output/sides/forces/security_forces.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(id="actor1-test", body=body, published_at="2021-05-08T12:00:00Z")
    return extract_events(article)


def _acled(body: str, event_type: str) -> AcledFields:
    event = next(e for e in _events(body) if e.event_type == event_type)
    assert event.acled is not None
    return event.acled


def test_forces_killed_by_a_roadside_bomb_are_its_target() -> None:
    acled = _acled(
        "A senior police commander and three of his guards were killed in a roadside bomb"
        " blast near the town of Garissa in Kenya on Friday.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Kenya)"
    assert acled.actor2 == "Police Forces of Kenya (2013-2022)"


def test_a_vehicle_of_the_forces_hit_by_a_device_is_their_loss() -> None:
    acled = _acled(
        "A police truck carrying a dozen officers was hit by an improvised explosive device"
        " near the town of Mandera in Kenya on Friday.",
        "explosive_attack",
    )
    assert acled.actor1 == "Unidentified Armed Group (Kenya)"
    assert acled.actor2 == "Police Forces of Kenya (2013-2022)"


def test_the_group_the_sentence_names_is_the_bomber() -> None:
    acled = _acled(
        "A suicide bomber blew himself up at an army base in the town of Baidoa in Somalia on"
        " Friday, killing four soldiers, in an attack claimed by al Shabaab.",
        "suicide_bombing",
    )
    assert acled.actor1 == "Al Shabaab"
    assert acled.actor2 == "Military Forces of Somalia (2017-2022)"


def test_forces_setting_off_a_device_keep_it() -> None:
    # (no bomb of an armed group: the troops' own act stays theirs)
    for event in _events(
        "Soldiers detonated a bomb they had found near a school in the town of Baidoa in"
        " Somalia on Friday."
    ):
        assert event.acled is not None
        assert event.acled.actor1 == "Military Forces of Somalia (2017-2022)"


def test_forces_acting_on_the_bomber_keep_their_act() -> None:
    acled = _acled(
        "On Friday, army troops shot and killed a suicide bomber before he could blow himself"
        " up near a checkpoint in the town of Kalat in Zabul province, Afghanistan.",
        "suicide_bombing",
    )
    assert acled.actor1 == "Military Forces of Afghanistan (2014-2021)"


def test_a_force_named_in_the_singular_is_the_force() -> None:
    acled = _acled(
        "On Sunday the Rapid Support Force attacked and burned the village of Umm Kadada in"
        " North Darfur, Sudan, killing five people.",
        "attack_on_civilians",
    )
    assert acled.actor1 == "Rapid Support Forces"


def test_an_arrest_told_without_its_agent_is_the_police_s() -> None:
    acled = _acled(
        "Three suspects were arrested over the kidnapping of a trader in the town of Wudil in"
        " Kano state, Nigeria, on Friday.",
        "arrest",
    )
    assert acled.actor1 == "Police Forces of Nigeria (2015-2023)"


def test_forces_that_fired_at_people_and_threw_grenades_threw_them() -> None:
    acled = _acled(
        "Soldiers fired on a group of villagers and hurled grenades at their homes near the"
        " town of Garissa in Kenya on Friday, killing three.",
        "grenade",
    )
    assert acled.actor1 == "Military Forces of Kenya (2013-2022)"
    assert acled.actor2 != "Military Forces of Kenya (2013-2022)"
