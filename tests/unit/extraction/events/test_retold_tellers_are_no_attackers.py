"""Retellings of one incident, fifteenth round (dups): a definite retelling ("killed in the
attack") whose actor is told before its noun with no verb of authorship names a teller, a
witness or a victim, not another attacker: its sides do not set it apart."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of

_LEAD = (
    "Gunmen of the Islamic State attacked the village of Tel Ward in Nineveh province on"
    " Sunday night, killing three farmers.\n"
    "The militants arrived on motorbikes and opened fire on the houses, residents said.\n"
)


def _actor1(event_actors: list[tuple[str, str]]) -> str:
    return next(name for role, name in event_actors if role == "actor1")


def test_a_commander_who_tells_the_attack_is_no_second_attacker() -> None:
    events = events_of(
        _LEAD + "A Peshmerga commander in the area said two more villagers were killed in the"
        " attack."
    )
    # The commander's sentence retells the village's attack: one event, the gunmen's.
    assert len(events) == 1
    (attack,) = events
    assert attack.event_type == "attack_on_civilians"
    assert attack.locations[0].name == "Tel Ward"
    assert _actor1([(a.role, a.name) for a in attack.actors]) == "Islamic State"
    mentions = " ".join(m.text for m in attack.evidence.mentions)
    assert "Peshmerga commander" in mentions


def test_an_attack_named_by_its_author_in_its_own_phrase_stays_apart() -> None:
    events = events_of(
        _LEAD + "Officials said the Peshmerga attack on the militants' hideout near Tel Ward killed"
        " two fighters."
    )
    # "the Peshmerga attack": the author told in the noun's own phrase, another side's act.
    authors = [_actor1([(a.role, a.name) for a in e.actors]) for e in events]
    assert len(events) == 2
    assert authors[0] == "Islamic State"
    assert authors[1] == "Peshmerga"
