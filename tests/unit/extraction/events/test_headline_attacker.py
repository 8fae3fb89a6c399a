"""The attacker the headline names (``events/merge/parties/attackers/headline_attacker.py``):
an act of armed violence the body tells with no named agent is by the one armed group the
headline names as its author; not by a group the headline tells as hit."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.merge.parties.attackers.headline_attacker import headline_attacker
from newsevents.extraction.pipeline import extract_events

# "Boko Haram" told alone after ISWAP's split: ACLED's joint actor (twenty-third round, actors43)
_BOKO = (
    "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
)
_BODY = (
    "Four soldiers were killed on Tuesday when a roadside bomb struck their patrol vehicle near"
    " the town of Damboa in Borno state, an army spokesman said."
)


def _agents(title: str, body: str = _BODY) -> list[str | None]:
    article = ArticleMessage(
        id="headline-test", title=title, body=body, published_at="2022-03-09T12:00:00Z"
    )
    events: list[EventMessage] = extract_events(article)
    return [e.acled.actor1 for e in events if e.acled is not None and e.event_type != "other"]


def test_the_headline_names_the_bombs_author() -> None:
    assert _agents("Boko Haram kills four soldiers in Borno") == [_BOKO]


def test_a_headline_told_with_by_names_the_author() -> None:
    assert _agents("Four soldiers killed by Boko Haram bomb in Borno") == [_BOKO]


def test_a_group_the_headline_tells_as_hit_is_no_author() -> None:
    assert _BOKO not in _agents("Army loses four soldiers to bomb near Boko Haram hideout")


def test_the_headline_author_is_one_group_named_as_acting() -> None:
    found = headline_attacker("Al-Shabaab militants storm army base in Somalia")
    assert found is not None and found.name == "al-Shabaab"
    assert headline_attacker("Army kills 20 Al-Shabaab fighters") is None
    assert headline_attacker("Al-Shabaab says it fought ISIS in Puntland") is None
    assert headline_attacker("Boko Haram and ISWAP clash in Borno; Boko Haram kills 5") is None


def test_a_claim_told_with_the_groups_noun_names_the_author() -> None:
    body = (
        "Four soldiers were killed on Tuesday when a roadside bomb struck their patrol vehicle"
        " near the town of Damboa in Borno state, an army spokesman said.\n\n"
        "The Boko Haram group claimed responsibility for the bombing. The region has also seen"
        " raids by ISWAP in recent years."
    )
    assert _agents("Roadside bomb kills four soldiers in Borno", body) == [_BOKO]


def test_a_group_told_after_a_preposition_of_the_target_is_no_author() -> None:
    assert headline_attacker("Army hits back with strikes on Boko Haram targets") is None


# Forty-second round (lead): an author's word reaches only its own incident.
_SEPARATE = (
    "Taliban fighters attacked a police checkpoint in Kunduz province overnight, killing 11"
    " policemen, an official said on Tuesday. Taliban spokesman Zabihullah Mujahid claimed"
    " responsibility. In a separate incident, a roadside bomb killed three civilians in"
    " Helmand's Nad Ali district on Monday."
)


def test_a_separate_incident_is_not_the_headline_authors() -> None:
    agents = _agents("Taliban attack kills 11 Afghan police in Kunduz", _SEPARATE)
    assert agents == ["Taliban", "Unidentified Armed Group (Afghanistan)"]


def test_a_group_that_denies_the_blast_is_not_its_author() -> None:
    body = (
        "A roadside bomb killed three civilians in Helmand's Nad Ali district on Monday. The"
        " Taliban denied involvement in the blast."
    )
    assert _agents("Taliban attack kills three in Helmand", body) == [
        "Unidentified Armed Group (Afghanistan)"
    ]
    claimed = body.replace("denied involvement in", "claimed responsibility for")
    assert _agents("Blast kills three in Helmand", claimed) == ["Taliban"]
