"""The type of a trigger refined by how its act is told (:func:`refine_type`).

What the act's own words decide comes before the sides (:mod:`.told_acts`); a generic violence
word then takes its type from who acts and who is hit (:mod:`.sides_of_act`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ....ontology import EventTypeName
from ..sides.agents import clause_before
from ..sides.parties import kind_of
from .captives import forces_taken, killed_after_seizure, people_seized, seized_by_forces
from .crowds.dispersed_rioters import dispersed_rioters
from .crowds.entries import stormed_to_protest
from .crowds.gatherings_hit import mob_disrupts, rioters_hit_people, stones_at_a_gathering
from .crowds.protest_victims import lethal_dispersal, rally_disrupted_by_crowd
from .fights.communal_fights import communal_battle, livestock_raid
from .fights.fight_sides import hit_unarmed
from .means.afar import fire_on_a_town
from .means.arms import fire_on_quarters, guns_fired_at_forces, heavy_fire, small_arms_beside
from .means.fire_support import (
    fire_during_a_fight,
    fire_in_support,
    targeted_at_listed_places,
    targeted_under_cover,
)
from .means.materiel import materiel_destroyed
from .means.means import by_aircraft
from .means.property_hit import property_attacked
from .sides_of_act import type_by_sides
from .told_acts import (
    detonated_in_use,
    fire_of_a_fight,
    fired_both_ways,
    held_briefly,
    killed_after,
)

# Heavy weapons that small arms told beside them make the arms of a ground fight.
_MIXED_ARMS: frozenset[EventTypeName] = frozenset({"grenade", "shelling"})
# A fight with the force told with the force as its object ("engaged police in running
# battles") is a crowd's riot, but an armed group's battle: "militants engaged security forces
# in running battles".
_FOUGHT_THE_FORCE = re.compile(r"(?:engag|fought|fight)", re.IGNORECASE)
_REFINED: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"}
)


def refine_type(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    following: Callable[[], str] = lambda: "",
) -> EventTypeName:
    """The event type of a generic violence trigger given its means, its agent and target
    (``following``: the next sentence's text, read only by :func:`property_attacked`)."""
    if held_briefly(event_type, sentence, start, end):
        return "armed_clash"
    if by_aircraft(event_type, sentence, start, end):
        return "airstrike"  # aircraft did it, whoever was hit (ACLED: the means decides)
    if event_type == "protest_dispersed" and lethal_dispersal(sentence, start, end):
        return "protest_repressed"  # "dispersed the marchers with live rounds"
    if event_type in {"riot", "mob_violence", "attack_on_civilians"} and rioters_hit_people(
        sentence, start, end
    ):
        return "mob_violence"  # "rioters attacked and injured two farm guards"
    if event_type == "protest_dispersed" and rally_disrupted_by_crowd(sentence, start, end):
        # "rowdy youths disrupted the governor's rally": the crowd's act, a mob's unless they
        # are told protesting
        return "mob_violence" if mob_disrupts(sentence, start) else "riot"
    if event_type == "protest_dispersed" and dispersed_rioters(sentence, start, end):
        # "police dispersed youths who had blocked the road with stones"; stones thrown at a
        # convoy or a rally are a mob's
        return "mob_violence" if stones_at_a_gathering(sentence) else "riot"
    if event_type == "property_destroyed" and (outcome := materiel_destroyed(sentence, start, end)):
        return outcome  # "an army unit destroyed an armoured vehicle of the terrorists"
    if event_type == "property_seized" and livestock_raid(sentence, start, end):
        return "attack_on_civilians"  # "raiders stole 3,000 cattle": the herders attacked
    if event_type == "abduction" and killed_after(sentence, end):
        return "attack_on_civilians"
    if event_type == "property_seized" and people_seized(sentence, start, end):
        # "gunmen seized two farmers": people, not goods (killed in its telling: an attack;
        # taken by the state's forces: an arrest)
        if killed_after_seizure(sentence, end):
            return "attack_on_civilians"
        return "arrest" if seized_by_forces(sentence, start, end) else "abduction"
    if event_type == "abduction" and forces_taken(sentence, start, end):
        return "armed_clash"  # "gunmen abducted a police officer": the forces on duty
    if event_type == "weapons_disrupted" and detonated_in_use(sentence, start, end):
        return "explosive_attack"
    if event_type == "armed_clash" and heavy_fire(sentence, start, end):
        event_type = "shelling"  # "bursts of fire involving heavy machine guns"
    if event_type in {"shelling", "explosive_attack"} and (
        fired_both_ways(sentence, end) or fire_of_a_fight(sentence, start, end)
    ):
        return "armed_clash"
    if event_type == "shelling" and (
        fire_in_support(sentence, start, end)
        or fire_during_a_fight(sentence, start, end)
        or targeted_under_cover(sentence, start, end)
        or targeted_at_listed_places(sentence, start, end)
    ):
        return "armed_clash"  # "units backed by artillery engaged the terrorists in A and B"
    if event_type == "shelling" and small_arms_beside(sentence) and fire_on_quarters(sentence):
        return event_type  # "rocket shells and sniper fire on residential neighborhoods"
    if event_type in _MIXED_ARMS and small_arms_beside(sentence):
        # a grenade or a mortar told beside rifles is an arm of a ground fight: "used grenades
        # and automatic weapons on the station"; its hit decides, as for a generic attack
        return "attack_on_civilians" if hit_unarmed(sentence, start, end) else "armed_clash"
    if event_type == "grenade" and guns_fired_at_forces(sentence):
        return "armed_clash"  # "opening fire at the checkpost and hurling a hand grenade"
    if event_type == "attack_on_civilians" and fire_on_a_town(sentence, start, end):
        return "shelling"  # "regime forces targeted the town of X, killing three civilians"
    if (
        event_type == "riot"
        and _FOUGHT_THE_FORCE.match(sentence, start) is not None
        and kind_of(clause_before(sentence, start), last=True) == "armed"
    ):
        return "armed_clash"  # "militants engaged security forces in running battles"
    if event_type in {"armed_clash", "mob_violence"} and communal_battle(
        sentence[start:end], sentence
    ):
        return "armed_clash"
    if event_type == "riot" and stormed_to_protest(sentence, start, end):
        return "protest"  # "protesters stormed the county offices demanding ..."
    if property_attacked(event_type, sentence, start, end, following):
        return "property_destroyed"  # "gunmen attacked the pipeline", no one hurt
    if event_type not in _REFINED:
        return event_type
    return type_by_sides(event_type, sentence, start, end)
