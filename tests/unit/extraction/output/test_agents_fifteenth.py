"""Agents of the fifteenth round's second pass: a patron named before the group it describes
(``actors/patrons.py``), an acronym the article defines (``actors/acronyms.py``), a party that
bears no arms (``events/merge/parties/named_attackers.py``), the forces' battle with no opponent
told (same module) and the article's one air force (``events/merge/parties/air_force.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str, title: str = "") -> list[EventMessage]:
    article = ArticleMessage(
        id="agents-test", title=title, body=body, published_at="2021-05-08T12:00:00Z"
    )
    return extract_events(article)


def _acled(body: str, event_type: str, title: str = "") -> list[AcledFields]:
    found = [e.acled for e in _events(body, title) if e.event_type == event_type]
    assert found
    return [a for a in found if a is not None]


def test_a_patron_told_before_the_group_is_not_the_bomber() -> None:
    (acled,) = _acled(
        "Four soldiers were killed when a roadside bomb struck their truck near the town of"
        " Afgoye in Somalia on Thursday. The al-Qaeda affiliated al-Shabaab group claimed"
        " responsibility for the attack.",
        "explosive_attack",
    )
    assert acled.actor1 == "Al Shabaab"


def test_an_acronym_the_article_defines_is_the_actor_it_follows() -> None:
    found = _acled(
        "Al-Shabaab fighters attacked a base of the Somali National Army (SNA) near the town"
        " of Afgoye in Somalia on Thursday. SNA soldiers fought the militants for two hours.",
        "armed_clash",
    )
    sides = {name for a in found for name in (a.actor1, a.actor2)}
    assert not any(name and name.startswith("Syrian National Army") for name in sides)


def test_the_united_nations_is_no_attacker() -> None:
    found = _acled(
        "Gunmen killed four villagers near the town of Bankass in central Mali on Monday, the"
        " United Nations mission in the country said in a statement.",
        "attack_on_civilians",
    )
    assert all(a.actor1 != "United Nations" for a in found)


def test_air_raids_told_without_an_agent_are_by_the_article_s_one_air_force() -> None:
    found = _acled(
        "Saudi warplanes struck a market in the town of Saada in Yemen on Monday, killing six"
        " people. On Tuesday, air raids hit a farm near the town of Haydan in Saada province,"
        " killing two farmers.",
        "airstrike",
    )
    assert len(found) == 2
    assert all((a.actor1 or "").startswith("Military Forces of Saudi Arabia") for a in found)


def test_the_forces_battle_with_no_opponent_is_with_the_one_acting_group() -> None:
    found = _acled(
        "M23 rebels seized the town of Rubare in North Kivu, DR Congo, on Monday. On Tuesday,"
        " heavy fighting with the army was reported near the village of Kalengera, residents"
        " said.",
        "armed_clash",
    )
    assert any(a.actor1 == "M23: March 23 Movement" for a in found)
