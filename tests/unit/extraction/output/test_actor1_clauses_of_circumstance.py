"""Actor1 classes of the thirteenth round: the subject of a clause of circumstance acts over the
losses its main clause tells (``events/link/roles.py``), and an armed group's mob violence is
its own act, not rioters' (``output/sides/sides.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(id="actor1-test", body=body, published_at="2024-05-08T12:00:00Z")
    return extract_events(article)


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    return {event.event_type: event.acled for event in _events(body)}


def test_the_subject_of_a_clause_of_circumstance_is_the_agent() -> None:
    # The soldiers and the police are told by what they were doing; the armed men of the
    # "when" clause ambushed and fired.
    acled = _acled_by_type(
        "Soldiers were patrolling near the town of Tenenkou on Sunday when jihadists ambushed"
        " their convoy, military sources said."
    )
    assert acled["armed_clash"].actor1 == "Unidentified Armed Group (Mali)"
    assert acled["armed_clash"].location == "Tenenkou"
    fired = _events(
        "Police were escorting a convoy near the town of Tank on Sunday when militants opened"
        " fire on it, officials said."
    )
    assert [e.acled.actor1 for e in fired] == ["Unidentified Armed Group (Pakistan)"]


def test_as_after_a_participle_opens_no_clause() -> None:
    # "disguised as soldiers": the soldiers are what the gunmen looked like, not the agent.
    acled = _acled_by_type(
        "Gunmen disguised as soldiers have abducted four students from a school in the town of"
        " Kagara in Niger state on Monday, police said."
    )
    assert acled["abduction"].actor1 == "Unidentified Armed Group (Nigeria)"


def test_as_well_as_joins_two_agents_and_opens_no_clause() -> None:
    # "as well as" joins the militiamen to the police: the police, told first, stay the agent.
    acled = _acled_by_type(
        "Police as well as militiamen stormed a camp near the town of Tenenkou on Sunday,"
        " killing three people, officials said."
    )
    assert acled["attack_on_civilians"].actor1 == "Police Forces of Mali (2021-)"


def test_the_main_clause_agent_stays_when_no_clause_of_circumstance_intervenes() -> None:
    # No conjunction between them: the soldiers of the main clause attacked.
    acled = _acled_by_type(
        "Soldiers attacked a camp of jihadists near the town of Tenenkou on Sunday, military"
        " sources said."
    )
    assert acled["armed_clash"].actor1 == "Military Forces of Mali (2021-)"


def test_mob_violence_told_of_a_named_armed_group_is_the_group_s_act() -> None:
    acled = _acled_by_type(
        "The Islamic State group claimed responsibility late Monday for the attack near Kirkuk,"
        " Iraq, claiming it killed five farmers in their fields and set fire to five vehicles."
    )
    assert acled["mob_violence"].actor1 == "Islamic State (Iraq)"


def test_a_crowd_and_a_party_wing_are_still_rioters() -> None:
    crowd = _acled_by_type(
        "A mob set fire to five vehicles in the market of Afgoye on Monday after a dispute,"
        " residents said."
    )
    assert crowd["mob_violence"].actor1 == "Rioters (Somalia)"
    # A party's student wing is a militia of the dictionary: its cadres' rampage is a riot.
    wing = _acled_by_type(
        "Chhatra League activists went on a rampage and vandalised 20 vehicles in front of a"
        " college in Dhaka on Monday, police said."
    )
    assert wing["mob_violence"].actor1 == "Rioters (Bangladesh)"
    assert wing["mob_violence"].assoc_actor_1 == "BCL: Bangladesh Chhatra League"
