"""The merging stage: drafts of one occurrence told in several sentences become one event.

Each pass is ``pass(doc, drafts) -> drafts`` over one article's drafts (news and background
apart, :mod:`..stages`); they run in the order of ``MERGING_PASSES``. The passes live in five
subpackages by what they decide: ``incidents`` (which drafts tell one incident, and its type),
``crowds`` (demonstrations and what was done to them), ``outcomes`` (tolls, consequences,
counted acts, suicide bombings), ``places`` (where each event is) and ``parties`` (who took
part). A subpackage imports only those listed before it (incidents, crowds, outcomes, places,
parties) and the shared modules of ``events``;
``folding`` holds the fold-into-earlier loop several passes share.
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import Document
from ..draft import EventDraft
from .crowds.crowd_clashes import fold_crowd_clashes
from .crowds.demonstrations import combine_demonstrations, fold_named_demonstrations
from .crowds.repression import deaths_at_the_demonstrations
from .crowds.told_violence import riot_told_in_demonstration
from .crowds.town_demonstrations import fold_town_demonstrations
from .incidents.aboutness import fold_same_victims
from .incidents.acts import fold_incident_acts, fold_summaries
from .incidents.kinds.retyped.killed_captives import killed_captives
from .incidents.kinds.retyped.means_told_after import means_told_after
from .incidents.kinds.retyped.strike_tolls import tolls_of_the_strikes
from .incidents.kinds.told_after.arrest_followups import fold_arrest_followups
from .incidents.kinds.told_after.captives_retold import fold_retold_abductions
from .incidents.kinds.told_after.capture_fights import fold_capture_fights
from .incidents.kinds.told_after.gunshot_wounds import fold_gunshot_wounds
from .incidents.kinds.told_after.seized_places import fold_seized_places
from .incidents.kinds.weapons.aircraft_missiles import fold_aircraft_missiles
from .incidents.kinds.weapons.ambush_blasts import fold_ambush_blasts
from .incidents.kinds.weapons.chemical_shells import fold_chemical_shells
from .incidents.kinds.weapons.strike_blasts import fold_strike_blasts
from .incidents.kinds.weapons.strike_munitions import fold_strike_munitions
from .incidents.occurrences import merge_occurrences
from .incidents.repeats import fold_elaborations, merge_repeats
from .incidents.retold.fold import fold_retold
from .incidents.same_act import fold_same_acts
from .incidents.story.fold import fold_into_lead, place_lead_from_retelling
from .outcomes.bombers import name_suicide_bombings
from .outcomes.consequences import fold_consequences
from .outcomes.counted import merge_counted_acts_apart
from .outcomes.tolls import attach_casualties
from .parties.attackers.air_force import grounded_groups, one_air_force
from .parties.attackers.headline_attacker import name_headline_attackers
from .parties.attackers.initiators import initiators_first
from .parties.attackers.named_attackers import name_generic_attackers
from .parties.attackers.paragraph_group import paragraph_group
from .parties.attackers.sibling_agent import carry_sibling_agents
from .parties.targets.blast_targets import forces_are_blast_targets
from .parties.targets.bulletin_foe import name_bulletin_foe, rebels_by_default
from .parties.targets.civilian_victims import presume_civilian_victims
from .parties.targets.forces_among_dead import forces_among_the_dead
from .parties.targets.forces_hit import forces_told_hit
from .parties.targets.fought_back import fought_back
from .parties.targets.gang_victims import victims_of_gangs
from .parties.targets.other_side import forces_fought, name_generic_hit
from .parties.targets.struck_sites import armed_sites_struck
from .places.capital import place_at_the_capital
from .places.elaborated_places import (
    place_from_elaborations,
    place_from_followups,
    place_from_sentence_mates,
    place_unplaced,
)
from .places.localities.placing.bare_places import place_at_bare_names
from .places.localities.placing.listed_namesakes import place_listed_namesakes
from .places.localities.placing.unknown_places import place_at_localities
from .places.localities.reading.fronted import place_headed_namesakes
from .places.per_place.city_headlines import drop_headline_cities
from .places.per_place.counted_places import split_counted_places
from .places.per_place.listed_places import split_listed_places
from .places.per_place.nested_places import fold_nested_places
from .places.per_place.told_provinces import split_told_provinces
from .places.retold_site import place_at_retold_site

MergingPass = Callable[[Document, list[EventDraft]], list[EventDraft]]
MERGING_PASSES: tuple[MergingPass, ...] = (
    # A demonstration and what happened to it (dispersed, turned violent, fired on) are one.
    combine_demonstrations,
    # The missile an aircraft fired ("a drone fired two missiles at a car") is its air strike.
    fold_aircraft_missiles,
    # Events of one type that continue or repeat one another ("They ...", a caption) are one.
    merge_repeats,
    # The demonstration a sentence names after what forces did to it is that outcome's event.
    fold_named_demonstrations,
    # Violence a paragraph goes on to describe is the act it opened with.
    fold_elaborations,
    # Every retelling of one incident (headline, lead, "the raids", toll updates) is one event.
    merge_occurrences,
    # The violence an article goes on to tell is its lead's incident, unless told as another.
    fold_into_lead,
    # What an attack did (burning, looting, seizing weapons, the flight it caused) is the attack.
    fold_consequences,
    # The acts an incident is told in (a bombing and the gunmen after it) are one event.
    fold_incident_acts,
    # An ambush sprung with a planted device ("an IED went off") is that bombing.
    fold_ambush_blasts,
    # Gunshots told as a wound's cause or a sound ("died of gunshot wounds", "on hearing
    # gunshots") are the violent incident told before them.
    fold_gunshot_wounds,
    # A place told seized ("seized a village", "seized control of the city") is the capture
    # of it the article tells.
    fold_seized_places,
    # A battle word in a capture's own sentence ("capturing the town ... in the latest stage of
    # an offensive", "regained the hill, inflicting heavy losses") is the fight it was won in.
    fold_capture_fights,
    # An explosion told after a strike or a shelling ("explosions rocked the city") is its blast.
    fold_strike_blasts,
    # A bare rocket told after an air strike that its sentence names back ("One rocket hit the
    # school ... because of the raids") is what the aircraft fired.
    fold_strike_munitions,
    # An arrest told after an incident with no one doing it ("eight suspects had been
    # detained", "those arrested") is that incident's outcome.
    fold_arrest_followups,
    # "The attack happened in Huyum" after an attack in its province places it in Huyum.
    place_from_elaborations,
    # A namesake abroad in a roundup's item headed by its province is a village of that province.
    place_headed_namesakes,
    # A violent act on listed towns ("on Dael, Ebtaa and Tal al-Samn") is one event per town.
    split_listed_places,
    # A town abroad an air strike lists with towns of the article's country is a village there.
    place_listed_namesakes,
    # An act counted at several places ("in two villages") and the places listed after the
    # count ("Dunka and Marwa") is one event per place.
    split_counted_places,
    # A violent act on localities the gazetteer lacks is one event at each, in the place around.
    place_at_localities,
    # An air strike told at provinces beside its other places ("in the province of Idlib, in
    # Hama province and in the city of Latakia") is one event per province.
    split_told_provinces,
    # An act kept apart at a village its sentence names bare ("Clashes also erupted near
    # Latamneh") is there, not at the town it carried over from the sentence before.
    place_at_bare_names,
    # A sentence with no act of its own after a violent event places it at the finer place.
    place_from_followups,
    # "A military base" in the lead, "the X base" later: the site retold by name places the act.
    place_at_retold_site,
    # A violent act whose sentences name none of its places is where an act of its sentence is.
    place_from_sentence_mates,
    # An unplaced event takes the places of such a sentence after it in its paragraph.
    place_unplaced,
    # A lead told at a country, region or province takes the town a later retelling names.
    place_lead_from_retelling,
    # An event at its country told "in the capital" is at the country's capital.
    place_at_the_capital,
    # A roundup's summary at a country or province is the incident told at a town inside it.
    fold_summaries,
    # An act told in a sentence an incident is already told in is that incident, if it fits.
    fold_retold,
    # An abduction told again further on ("the bandits abducted some passengers last night")
    # is the abduction the article told first, unless told as another.
    fold_retold_abductions,
    # Again, now that retellings are merged: the missile an aircraft fired, told in a sentence
    # the air strike took in from a later retelling ("an Israeli aircraft fired a missile").
    fold_aircraft_missiles,
    # A toll belongs to the violent act that caused it, once.
    attach_casualties,
    # A state's force or an armed group the event's sentences tell hit is the side hit.
    forces_told_hit,
    # Armed men on duty a later sentence counts among an attack's dead make it a battle.
    forces_among_the_dead,
    # A killing whose victim is told as a drug trafficker or a gang's member is a clash.
    victims_of_gangs,
    # A toll told bare ("three people were killed in A") after a lead of air strikes or
    # shelling, its sentence naming no one who killed, is more dead of those strikes.
    tolls_of_the_strikes,
    # A toll told in generic words whose next sentences tell the shells or the aircraft that
    # killed is that shelling or air strike.
    means_told_after,
    # The people a strike or bombing hit, when no fighter is named, are civilians.
    presume_civilian_victims,
    # The armed side whose stronghold, positions or hideouts a strike or shelling was aimed at
    # is the side it hit, civilians told among its dead or not.
    armed_sites_struck,
    # A state's forces a bomb or grenade is told among are its target, not its bomber (unless
    # told setting it off or firing).
    forces_are_blast_targets,
    # "The terrorists" are the one armed group the event's sentences name.
    name_generic_attackers,
    # A bulletin's quarters shelled by "the terrorists" are by the group their city's
    # paragraph opens on.
    paragraph_group,
    # An armed group with no aircraft is struck from the air, not the striker.
    grounded_groups,
    # An air strike told with no agent is by the one state force the article's others are by.
    one_air_force,
    # An act of armed violence still told with no named agent is by the group the headline
    # names as the author of its incident ("X kills five soldiers").
    name_headline_attackers,
    # An act of armed violence still told with no agent is by the one armed agent the
    # article's other news acts of its kind name ("the shelling conducted by ...").
    carry_sibling_agents,
    # An attack whose targets fight back ("returned fire", "repelled") is an armed clash.
    fought_back,
    # An abduction whose occurrence tells a killing ("killed a man and kidnapped his wife") or
    # counts dead is an attack (an armed clash when the killing was a fight with armed men).
    killed_captives,
    # A non-state group's battle with no armed opponent told is with the forces its sentence names.
    forces_fought,
    # State forces' generic armed enemy ("militants") is the one armed group the event names.
    name_generic_hit,
    # A battle of forces with an armed group its sentences tell attacking them is the group's.
    initiators_first,
    # State forces' fight, shelling or air strike on "terrorists" is on the group the act's own
    # sentence names.
    name_bulletin_foe,
    # A violent act told at a country, province or town is the one act of its type inside it.
    fold_nested_places,
    # A headline's act over several cities is the acts the body tells inside each city.
    drop_headline_cities,
    # Mentions that share their toll, or their target and victims, told at one place on one
    # day by the same attackers, are one incident.
    fold_same_victims,
    # Mentions whose acts agree on every slot both name and share a toll told twice or a named
    # target are one incident (a roundup's items each name their own place and toll).
    fold_same_acts,
    # The shells that carried a chemical attack ("shells filled with a toxic gas") are it.
    fold_chemical_shells,
    # A bombing whose sentences (or headline) tell a bomber who died setting it off is a
    # suicide bombing, once its mentions are one event.
    name_suicide_bombings,
    # The readings of a demonstration told apart (dispersed, a riot, the march) at one town on
    # one day are one demonstration.
    fold_town_demonstrations,
    # Clashes with no named armed side told at a demonstration's town and day ("a clash between
    # party activists and police") are that demonstration; a bare protest that came to clashes
    # is a riot.
    fold_crowd_clashes,
    # Generic killings by the forces in a repressed demonstration's story are that repression.
    deaths_at_the_demonstrations,
    # A demonstration whose sentences tell its crowd's violence (offices burnt, vehicles
    # attacked) is a violent demonstration, whatever the forces did to it.
    riot_told_in_demonstration,
    # A battle of state forces told with no opponent is with the article's generic opposition.
    rebels_by_default,
)


def merge_drafts(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts after every merging pass, in order; the acts a counting summary stands for
    are merged apart from the rest and from one another (:mod:`.outcomes.counted`)."""

    def merge(group: list[EventDraft]) -> list[EventDraft]:
        for merging_pass in MERGING_PASSES:
            group = merging_pass(doc, group)
        return group

    return merge_counted_acts_apart(doc, drafts, merge)
