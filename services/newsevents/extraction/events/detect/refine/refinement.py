"""Who acts and who is hit: the type of a generic violence word from its agent and target.

Generic violence words ("attacked", "killed", "clashed", "vandalised") take their type from who
acts and who is hit, as conflict monitors code them: armed or state forces hit = an armed
clash; a crowd or villagers acting = mob violence; demonstrators acting = a riot. Noun phrases
are read by pattern (protesters, crowd, armed, civilian: :mod:`..sides.parties`), the nearest to the
trigger first.
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ..sides.agents import agent_and_hit, clause_before
from ..sides.bystanders import (
    LOCATIVE,
    PLACE_NOUN,
    crowd_hit_before,
    place_not_hit,
    witness_before,
)
from ..sides.parties import (
    ARMED,
    PROTESTERS,
    ROLE,
    is_off_duty,
    kind_of,
    nearest_party,
    party_member,
)
from .arms import heavy_fire, small_arms_beside
from .communal_fights import CLAN_SIDES, POLICE, communal_battle
from .means import by_aircraft
from .protest_victims import HARMED, harm_to_demonstrators, lethal_dispersal

# A crowd acting over a grievance is a demonstration turned violent, not mob violence.
_DEMANDS = re.compile(
    r"\b(?:demand(?:ing|ed|s)?|to (?:protest|reject|denounce|demand|demonstrate)|in protest|"
    r"rioters|complain(?:ing|ed)|demonstrations?)\b",
    re.IGNORECASE,
)
# Demonstrations told as the background or the occasion of a crowd's violence, and demands that
# are no grievance, make no riot: "a crowd set fire to offices amid violence following
# anti-government demonstrations", "assaulted two members on their way to join a rally",
# "assaulted a trader, demanding money".
_BACKGROUND = re.compile(
    r"\b(?:(?:following|after|amid|in the wake of|ahead of|before|since|(?:for|while|when|after) "
    r"(?:joining|participating in|attending|taking part in)|(?:on (?:their|his|her|the) way|"
    r"going|heading) to(?: join| attend)?|to join)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:demonstrations?|protests?|rall(?:y|ies)|blockades?|movements?|hartals?|strikes?)|"
    r"demand(?:ing|ed|s)? (?:\w+ )?(?:money|ransom|extortion|bribes?|tolls?|a share))\b",
    re.IGNORECASE,
)


# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
# An "encounter" is a shoot-out with the forces in South Asian reports, never a brawl.
_FIREARM = re.compile(
    r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*|encounter\w*)\b", re.IGNORECASE
)
# A beating by police, guards or a militia is their attack on the one beaten, not mob violence;
# so is an armed group's petrol bomb or crude bomb ("militants threw a petrol bomb at a bus").
_BEATING = re.compile(r"beat|thrash", re.IGNORECASE)
_THROWN = re.compile(r"petrol|molotov|fire-?bomb|cocktail|crude", re.IGNORECASE)
# Sticks, stones and blades without firearms are the weapons of a brawl, not of a battle.
_CRUDE_WEAPONS = re.compile(
    r"\b(?:sticks|stones|machetes|axes|knives|clubs|rods|bows and arrows|sharp weapons|spears|"
    r"sickles|bricks)\b",
    re.IGNORECASE,
)
_ARSON = re.compile(r"torch|burn|fire|ablaze|alight|afire|arson", re.IGNORECASE)
_VEHICLES = re.compile(
    r"\b(?:bus(?:es)?|vehicles?|cars?|trucks?|lorr(?:y|ies)|motor(?:cycle|bike)s?|"
    r"(?:auto-?)?rickshaws?|pick-?ups?|vans?|minibus(?:es)?|matatus?|tractors?)\b",
    re.IGNORECASE,
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


# Who detonates a device safely: the forces or experts clearing it ("police detonated the
# device"); anyone else detonating a bomb uses it ("militants detonated a bomb near a base").
_CLEARING = re.compile(
    r"\b(?:police|army|soldiers|troops|security forces|sappers|bomb (?:squad|disposal)|"
    r"deminers|engineers|experts|specialists|authorities|safely|controlled)\b",
    re.IGNORECASE,
)


# Fire told as exchanged between two armed sides is a battle, whoever it hit: "a civilian was
# killed in firing between Indian and Pakistani troops", "in an exchange of fire by police and
# militants", "troops of the two countries targeted each other" (ACLED: a battle is fought
# between organised armed sides; the civilians are its toll).
_FIRE_BETWEEN = re.compile(
    r"\b(?:fir(?:e|ing)|gunfire|shoot-?outs?|shooting|fighting|clash(?:es)?|battles?|"
    r"exchanges?|cross-?fire|shelling|hostilities|skirmish(?:es)?|gun-?battles?|gun-?fights?|"
    r"encounters?)\s+(?:[\w-]+\s+){0,6}?(?:between|by)\s+(?P<a>[^,;:.()]{1,60}?)\s+and\s+"
    r"(?P<b>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
# The dead or hurt of a sentence, told before their word: "a dozen soldiers died as gunmen
# attacked the north" (the attack names no one hit after it: its dead are the hit).
# Only intransitive and passive forms: "a sniper wounded three children" names the agent, not
# the hurt.
_HURT = re.compile(
    r"\b(?:died|lost their lives|(?:was|were|been|being|got)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred))\b",
    re.IGNORECASE,
)


def two_armed_sides(sentence: str) -> bool:
    """Whether the sentence tells fire exchanged between two armed sides: "between" or "by" two
    parties both armed (the first may be an adjective sharing the second's noun: "Indian and
    Pakistani troops"), or armed men acting on "each other"."""
    for m in _FIRE_BETWEEN.finditer(sentence):
        first = nearest_party(m.group("a"), last=True)
        second = nearest_party(m.group("b"), last=False)
        if second is None or second[0] != "armed":
            continue
        # the first side armed, or an adjective sharing the second's noun ("Indian and ...")
        if (first is not None and first[0] == "armed") or (
            first is None and len(m.group("a").split()) <= 2
        ):
            return True
    each = _EACH_OTHER.search(sentence)
    return each is not None and kind_of(clause_before(sentence, each.start()), last=True) == "armed"


def _armed_dead(sentence: str) -> bool:
    """Whether the sentence names armed men, on duty, as its dead or hurt, right before the word
    telling it ("More than a dozen soldiers died")."""
    for m in _HURT.finditer(sentence):
        before = clause_before(sentence, m.start())[-50:]
        offset = m.start() - len(before)
        party = nearest_party(before, last=True)
        if (
            party is not None
            and party[0] == "armed"
            and not is_off_duty(sentence, offset + party[1].start(), offset + party[1].end())
        ):
            return True
    return False


# An abduction whose victims are killed in the telling of it is an attack (ACLED codes the
# graver act): "gunmen abducted and killed a civilian", "was kidnapped and later tortured to
# death", "abducts and kills three civilians".
_KILLED_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(?:and|then|before)\s+(?:(?:later|subsequently|then|were|was|brutally)\s+)*"
    r"(?:killed|kills?|murdered|murders?|beheaded|beheads?|executed|executes?|shot dead|"
    r"tortured to death|hacked to death|strangled)\b",
    re.IGNORECASE,
)


# Heavy fire told as going both ways is an exchange between two armed sides, a battle, not the
# one-sided shelling of a target: "some 60 shells fired in both directions of the front
# line", "mortar rounds fired from both sides of the line". Both sides of anything else are
# sides of a place, not of a fight: "shelled the town from both sides of the river".
_BOTH_WAYS = re.compile(
    r"\b(?:in both directions|(?:from|by|on) both sides)\b(?!\s+of\s+(?:the\s+|a\s+)?+"
    r"(?!(?:front|frontline|front-line|line|lines|contact line|line of contact|LoC|LAC)\b)\w)",
    re.IGNORECASE,
)


# Ground held only for a while is a moment of the attack, not ground taken: "the raiders
# briefly seized the checkpoint", "fighters temporarily took over the barracks" (monitors code
# the assault, a battle with the post's guards; the seizure is no change of territory).
_HELD_FOR_A_WHILE: frozenset[EventTypeName] = frozenset(
    {"territory_taken", "territory_regained", "property_seized"}
)
_BRIEFLY = re.compile(
    r"\b(?:briefly|temporarily|momentarily)\s+(?:(?:had|have|has|been|also)\s+)?$", re.IGNORECASE
)
# Property held for a while is a moment of an attack only when it is a post of the forces
# ("briefly seized a police station", "the checkpoint"); goods or land an authority holds for
# a while stay a seizure ("police temporarily seized the traders' trucks").
_POST_HELD = re.compile(
    r"\s+(?:(?:control\s+)?(?:of|over)\s+)?(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:stations?|checkpoints?|check-posts?|posts?|outposts?|bases?|barracks|camps?|"
    r"headquarters|positions?|garrisons?|compounds?)\b",
    re.IGNORECASE,
)


def refine_type(event_type: EventTypeName, sentence: str, start: int, end: int) -> EventTypeName:
    """The event type of a generic violence trigger given its means, its agent and target."""
    if (
        event_type in _HELD_FOR_A_WHILE
        and _BRIEFLY.search(sentence, 0, start)
        and (event_type != "property_seized" or _POST_HELD.match(sentence, end))
    ):
        return "armed_clash"
    if by_aircraft(event_type, sentence, start, end):
        return "airstrike"  # aircraft did it, whoever was hit (ACLED: the means decides)
    if event_type == "protest_dispersed" and lethal_dispersal(sentence, start, end):
        return "protest_repressed"  # "dispersed the marchers with live rounds"
    if event_type == "abduction" and _KILLED_AFTER.match(sentence[end:]):
        return "attack_on_civilians"
    if (
        event_type == "weapons_disrupted"
        and sentence[start:end].lower().startswith("detonat")
        and not _CLEARING.search(clause_before(sentence, start))
    ):
        return "explosive_attack"
    if event_type == "armed_clash" and heavy_fire(sentence, start, end):
        event_type = "shelling"  # "bursts of fire involving heavy machine guns"
    # the phrase starts within 120 characters of the trigger; its noun may lie beyond them
    both_ways = _BOTH_WAYS.search(sentence, end)
    if (
        event_type in {"shelling", "explosive_attack"}
        and both_ways
        and both_ways.start() < end + 120
    ):
        return "armed_clash"
    if event_type in _MIXED_ARMS and small_arms_beside(sentence):
        # a grenade or a mortar told beside rifles is an arm of a ground fight: "used grenades
        # and automatic weapons on the station"; its hit decides, as for a generic attack
        return "attack_on_civilians" if hit_unarmed(sentence, start, end) else "armed_clash"
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
    if event_type not in _REFINED:
        return event_type
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    agent, hit, target, hit_words = agent_and_hit(sentence, start, end, before, after)
    if event_type in HARMED and (
        intervention := harm_to_demonstrators(sentence, start, end, agent, target)
    ):
        return intervention
    context = _BACKGROUND.sub(" ", sentence)
    if agent == "protesters" or (
        agent in {"crowd", "civilian"} and (PROTESTERS.search(context) or _DEMANDS.search(context))
    ):
        return "riot"
    if (
        event_type == "armed_clash"
        and (target is None or _BETWEEN_SIDES.match(sentence, end))
        and _NO_SIDE_BEFORE.search(before)
    ):
        # The fight told as the circumstance of a toll ("400 people were reported dead in
        # clashes"): the dead are its victims, no side of it, so it is no brawl of theirs; the
        # sides told after "between" decide ("killed in clashes between villagers" is a brawl,
        # "killed in clashes between the army and separatists" a battle), but the dead fought
        # a side told after "with" ("gunmen killed in fighting with a rival group").
        agent = None
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
        return "mob_violence" if mob or vehicles else event_type
    if (
        agent == "crowd"
        and not _FIREARM.search(sentence[start:end])
        and not CLAN_SIDES.search(sentence)  # "Kalenjin youths attacked ... ethnic violence"
    ):
        return "mob_violence"
    if event_type == "mob_violence":
        trigger = sentence[start:end]
        if agent == "armed" and (_BEATING.match(trigger) or _THROWN.search(trigger)):
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
        crowd = _crowd_against_police(sentence, end, before)
        if crowd is not None and not _FIREARM.search(sentence[start:end]):
            return "riot" if crowd == "protesters" else "mob_violence"
        return "mob_violence" if unarmed and (agent or target or brawl) else event_type
    if target == "armed" and agent != "civilian":
        return "armed_clash"
    if event_type == "attack_on_civilians" and (
        two_armed_sides(sentence) or (agent == "armed" and target is None and _armed_dead(sentence))
    ):
        return "armed_clash"
    return event_type


# The police told as one side of a fight and people who bear no arms as the other, the police
# named first: "a clash took place between police and party activists", "police clashed with
# farmers" (the crowd named first is read above by its agent).
_BETWEEN_SIDES = re.compile(
    r"\s+(?:(?:took place|broke out|erupted|ensued|occurred)\s+)?between\s+(?:the\s+)?"
    r"(?P<first>[^,;:.()]{1,40}?)\s+and\s+(?P<other>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
_WITH_SIDE = re.compile(r"\s+(?:with|against)\s+(?P<other>[^,;:.()]{1,60})", re.IGNORECASE)
_ARMED_OTHER = re.compile(r"(?:[\w-]+\s+){0,3}?(?:armed|gun-?wielding)\b", re.IGNORECASE)
_THE_POLICE = re.compile(rf"(?:the\s+|riot\s+|local\s+)*(?:{POLICE.pattern})", re.IGNORECASE)


def _crowd_against_police(sentence: str, end: int, before: str) -> str | None:
    """The kind of the unarmed side (crowd, civilian or protesters) of a fight told after its
    word as fought by the police: "between police and party activists", "Police clashed with
    farmers"; None when the first side is no police or the nearest other side is armed."""
    between = _BETWEEN_SIDES.match(sentence, end)
    if between is not None:
        first, other = between.group("first"), between.group("other")
    else:
        with_side = _WITH_SIDE.match(sentence, end)
        agent = nearest_party(before, last=True)
        if with_side is None or agent is None:
            return None
        first, other = agent[1].group(), with_side.group("other")
    if not _THE_POLICE.fullmatch(first.strip()) or _ARMED_OTHER.match(other):
        return None
    side = nearest_party(other, last=False)
    if side is None and party_member(other):
        return "crowd"  # "police clashed with KANU members"
    return side[0] if side is not None and side[0] in {"crowd", "civilian", "protesters"} else None


def hit_unarmed(sentence: str, start: int, end: int) -> bool:
    """Whether the words name the one hit by the trigger at ``sentence[start:end]`` as unarmed
    people (civilians or a crowd: "militants shot dead a driver", "a militia killed five
    herders"), whatever group the actors stage reads in them: an armed group killing people it
    names as unarmed attacks civilians, it fights no battle."""
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    _, hit, target, hit_words = agent_and_hit(sentence, start, end, before, after)
    if target not in {"civilian", "crowd"} or hit is None or ROLE.fullmatch(hit[1].group()):
        return False  # a role says nothing of arms: "a suspected al Shabaab member"
    if hit_words is before:
        # the whole list of the hit, not its last item: "3 policemen, and 1 civilian were killed"
        hit_words = re.split(r"[;:]", sentence[:start])[-1]
        offset = start - len(hit_words)
    elif PLACE_NOUN.fullmatch(hit[1].group()) and LOCATIVE.search(hit_words[: hit[1].start()]):
        return False  # where, not whom: "during another attack in the village"
    else:
        offset = sentence.find(hit_words, end)
    # Armed men among the hit make no unarmed hit, but members of the forces off duty are hit
    # as civilians ("a former soldier was killed", "the house of a former militia commander").
    return not any(
        not is_off_duty(sentence, offset + m.start(), offset + m.end())
        for m in ARMED.finditer(hit_words)
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
