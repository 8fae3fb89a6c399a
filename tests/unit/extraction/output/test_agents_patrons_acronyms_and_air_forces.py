"""Agents of the fifteenth round's second pass: a patron named before the group it describes
(``actors/patrons.py``), an acronym the article defines (``actors/acronyms.py``), a party that
bears no arms and the forces' battle with no opponent told
(``events/merge/parties/attackers/named_attackers.py``), the article's one air force
(``events/merge/parties/attackers/air_force.py``)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields, Article, ArticleMessage, EventMessage
from newsevents.extraction.document import ActorKind, ActorMention, Document, Span, Trigger
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.parties.attackers.air_force import one_air_force
from newsevents.extraction.events.merge.parties.attackers.named_attackers import (
    name_generic_attackers,
)
from newsevents.extraction.ontology import EventTypeName
from newsevents.extraction.pipeline import Pipeline, extract_events


def _events(body: str, title: str = "") -> list[EventMessage]:
    article = ArticleMessage(
        id="agents-test", title=title, body=body, published_at="2021-05-08T12:00:00Z"
    )
    return extract_events(article)


def _acled(body: str, event_type: str, title: str = "") -> list[AcledFields]:
    found = [e.acled for e in _events(body, title) if e.event_type == event_type]
    assert found
    return [a for a in found if a is not None]


def test_a_patron_told_before_the_group_is_no_actor() -> None:
    article = Article(
        id="agents-test",
        body="Four soldiers were killed when a roadside bomb struck their truck near the town of"
        " Afgoye in Somalia on Thursday. Fighters of the al-Qaeda affiliated al-Shabaab group"
        " planted the bomb, a police officer said.",
        published_at="2021-05-08T12:00:00Z",
    )
    groups = [a for a in Pipeline().annotate(article).actors if a.kind == "armed_group"]
    assert [(a.name, a.affiliation) for a in groups if not a.generic] == [
        ("al-Shabaab", "al-Qaeda")
    ]


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
        "Gunmen killed four villagers near the town of Bankass in central Mali on Monday.\n\n"
        "The United Nations mission in the country said the attackers opened fire on the"
        " villagers.",
        "attack_on_civilians",
    )
    assert [a.actor1 for a in found] == ["Unidentified Armed Group (Mali)"]


def _mention(start: int, text: str, name: str, kind: ActorKind) -> ActorMention:
    return ActorMention(Span(start, start + len(text)), text, name, kind, "XX")


def _draft(event_type: EventTypeName, n: int, actor1: ActorMention | None) -> EventDraft:
    return EventDraft(
        event_type=event_type,
        trigger=Trigger(Span(n * 100, n * 100 + 6), "struck", event_type),
        sentence_span=Span(n * 100, n * 100 + 90),
        actor1=actor1,
        actor2=None,
        places=[],
        date=None,
        quantities=[],
        source=None,
        modality="asserted",
        sentences=[n],
    )


def test_air_raids_told_without_an_agent_are_by_the_article_s_one_air_force() -> None:
    doc = Document(article_id="agents-test", text="x" * 400, published=dt.date(2021, 5, 8))
    jets = _mention(0, "warplanes", "Military Forces of Saudi Arabia", "state_force")
    drafts = [_draft("airstrike", 0, jets), _draft("airstrike", 1, None)]
    assert [d.actor1 for d in one_air_force(doc, drafts)] == [jets, jets]


def test_two_air_forces_leave_a_raid_without_an_agent() -> None:
    doc = Document(article_id="agents-test", text="x" * 400, published=dt.date(2021, 5, 8))
    one = _mention(0, "jets", "Military Forces of Russia", "state_force")
    other = _mention(100, "drones", "Military Forces of Ukraine", "state_force")
    drafts = [_draft("airstrike", 0, one), _draft("airstrike", 1, other)]
    drafts.append(_draft("airstrike", 2, None))
    assert one_air_force(doc, drafts)[2].actor1 is None


def test_the_forces_battle_with_no_opponent_is_with_the_one_acting_group() -> None:
    text = "M23 rebels seized a town. Troops fought near a village."
    doc = Document(article_id="agents-test", text=text, published=dt.date(2021, 5, 8))
    rebels = _mention(0, "M23", "M23", "armed_group")
    doc.actors = [rebels]
    seized = _draft("property_seized", 0, rebels)
    battle = _draft("armed_clash", 1, None)
    battle.actor2 = _mention(26, "Troops", "Military Forces of Congo", "state_force")
    name_generic_attackers(doc, [seized, battle])
    assert battle.actor1 == rebels
