"""The type a linked trigger's event takes from its sides and places: armed men shooting at
armed men fight (a clash, not an attack on civilians), a state's forces taking ground in their own
country regain it, an armed group retaking ground takes it (:func:`linked_type`, read by
:mod:`.linking` for each draft).
"""

from __future__ import annotations

import re

from ...document import ARMED_KINDS, ActorMention, Document, PlaceMention, Sentence, Trigger
from ...ontology import EventTypeName
from ..detect.refine.fights.fight_sides import hit_unarmed
from ..detect.refine.told_acts import is_execution
from ..detect.sides.parties import is_off_duty


def linked_type(
    doc: Document,
    sentence: Sentence,
    trigger: Trigger,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    places: list[PlaceMention],
) -> EventTypeName:
    """Armed men shooting at police is a clash, not an attack on civilians (unless the words
    name the ones hit as unarmed: "a militia killed five herders"); a state's forces taking
    ground in their own country regain it (:func:`_regained`)."""
    if trigger.event_type == "territory_taken" and (
        _regained(actor1, places) or _with_the_army(doc, sentence, actor1, places)
    ):
        return "territory_regained"
    if trigger.event_type == "territory_regained" and _taken_back_by_a_group(actor1):
        return "territory_taken"
    if (
        trigger.event_type == "attack_on_civilians"
        and not is_execution(trigger.text)  # captives killed (:func:`.told_acts.is_execution`)
        and actor1 is not None
        and actor2 is not None
        and actor1.name != actor2.name
        and {actor1.kind, actor2.kind} <= ARMED_KINDS
        and {actor1.kind, actor2.kind} != {"state_force"}  # soldiers shooting a policeman
        and not _off_duty_target(doc, actor1, actor2)
        and not hit_unarmed(
            sentence.text,
            trigger.span.start - sentence.span.start,
            trigger.span.end - sentence.span.start,
        )
    ):
        return "armed_clash"
    return trigger.event_type


def _taken_back_by_a_group(actor1: ActorMention | None) -> bool:
    """ "Tribal fighters liberated two towns", "rebels recaptured the base": only a government
    and the militias fighting for it regain ground (ACLED's "Government regains territory");
    an armed group taking ground back, whatever verb tells it, overtakes it."""
    return actor1 is not None and actor1.kind == "armed_group"


def _regained(actor1: ActorMention | None, places: list[PlaceMention]) -> bool:
    """ "Government forces took control of three villages in Daraa": ground a state's forces
    take in their own country is ground the government regains, as monitors code it (ACLED's
    "Government regains territory"), whatever verb tells it; a foreign army's is taken."""
    if actor1 is None or actor1.kind != "state_force" or actor1.country_code is None:
        return False
    countries = {p.country_code for p in places if p.precision != "supranational"}
    return not countries or countries == {actor1.country_code}


# The words that join a militia's taking of ground to the army it fought with: "in cooperation
# with the Syrian army", "alongside government troops", "backed by the army".
_JOINED_WITH = re.compile(
    r"\b(?:(?:in (?:cooperation|coordination|conjunction)|together|jointly|along) with|alongside|"
    r"backed by|supported by|with the (?:help|support|backing) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _with_the_army(
    doc: Document, sentence: Sentence, actor1: ActorMention | None, places: list[PlaceMention]
) -> bool:
    """ "Hezbollah fighters took the hills together with the Syrian army, the group said":
    a militia or armed group taking ground together with the state's forces of the country it is
    in takes it in the government's operation, as monitors code it (the army first, the group
    beside it): ground the government regains. So is ground taken with no agent named but the
    state's forces told so."""
    if actor1 is not None and actor1.kind not in ("militia", "armed_group"):
        return False
    countries = {p.country_code for p in places if p.precision != "supranational"}
    for other in doc.in_sentence(doc.actors, sentence):
        if other.kind != "state_force" or other.country_code is None:
            continue
        before = doc.text[max(sentence.span.start, other.span.start - 40) : other.span.start]
        if _JOINED_WITH.search(before) and (not countries or countries == {other.country_code}):
            return True
    return False


def _off_duty_target(doc: Document, actor1: ActorMention, actor2: ActorMention) -> bool:
    """ "raiders killed a constable who was off duty": he was hit as a civilian."""
    return any(
        actor.kind == "state_force" and is_off_duty(doc.text, actor.span.start, actor.span.end)
        for actor in (actor1, actor2)
    )
