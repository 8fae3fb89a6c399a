"""Two acts told in two sentences, by the one test every folding pass asks (twenty-eighth
round, fold48; `merge/incidents/two_acts.py`): a sentence that opens on another act
("Elsewhere", "In a separate incident") tells another act, whatever it shares
with the one before; one that refers back ("the attack") or names no such opening still tells
the same one."""

from __future__ import annotations

from .articles import events_of


def _count(body: str, event_type: str) -> int:
    return sum(1 for e in events_of(body) if e.event_type == event_type)


def test_a_separate_incident_of_one_paragraph_is_another_act() -> None:
    # wire style
    body = (
        "Suspected militants ambushed an army patrol near the town of Kidal on Tuesday, killing "
        "three soldiers, a military spokesman said. In a separate incident, two more soldiers "
        "were shot dead by militants, the spokesman added."
    )
    assert _count(body, "armed_clash") + _count(body, "attack_on_civilians") == 2


def test_elsewhere_opens_another_act() -> None:
    # local paper style
    body = (
        "Gunmen shot dead a trader at a market in Maiduguri on Friday, police said. Elsewhere, "
        "gunmen killed two farmers as they worked their fields, residents told reporters."
    )
    assert _count(body, "attack_on_civilians") == 2


def test_the_attack_told_again_stays_one() -> None:
    # NGO style: no opening cue, a reference back
    body = (
        "Gunmen shot dead a trader at a market in Maiduguri on Friday, police said. The attack "
        "left the market closed for the day, a witness told the group."
    )
    assert _count(body, "attack_on_civilians") == 1
