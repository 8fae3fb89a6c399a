"""Who acts and who is hit: the type of a generic violence word from its agent and target.

Generic violence words ("attacked", "killed", "clashed", "vandalised") take their type from who
acts and who is hit, as conflict monitors code them: armed or state forces hit = an armed
clash; a crowd or villagers acting = mob violence; demonstrators acting = a riot. Noun phrases
are read by pattern (protesters, crowd, armed, civilian: :mod:`.parties`), the nearest to the
trigger first.
"""

from __future__ import annotations

import re

from ...actors.communal import two_groups
from ...ontology import EventTypeName
from .parties import (
    ARMED,
    PROTESTERS,
    ROLE,
    armed_member,
    is_off_duty,
    kind_of,
    nearest_party,
)
from .protest_victims import HARMED, harm_to_demonstrators

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
PASSIVE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A trigger that ends in its own passive ("a fisherman's remains were dumped") is followed by
# its agent ("by bandits"), not its target. So does a noun the victims were hurt in: "four
# people were hurt during a shooting by masked gunmen".
_HURT_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_BY_AGENT = re.compile(
    r"\s*(?:(?:during|in|following|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|raids?|ambush(?:es)?|shootings?|assaults?)\s+|(?:[\w/-]+\s+){1,3}?)?"
    r"by\s+(?P<agent>[^,;:.(]*?)(?:\s+\b(?P<at>on|against|targeting|at)\b\s+(?P<target>.*))?$",
    re.IGNORECASE,
)


_PASSIVE_TRIGGER = re.compile(r"\b(?:was|were|been)\s+\w+$", re.IGNORECASE)
# A harm verb that takes an object, with none after it, is a passive without its auxiliary (the
# terse passive of headlines and notes): "two residents killed in attacks by armed raiders",
# "three people injured when ...", not "two residents killed a thief".
_TAKES_AN_OBJECT = re.compile(
    r"^(?:killed|injured|wounded|murdered|slain|hacked to death|shot dead|beheaded|lynched)$",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"^(?:\s*[,.;:()]|\s*$|\s+(?:in|at(?! least| most)|on|near|during|after|while|when|as|"
    r"inside|outside|along|by|following|overnight|yesterday|today|last|early|late|since)\b)",
    re.IGNORECASE,
)
# Fighting named as between clans or tribes is between their militias, whoever else is named.
_CLAN_FIGHT = re.compile(r"\b(?:inter-?|intra-?)?(?:clan|tribal)\b", re.IGNORECASE)
# So is fighting in a sentence that names clans, tribes, ethnic groups or herders as its sides:
# "three killed in an ethnic clash between two tribes", "two groups of herders clashed over
# pasture" (monitors code these communal militias in an armed clash; "two communities clashed"
# over a procession is left to the crowd words: mob violence).
_CLAN_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans?|clansmen|tribes?|tribal|tribesmen|ethnic|herders|pastoralists?|"
    r"inter-?communal|inter-?community|inter-?ethnic|inter-?clan|"
    r"cattle (?:raiders|rustlers))\b",
    re.IGNORECASE,
)
# Communities fighting each other over land, pasture, water or cattle, or two ethnic groups named
# as the sides, are their communal militias in an armed clash, not a brawl: "two communities
# clashed over grazing land", "clashes between the Borana and Gabra communities" (ACLED codes
# communal militias so; "two communities clashed" over a procession stays a crowd's brawl).
_RESOURCE_FEUD = re.compile(
    r"\bcommunities\b.*\b(?:over|about|for)\s+(?:[\w-]+\s+){0,5}?(?:land|pastures?|grazing|"
    r"water(?:ing)?|wells?|boundar(?:y|ies)|border|cattle|livestock|camels|goats)\b",
    re.IGNORECASE,
)
# The fight words of a brawl that may be a communal battle ("a fight between pastoralists and
# farmers", "communal clashes"), not a fist fight or a scuffle.
_FIGHT_WORD = re.compile(r"^(?!fist)(?:\w+ )*?(?:clash|fight|fought|battl)", re.IGNORECASE)


def communal_fight(sentence: str) -> bool:
    """Whether the sentence names communal sides of a fight: clans, tribes, ethnic groups,
    herders, two ethnic groups together, or communities feuding over land or water."""
    return bool(
        _CLAN_SIDES.search(sentence) or two_groups(sentence) or _RESOURCE_FEUD.search(sentence)
    )


# The police and security forces, whom unarmed people clash with as a crowd, not in a battle:
# "activists clashed with the police" (but "villagers clashed with bandits" may be a battle).
_POLICE = re.compile(
    r"\b(?:police(?:m[ae]n)?|cops|officers|security (?:forces|personnel)|law enforcers|"
    r"troopers|riot police)\b",
    re.IGNORECASE,
)
# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
# An "encounter" is a shoot-out with the forces in South Asian reports, never a brawl.
_FIREARM = re.compile(
    r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*|encounter\w*)\b", re.IGNORECASE
)
# A beating by police, guards or a militia is their attack on the one beaten, not mob violence;
# so is an armed group's petrol bomb or crude bomb ("militants hurled a petrol bomb at a truck").
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


def refine_type(event_type: EventTypeName, sentence: str, start: int, end: int) -> EventTypeName:
    """The event type of a generic violence trigger given its agent and target."""
    if event_type == "abduction" and _KILLED_AFTER.match(sentence[end:]):
        return "attack_on_civilians"
    if (
        event_type == "weapons_disrupted"
        and sentence[start:end].lower().startswith("detonat")
        and not _CLEARING.search(clause_before(sentence, start))
    ):
        return "explosive_attack"
    if event_type in {"armed_clash", "mob_violence"} and (
        _CLAN_FIGHT.match(sentence[start:end])
        or (_FIGHT_WORD.match(sentence[start:end]) and communal_fight(sentence))
    ):
        return "armed_clash"
    if event_type not in _REFINED:
        return event_type
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    agent, hit, target, _ = _agent_and_hit(sentence, start, end, before, after)
    if event_type in HARMED and (
        intervention := harm_to_demonstrators(sentence, start, end, agent, target)
    ):
        return intervention
    context = _BACKGROUND.sub(" ", sentence)
    if agent == "protesters" or (
        agent in {"crowd", "civilian"} and (PROTESTERS.search(context) or _DEMANDS.search(context))
    ):
        return "riot"
    if event_type == "armed_clash" and target is None and _NO_SIDE_BEFORE.search(before):
        # The fight told as the circumstance of a toll ("400 people were reported dead in
        # clashes"): the dead are its victims, no side of it, so it is no brawl of theirs; a
        # side told after it still counts ("killed in clashes between villagers").
        agent = None
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
        return "mob_violence" if agent == "crowd" or vehicles else event_type
    if (
        agent == "crowd"
        and not _FIREARM.search(sentence[start:end])
        and not _CLAN_SIDES.search(sentence)  # "Kalenjin youths attacked ... ethnic violence"
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
        # "activists clashed with the police": people against the police, no battle
        police = (
            agent == "civilian"
            and target == "armed"
            and hit is not None
            and _POLICE.fullmatch(hit[1].group())
        )
        if police and not _FIREARM.search(sentence[start:end]):
            return "mob_violence"
        return "mob_violence" if unarmed and (agent or target or brawl) else event_type
    if target == "armed" and agent != "civilian":
        return "armed_clash"
    if event_type == "attack_on_civilians" and (
        two_armed_sides(sentence) or (agent == "armed" and target is None and _armed_dead(sentence))
    ):
        return "armed_clash"
    return event_type


def hit_unarmed(sentence: str, start: int, end: int) -> bool:
    """Whether the words name the one hit by the trigger at ``sentence[start:end]`` as unarmed
    people (civilians or a crowd: "militants shot dead a driver", "a militia killed five
    herders"), whatever group the actors stage reads in them: an armed group killing people it
    names as unarmed attacks civilians, it fights no battle."""
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    _, hit, target, hit_words = _agent_and_hit(sentence, start, end, before, after)
    if target not in {"civilian", "crowd"} or hit is None or ROLE.fullmatch(hit[1].group()):
        return False  # a role says nothing of arms: "a suspected al Shabaab member"
    if hit_words is before:
        # the whole list of the hit, not its last item: "3 policemen, and 1 civilian were killed"
        hit_words = re.split(r"[;:]", sentence[:start])[-1]
        offset = start - len(hit_words)
    elif _PLACE_NOUN.fullmatch(hit[1].group()) and _LOCATIVE.search(hit_words[: hit[1].start()]):
        return False  # where, not whom: "during another attack in the village"
    else:
        offset = sentence.find(hit_words, end)
    # Armed men among the hit make no unarmed hit, but members of the forces off duty are hit
    # as civilians ("a former soldier was killed", "the home of a former Taliban leader").
    return not any(
        not is_off_duty(sentence, offset + m.start(), offset + m.end())
        for m in ARMED.finditer(hit_words)
    )


_PLACE_NOUN = re.compile(r"village|market|homes?|houses?", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|near|inside|outside|around)\b", re.IGNORECASE)


# A toll told in a fight, right before its word: "400 people were reported dead in clashes",
# "two killed during fierce fighting". Not "in the clash": a fight told before, retold with its
# toll, keeps the type its first telling gave it (a demonstration's clash with the police).
_NO_SIDE_BEFORE = re.compile(
    r"\b(?:killed|dead|died|injured|wounded|hurt|casualties)\s+(?:in|during|amid(?:st)?)\s+"
    r"(?:(?:a|an|fresh|new|renewed|heavy|fierce|deadly|violent|armed|"
    r"ongoing|recent|latest|sporadic|intense|further)\s+){0,3}$",
    re.IGNORECASE,
)


# An attack noun and the toll told right before it: "killed dozens of militants during an
# ambush", "were wounded in the attack" (the nouns only: a toll "in clashes" names no side).
_ATTACK_NOUN = re.compile(r"ambush(?:es)?|attacks?|raids?|assaults?", re.IGNORECASE)
_TOLL_IN = re.compile(
    r"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring|died|murdered|slain|"
    r"shot dead)\b(?P<object>[^,;:.()]{0,60}?)\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# A verb joined to an earlier one by "and", its object a pronoun: the earlier verb (a past
# tense) and its object words, up to the "and".
_JOINED_VERB = re.compile(
    r"\b(?:[a-z]+ed|caught|took|held|drove|shot|seized|grabbed)\s+"
    r"(?P<object>(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){1,6}?)and\s+(?:then\s+|later\s+)?$"
)
_PRONOUN_HIT = re.compile(r"\s+(?:them|him|her|it)\b", re.IGNORECASE)
_AFTER_ITS_ACT = re.compile(r"\b(?:before|after|then)\s+$", re.IGNORECASE)
_FIRST_VERB = re.compile(r"\b(?:[a-z]+ed|caught|took|held|drove|shot|seized|grabbed)\b")


def _agent_and_hit(
    sentence: str, start: int, end: int, before: str, after: str
) -> tuple[str | None, tuple[str, re.Match[str]] | None, str | None, str]:
    """Who acts and who is hit by the trigger at ``sentence[start:end]``, given the clause
    ``before`` it and the phrase ``after`` it: the agent's kind, the hit party (its kind and
    the words naming it), the target's kind (an off-duty member of the forces is a civilian)
    and the words the hit was read in."""
    if (
        PASSIVE.search(before)
        or _PASSIVE_TRIGGER.search(sentence[start:end])
        or (_TAKES_AN_OBJECT.match(sentence[start:end]) and _NO_OBJECT.match(sentence[end:]))
        or (_HURT_IN.search(before) and re.search(r"\bby\b", after))
    ):
        hit = nearest_party(before, last=True)
        hit_offset = start - len(before)
        hit_words = before
        by = re.match(r"\s*(?:[\w-]+\s+){0,5}?by\s+(?P<agent>.*)", after)
        agent = kind_of(by.group("agent"), last=False) if by else None
    elif (by_agent := _BY_AGENT.match(after)) and kind_of(by_agent.group("agent"), last=False):
        # A noun or a bare participle followed by its agent: "10 killed during an attack by
        # cattle rustlers", "a raid by bandits", "officer shot dead by gunmen" (the terse passive
        # of notes): the "by" phrase acts; the target after it ("an attack by gunmen on a
        # police post"), else the victims told before, are hit.
        agent = kind_of(by_agent.group("agent"), last=False)
        hit_words = by_agent.group("target") or ""
        hit = nearest_party(hit_words, last=False)
        hit_offset = end + by_agent.start("target") if hit else 0
        if hit is None:
            hit = nearest_party(before, last=True)
            hit_offset = start - len(before)
            hit_words = before
    elif _ATTACK_NOUN.fullmatch(sentence[start:end]) and (told := _TOLL_IN.search(before)):
        # An attack named as the occasion of a toll told before it: "an army unit killed dozens
        # of militants during an ambush", "three fighters were killed in an ambush". Those
        # killed are hit; whoever killed them, told before the harm verb, acts.
        before_verb = before[: told.start("verb")]
        if told.group("object").strip() and not PASSIVE.search(before_verb):
            agent = kind_of(before_verb, last=True)
            hit_words = told.group("object")
            hit = nearest_party(hit_words, last=False)
            hit_offset = start - len(before) + told.start("object")
        else:
            agent = None
            hit_words = before_verb
            hit = nearest_party(before_verb, last=True)
            hit_offset = start - len(before)
    elif (joined := _JOINED_VERB.search(before)) and _PRONOUN_HIT.match(sentence[end:]):
        # A second verb on the first one's object: "the attackers seized seven people and
        # beheaded them", "police arrested two youths and beat them". The first verb's
        # subject acts; its object, retold by the pronoun, is hit.
        agent = kind_of(before[: joined.start()], last=True)
        hit_words = joined.group("object")
        hit = nearest_party(hit_words, last=False)
        hit_offset = start - len(before) + joined.start("object")
    else:
        shared = _participle_subject(sentence, start, before)
        agent = shared or kind_of(before, last=True)
        if (
            shared is None
            and _AFTER_ITS_ACT.search(before)
            and sentence[start:end].split()[0].lower().endswith("ing")
        ):
            # A participle told after the subject's first act shares its subject: "the
            # attackers seized seven people ... before setting fire to the village".
            verb = _FIRST_VERB.search(before)
            agent = kind_of(before[: verb.start()], last=True) if verb else agent
        hit = nearest_party(after, last=False)
        hit_offset = end
        hit_words = after
    target = hit[0] if hit else None
    if (
        hit is not None
        and target == "armed"
        and is_off_duty(sentence, hit_offset + hit[1].start(), hit_offset + hit[1].end())
    ):
        target = "civilian"
    elif (
        target in {None, "civilian"}
        and (hit is None or ROLE.fullmatch(hit[1].group()))
        and armed_member(hit_words)
    ):
        # Members of an armed group the dictionary knows are hit as armed men, whatever noun
        # names them: "police shot dead three suspected Mungiki members".
        target = "armed"
    return agent, hit, target, hit_words


# A participle clause after a comma shares its subject with the clause it hangs on: "Suspected
# militants attacked the village, shooting at people and burning houses" (the militants shoot
# and burn; "people" is hit, it does not act). Not a preposition or a noun in -ing ("including",
# "during", "the morning").
_PARTICIPLE = re.compile(r",\s+(?P<word>[a-z]+ing)\b[^,;:]*$")
_OWN_PARTICIPLE = re.compile(r"(?P<word>[a-z]+ing)\b")
_NOT_A_PARTICIPLE = re.compile(
    r"including|according|during|following|regarding|concerning|excluding|pending|morning|"
    r"evening|building|nothing|something|anything|everything|being|bring|king|thing|spring"
)
# The teller of the main clause is not its subject: "police said gunmen attacked the village".
_TOLD = re.compile(r"^.*\b(?:said|says|say|told|reported|according to|claimed)\b", re.IGNORECASE)


def _participle_subject(sentence: str, start: int, before: str) -> str | None:
    """ "armed" when the trigger at ``start`` stands in a participle clause (or is its
    participle: ", shooting at people") whose main clause has armed men for its subject: armed
    men named by their noun act in the whole sentence, whoever the participle's object is."""
    own = _OWN_PARTICIPLE.match(sentence, start) if before.endswith(", ") else None
    participle = own or _PARTICIPLE.search(sentence, 0, start)
    if participle is None or _NOT_A_PARTICIPLE.fullmatch(participle.group("word")):
        return None
    comma = start - 2 if own else participle.start()
    main = _TOLD.sub("", clause_before(sentence, comma))
    subject = nearest_party(main, last=False)
    return "armed" if subject is not None and subject[0] == "armed" else None


def clause_before(sentence: str, start: int) -> str:
    """The clause that ends at ``start``: back to a semicolon, colon or ", and"/", while"..."""
    return re.split(r"[;:]|,\s(?:and|while|but|as|when|after)\s", sentence[:start])[-1][-90:]
