"""Two acts told in two sentences, by the one test every folding pass asks (twenty-eighth
round, fold48; `merge/incidents/two_acts.py`): a sentence that opens on another act
("Elsewhere", "In a separate incident") tells another act, whatever it shares
with the one before; one that refers back ("the attack") or names no such opening still tells
the same one."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage
from newsevents.extraction.document import Document
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.link.linking import link_drafts
from newsevents.extraction.events.merge.incidents.identity.two_acts import told_as_two
from newsevents.extraction.pipeline import Pipeline

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


def _linked(body: str) -> tuple[Document, list[EventDraft]]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    doc = Pipeline().annotate(article)
    return doc, link_drafts(doc)


def test_an_act_told_later_at_a_place_of_its_own_is_asked_by_every_pass() -> None:
    # what merge_repeats and fold_elaborations read ("later", "also" at a place the earlier
    # event does not hold, `story_cues.told_new_elsewhere`) is now in the shared test that
    # merge_occurrences and fold_into_lead ask too
    doc, drafts = _linked(
        "Militants fired rocket shells on the village of Khan Arnabah in Quneitra province, "
        "wounding a farmer, a reporter said. Later the reporter said that militants fired "
        "rocket shells at the town of Jableh, damaging several buildings."
    )
    shellings = [d for d in drafts if d.event_type == "shelling"]
    assert len(shellings) == 2
    assert told_as_two(doc, shellings[0], shellings[1])
