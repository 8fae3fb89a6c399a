"""Two tellings of one incident merged: the side the event tells hit does not become its agent
from the other telling."""

from __future__ import annotations

from newsevents.extraction.document import ActorKind, ActorMention, Span, Trigger
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.folding import take_fields


def _actor(start: int, text: str, name: str, kind: ActorKind, *, generic: bool) -> ActorMention:
    return ActorMention(Span(start, start + len(text)), text, name, kind, "LB", generic=generic)


def _draft(start: int, actor1: ActorMention | None, actor2: ActorMention | None) -> EventDraft:
    trigger = Trigger(Span(start, start + 10), "opened fire", "armed_clash")
    return EventDraft(
        event_type="armed_clash",
        trigger=trigger,
        sentence_span=Span(start, start + 100),
        actor1=actor1,
        actor2=actor2,
        places=[],
        date=None,
        quantities=[],
        source=None,
        modality="asserted",
        sentences=[start // 100],
    )


ARMY = "Military Forces of Lebanon"


def test_the_side_hit_is_not_taken_as_the_agent_of_its_own_losses() -> None:
    # "Gunmen opened fire on a Lebanese army checkpoint." + "Lebanese troops fired at the car."
    gunmen = _actor(0, "Gunmen", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True)
    army = _actor(30, "Lebanese army", ARMY, "state_force", generic=False)
    troops = _actor(100, "Lebanese troops", ARMY, "state_force", generic=False)
    target = _draft(0, gunmen, army)
    take_fields(target, _draft(100, troops, None))
    assert target.actor1 is gunmen
    assert target.actor2 is army


def test_a_named_agent_still_replaces_a_generic_one() -> None:
    # "Gunmen opened fire on a checkpoint." + "Hezbollah fighters fired at the checkpoint."
    gunmen = _actor(0, "Gunmen", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True)
    army = _actor(30, "Lebanese army", ARMY, "state_force", generic=False)
    hezbollah = _actor(100, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    target = _draft(0, gunmen, army)
    take_fields(target, _draft(100, hezbollah, None))
    assert target.actor1 is hezbollah
    assert target.actor2 is army


def test_a_telling_of_both_sides_turns_a_lead_that_took_a_named_hit_for_the_agent() -> None:
    # "Five Hezbollah fighters and a soldier were killed in a firefight." + "Lebanese troops
    # clashed with Hezbollah near the village.": Hezbollah is not both sides; the telling of
    # both wins.
    hezbollah = _actor(0, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    troops = _actor(100, "Lebanese troops", ARMY, "state_force", generic=False)
    later = _actor(135, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    target = _draft(0, hezbollah, None)
    take_fields(target, _draft(100, troops, later))
    assert target.actor1 is troops
    assert target.actor2 is later


def test_generic_attackers_stay_the_agent_and_their_foe_is_hit() -> None:
    # "Gunmen ambushed a patrol." + "The army killed three gunmen.": the gunmen attacked, the
    # army is the other side, not the gunmen again.
    gunmen = _actor(0, "Gunmen", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True)
    army = _actor(100, "The army", ARMY, "state_force", generic=True)
    later = _actor(125, "gunmen", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True)
    target = _draft(0, gunmen, None)
    take_fields(target, _draft(100, army, later))
    assert target.actor1 is gunmen
    assert target.actor2 is army


def test_a_common_noun_for_the_named_agent_is_not_its_own_hit() -> None:
    # "Five Hezbollah gunmen and a soldier were killed." + "Lebanese troops clashed with
    # Hezbollah.": the gunmen are Hezbollah's, not a hit of its own; the troops fought them.
    hezbollah = _actor(0, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    gunmen = _actor(10, "gunmen", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True)
    troops = _actor(100, "Lebanese troops", ARMY, "state_force", generic=False)
    later = _actor(135, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    target = _draft(0, hezbollah, gunmen)
    take_fields(target, _draft(100, troops, later))
    assert target.actor1 is troops
    assert target.actor2 is later


def test_the_generic_name_of_the_named_agent_does_not_turn_the_sides() -> None:
    # "Hezbollah shelled the town." + "the militants, shelled by the army, ...": a generic
    # agent of the same kind is our agent again, not the other side.
    hezbollah = _actor(0, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    militants = _actor(
        100, "militants", "Unidentified Armed Group (Lebanon)", "armed_group", generic=True
    )
    later = _actor(140, "Hezbollah", "Hezbollah", "armed_group", generic=False)
    target = _draft(0, hezbollah, None)
    take_fields(target, _draft(100, militants, later))
    assert target.actor1 is hezbollah
