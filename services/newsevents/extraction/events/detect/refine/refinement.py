"""Who acts and who is hit: the type of a generic violence word from its agent and target.

Generic violence words ("attacked", "killed", "clashed", "vandalised") take their type from who
acts and who is hit, as conflict monitors code them: armed or state forces hit = an armed
clash; a crowd or villagers acting = mob violence; demonstrators acting = a riot. Noun phrases
are read by pattern (protesters, crowd, armed, civilian: :mod:`..sides.parties`), the nearest to the
trigger first. What the act's own words decide comes before the sides (:mod:`.told_acts`);
the sides of a fight and an unarmed hit are read in :mod:`.fights.fight_sides`, armed men told
as the dead in :mod:`.fights.armed_dead`, people told as a fight's dead in
:mod:`.fights.dead_not_sides`.
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ..sides.agents import agent_and_hit, clause_before
from ..sides.between import BETWEEN_SIDES
from ..sides.bystanders import crowd_hit_before, place_not_hit, witness_before
from ..sides.parties import ARMED, PROTESTERS, armed_group_named, kind_of
from .captives import forces_taken, killed_after_seizure, people_seized, seized_by_forces
from .crowds.dispersed_rioters import dispersed_rioters
from .crowds.entries import stormed_to_protest
from .crowds.gatherings_hit import mob_disrupts, rioters_hit_people, stones_at_a_gathering
from .crowds.protest_victims import (
    HARMED,
    harm_to_demonstrators,
    lethal_dispersal,
    rally_disrupted_by_crowd,
)
from .fights.armed_dead import armed_among_hurt, armed_dead
from .fights.assaults import band_assault
from .fights.communal_fights import (
    CLAN_SIDES,
    MOB_JUSTICE,
    POLICE,
    communal_agent,
    communal_battle,
    livestock_raid,
    mob_justice,
)
from .fights.dead_not_sides import armed_dead_fought, dead_of_the_fight, people_befallen
from .fights.fight_sides import (
    crowd_against_police,
    hit_side_fights_back,
    hit_unarmed,
    parties_between,
    two_armed_sides,
)
from .fights.held_places import fight_for_a_place
from .fights.witch_hunts import witch_hunt
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
from .told_acts import (
    detonated_in_use,
    fire_of_a_fight,
    fired_both_ways,
    held_briefly,
    is_execution,
    killed_after,
)

# A crowd acting over a grievance is a demonstration turned violent, not mob violence.
_DEMANDS = re.compile(
    r"\b(?:demand(?:ing|ed|s)?|to (?:protest|reject|denounce|demand|demonstrate)|in protest|"
    r"rioters|complain(?:ing|ed)|demonstrations?|"
    # a rampage, a strike or a walkout told with what it is over: "students went on rampage
    # over a fee", "strike over test grades, vandalise school property" (kenya61)
    r"(?:rampage|strike|walkout)[\"”]?\s+(?:[\w'’-]+\s+){0,4}?(?:over|against)\b)",
    re.IGNORECASE,
)
# Demonstrations told as the background or the occasion of a crowd's violence, and demands that
# are no grievance, make no riot: "a crowd set fire to offices amid violence following
# anti-government demonstrations", "assaulted two members on their way to join a rally",
# "assaulted a trader, demanding money".
_BACKGROUND = re.compile(
    r"\b(?:(?:following|after|amid|in the wake of|ahead of|before|since|returning from|"
    r"coming (?:back )?from|(?:for|while|when|after) (?:not )?"
    r"(?:joining|participating in|attending|taking part in|supporting)|"
    r"(?:on (?:their|his|her|the) way|going|heading) to(?: join| attend| participate in)?|"
    r"to join|(?:(?:trying|tried|attempt(?:ing|ed)) )?to (?:disrupt|foil|obstruct|thwart))"
    r"\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:demonstrations?|protests?|rall(?:y|ies)|blockades?|movements?|hartals?|strikes?|"
    r"marche?s?|processions?|programmes?)\b"
    # the background demonstration's own demand is its crowd's, not the one acting now:
    # "assaulted BNP members on their way to join a rally demanding the government's resignation"
    r"[^,;.()]*|"
    r"amid (?:[\w'’-]+ ){1,3}?demanding\b[^,;.()]*|"
    r"demand(?:ing|ed|s)? (?:\w+ )?(?:money|ransom|extortion|bribes?|tolls?|a share)\b)",
    re.IGNORECASE,
)


# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
# An "encounter" is a shoot-out with the forces in South Asian reports, never a brawl.
_FIREARM = re.compile(
    r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*|encounter\w*)\b", re.IGNORECASE
)
# A beating by police, guards or a militia is their attack on the one beaten, not mob violence;
# so is an armed group's petrol bomb or crude bomb ("militants threw a petrol bomb at a bus"),
# or its bombs thrown ("militants hurled bombs at a police post", forty-second round).
_BEATING = re.compile(r"beat|thrash", re.IGNORECASE)
_THROWN = re.compile(r"petrol|molotov|fire-?bomb|cocktail|crude|bomb|cracker", re.IGNORECASE)
# Sticks, stones and blades without firearms are the weapons of a brawl, not of a battle.
# (not a front's "axes": "clashes continued on the axes of A and B", "on several axes")
_CRUDE_WEAPONS = re.compile(
    r"\b(?:sticks|stones|machetes|(?<!the )(?<!several )(?<!all )(?<!multiple )axes(?! of\b)|"
    r"knives|clubs|rods|bows and arrows|sharp weapons|spears|sickles|bricks)\b",
    re.IGNORECASE,
)
_ARSON = re.compile(r"torch|burn|fire|ablaze|alight|afire|arson", re.IGNORECASE)
_VEHICLES = re.compile(
    r"\b(?:bus(?:es)?|vehicles?|cars?|trucks?|lorr(?:y|ies)|motor(?:cycle|bike)s?|"
    r"(?:auto-?)?rickshaws?|pick-?ups?|vans?|minibus(?:es)?|matatus?|tractors?)\b",
    re.IGNORECASE,
)
# Arsonists the report names only as assailants, miscreants or unidentified persons: a crowd's
# arson, whatever burns ("assailants torched the local party office", "unidentified persons set
# ablaze the houses of party leaders": Bangladesh's notes code it mob violence; "unknown
# arsonists" or "an unknown group" torching houses stay property destruction, as Kenya's do).
_UNNAMED_ASSAILANTS = re.compile(
    r"\b(?:assailants|miscreants|unidentified\s+(?:persons|people))\b[^.;:]{0,60}$", re.IGNORECASE
)
# A party's people as the only sides of a clash told with no side before it ("ten UDF and LDF
# members were injured in clashes", "clashes between the two parties' supporters"): a brawl of
# partisans, mob violence as monitors code it, not a battle; not when the sentence names an armed
# side, the forces or the police, or a people's or clan's fight (an armed clash of their
# militias).
_PARTISANS = re.compile(
    r"\b(?:supporters|activists|cadres|loyalists|party (?:workers|members)|factions?|"
    r"members of (?:the )?(?:[\w()'’-]+ ){0,4}?"
    r"(?-i:League|Dal|Shibir|Party|Congress|Front|Sena))\b",
    re.IGNORECASE,
)


def _partisan_clash(sentence: str) -> bool:
    return (
        _PARTISANS.search(sentence) is not None
        and ARMED.search(sentence) is None
        and CLAN_SIDES.search(sentence) is None
        and _FIREARM.search(sentence) is None
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


def refine_type(event_type: EventTypeName, sentence: str, start: int, end: int) -> EventTypeName:
    """The event type of a generic violence trigger given its means, its agent and target."""
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
    if event_type not in _REFINED:
        return event_type
    before = clause_before(sentence, start)
    after = _STEPPING_IN.sub("", re.split(r"[,;:.(]", sentence[end:])[0][:70])
    agent, hit, target, hit_words = agent_and_hit(sentence, start, end, before, after)
    if (
        event_type != "armed_clash"
        and agent is None
        and hit_words is not before
        and armed_group_named(sentence[:start])
    ):
        # "Jewish settlers torched 20 cars": a group the dictionary knows acts armed (its
        # brawl, "Imbonerakure and CNL clashed with machetes", stays read by its weapons)
        agent = "armed"
    if event_type in HARMED and (
        intervention := harm_to_demonstrators(sentence, start, end, agent, target)
    ):
        return intervention
    context = _BACKGROUND.sub(" ", sentence)
    if agent == "protesters" or (
        agent in {"crowd", "civilian"} and (PROTESTERS.search(context) or _DEMANDS.search(context))
    ):
        # ("residents stormed the offices demanding ...": a demonstration, violent if told so)
        return "protest" if stormed_to_protest(sentence, start, end) else "riot"
    grievance = PROTESTERS.search(context) or _DEMANDS.search(context)
    communal = (
        not grievance
        and not MOB_JUSTICE.search(sentence)
        and communal_agent(agent, before + sentence[start:end], after)
    )
    if communal:
        agent = "armed"  # "Kalenjin youths attacked a village": the people's militia
    if (
        event_type == "armed_clash"
        and (target is None or BETWEEN_SIDES.match(sentence, end))
        and _NO_SIDE_BEFORE.search(before)
    ):
        # The fight told as the circumstance of a toll ("400 people were reported dead in
        # clashes"): the dead are its victims, no side of it, so it is no brawl of theirs; the
        # sides told after "between" decide ("killed in clashes between villagers" is a brawl,
        # "killed in clashes between the army and separatists" a battle), but the dead fought
        # a side told after "with" ("gunmen killed in fighting with a rival group").
        agent = None
    if (
        event_type == "armed_clash"
        and target == "armed"
        and agent in {None, "civilian"}
        and armed_dead_fought(before)
    ):
        agent = "armed"  # "a militant was killed in a battle with the police": its other side
    if (
        event_type == "armed_clash"
        and agent == "civilian"
        and (target is None or BETWEEN_SIDES.match(sentence, end))
        and people_befallen(sentence, start, end, before)
    ):
        # The people told before the fight are its dead or fled, not its brawlers: "19 men died
        # on both sides in the clashes", "civilians fled when fighting broke out" (but "people
        # were injured in clashes with police" fought the police).
        agent = None
    if (
        event_type == "armed_clash"
        and target in {"civilian", "crowd"}
        and hit_words is after
        and dead_of_the_fight(sentence, end)
    ):
        target = None  # "fighting in the town killed 20 people": its dead, not its side
    if event_type == "armed_clash" and witness_before(before):
        # Who reports or hears the fight is no side of it: "residents reported fighting in
        # the town", "officials said heavy clashes continued" (the sides told after decide).
        agent = None
    if (
        event_type == "armed_clash"
        and target in {"civilian", "crowd"}
        and hit_words is after
        and place_not_hit(hit, after)
    ):
        # Where the fight is, not whom it hits: "clashes continued around the village".
        target = None
    if witch_hunt(event_type, sentence, start, end, agent):
        return "mob_violence"  # "a man was killed over witchcraft claims": a crowd's justice
    if event_type == "property_destroyed":
        # Vehicles burnt by a crowd or by people the report does not name are a crowd's act
        # (a riot's or a shutdown's arson: "assailants torched two buses", "a bus was set
        # ablaze"); armed groups burning homes stay property destruction.
        vehicles = (
            agent in {None, "civilian"}
            and _ARSON.search(sentence[start:end])
            and not ARMED.search(sentence)  # "militants ... burned the camp and vehicles"
            and _VEHICLES.search(before[-40:] + sentence[start:end] + after)
        )
        mob = agent == "crowd" and not crowd_hit_before(before)
        assailants = (
            _ARSON.search(sentence[start:end])
            and _UNNAMED_ASSAILANTS.search(before)
            and not ARMED.search(sentence)
        )
        return "mob_violence" if mob or vehicles or assailants else event_type
    if (
        event_type == "attack_on_civilians"
        and not _FIREARM.search(sentence[start:end])
        and mob_justice(sentence, agent)
    ):
        return "mob_violence"  # "boda boda riders beat to death a suspected thief"
    if (
        agent == "crowd"
        and not _FIREARM.search(sentence[start:end])
        and not CLAN_SIDES.search(sentence)  # "Kalenjin youths attacked ... ethnic violence"
    ):
        return "mob_violence"
    if (
        event_type == "attack_on_civilians"
        and agent in {None, "civilian"}
        and band_assault(sentence, start, end, before)
    ):
        return "mob_violence"  # "at least 10 assailants assaulted a journalist"
    if event_type == "mob_violence":
        trigger = sentence[start:end]
        if agent == "armed" and (communal or _BEATING.match(trigger) or _THROWN.search(trigger)):
            return "armed_clash" if target == "armed" else "attack_on_civilians"
        return event_type
    if event_type == "armed_clash":
        if "protesters" in (agent, target):
            return "riot"  # "clashes between protesters and the police"
        unarmed = {agent, target} <= {"crowd", "civilian", None}
        unarmed = unarmed and not _FIREARM.search(sentence[start:end])
        brawl = _CRUDE_WEAPONS.search(sentence) and not _FIREARM.search(sentence)
        # "activists clashed with the police": people against the police, no battle (also a
        # crowd in a sentence naming a people: "ethnic Uzbek villagers clashed with police")
        police = (
            agent in {"civilian", "crowd"}
            and target == "armed"
            and hit is not None
            and POLICE.fullmatch(hit[1].group())
        )
        if police and not _FIREARM.search(sentence[start:end]):
            return "mob_violence"
        crowd = crowd_against_police(sentence, end, before)
        if crowd is not None and not _FIREARM.search(sentence[start:end]):
            return "riot" if crowd == "protesters" else "mob_violence"
        if unarmed and (agent or target or brawl):
            return "mob_violence"
        if unarmed and (_partisan_clash(sentence) or parties_between(sentence, end)):
            # "ten activists of two parties were injured in a clash", "clashes between the
            # CPI(M) and the RSS"
            return "mob_violence"
        return event_type
    if event_type == "attack_on_civilians" and is_execution(sentence[start:end]):
        return event_type  # the beheaded or executed are captives, whoever they fought for
    if target == "armed" and agent != "civilian":
        return "armed_clash"
    if (
        event_type == "attack_on_civilians"
        and agent == "armed"
        and target in {None, "civilian"}
        and fight_for_a_place(sentence, end)
    ):
        return "armed_clash"  # "militants attacked the government-held town of Mhardeh"
    if event_type == "attack_on_civilians" and (
        two_armed_sides(sentence)
        or (agent == "armed" and target is None and armed_dead(sentence))
        or (agent in {"armed", None} and hit_side_fights_back(sentence, end))
    ):
        # (the hit fighting back: "bandits raided the village and residents took up arms")
        return "armed_clash"
    if (
        event_type == "attack_on_civilians"
        and agent in {None, "armed"}
        # counted people read as a crowd hit by armed men: "killing more than 50 people,
        # including soldiers and pro-government fighters" (type52)
        and (target in {None, "civilian"} or (target == "crowd" and agent == "armed"))
        and armed_among_hurt(sentence, end, listed=agent is None)
    ):
        # armed men on duty among the listed dead of an attack make it a battle with their
        # force, the civilians beside them its toll: "16 volunteers for the defense of the
        # homeland and two civilians were killed during an attack"
        return "armed_clash"
    return event_type


# A force told stepping in after the act is not the one it hit: "gunmen killed two villagers
# before police intervened", "... until soldiers arrived" (kenya61).
_STEPPING_IN = re.compile(
    r"\s+(?:before|until|till|when|as|and)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:(?:later|then|soon|eventually)\s+)?(?:interven(?:e|es|ed|ing)|arriv(?:e|es|ed|ing))\b.*",
    re.IGNORECASE,
)


# A toll told in a fight, right before its word: "400 people were reported dead in clashes",
# "two killed during fierce fighting". Not "in the clash": a fight told before, retold with its
# toll, keeps the type its first telling gave it (a demonstration's clash with the police).
_NO_SIDE_BEFORE = re.compile(
    r"\b(?:killed|dead|died|injured|wounded|hurt|casualties)\s+(?:in|during|amid(?:st)?)\s+"
    r"(?:(?:a|an|fresh|new|renewed|heavy|fierce|deadly|violent|armed|"
    r"ongoing|recent|latest|sporadic|intense|further)\s+){0,3}$",
    re.IGNORECASE,
)
