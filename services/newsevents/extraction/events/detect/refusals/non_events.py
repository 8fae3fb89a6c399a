"""Trigger words that tell no event of the day (:func:`not_an_occurrence`): what is feared ("for
fear of airstrikes", "to escape airstrikes"), a charge or the crime of an arrest ("arrested for
the kidnapping", "a murder case"), an act told as earlier ("the previous attack", "the
anniversary of the massacre"), what is to be ended ("an end to the fighting"), a campaign's span
("after weeks of fighting"), what a side does all along ("a coalition fighting ISIL"), what a
place has seen ("a district that has witnessed fighting"), a weapon named as a thing held, made
or banned ("terrorists possess chemical weapons", "the chemical weapons watchdog"), a campaign
against an abstract foe ("the fight against terrorism"), and the
grievance a protest is about (:mod:`.grievances`).
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ....prefilter import quick_search
from .grievances import KIN_HARM, near_grievance

_IRREALIS = re.compile(
    r"(?:for fear of|fear of being|to escape|to avoid|to evade|to prevent|in anticipation of|"
    r"threat of|risk of)\s+(?:\w+\s+){0,6}$",
    re.IGNORECASE,
)
# A crime one is suspected or accused of is a charge, not an event the sentence reports:
# "arrested on suspicion of murder", "a man accused of killing two herders", "suspected of being
# involved in the kidnapping" (but "police are accused of assaulting a driver" reports the act,
# as an allegation).
# The charge ends where its bearer's own verb begins: "a man accused of spying was shot dead",
# "a woman accused of adultery was stoned to death" report the killing (wire51).
# The crime an arrest is for: "arrested three men for the kidnapping of a trader", "over alleged
# kidnapping", "in connection with the attack".
# A charge in a list is a charge too: "detained for incitement, destruction of property and
# forgery" (a comma before it; "arrested for robbery and killed a guard" tells the killing).
_ARRESTED_FOR = re.compile(
    r"\b(?:arrest|detain|apprehend|nabb?)\w*\b[^.;]{0,40}\b(?:for|over|in connection with)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:alleged\s+|suspected\s+|attempted\s+)?"
    r"(?:(?:(?:[\w-]+\s+){0,2}[\w-]+,\s+){1,3}(?:(?:[\w-]+\s+){0,2}[\w-]+\s+and\s+)?)?$",
    re.IGNORECASE,
)
# A crime word naming a case, not an act: "a murder case", "the kidnapping trial".
_CASE_NOUN = re.compile(r"\s+(?:cases?|trials?|charges?|suspects?|investigations?|probe)\b", re.I)
# A kidnapping naming what a group does, not an act: "a terrorist and kidnapping group", "a
# kidnap gang".
_KIDNAP_TRADE = re.compile(r"^(?:kidnap|kidnapping)$", re.I)
_GROUP_NOUN = re.compile(r"\s+(?:groups?|gangs?|rings?|syndicates?|networks?|cells?)\b", re.I)
# An arrest told as what an operation was for, not one made: "during an operation to detain a
# suspect", "the raid aimed to arrest a leader", "troops serving warrants of arrest", "a search
# is under way to block the roads and apprehend the attackers" ("managed to arrest them" is
# made: no word of aim before it).
_ARREST_AIM = re.compile(
    r"(?:\b(?:operations?|raids?|bid|attempts?|efforts?|aim(?:s|ed|ing)?|mission|manhunt|"
    r"search|sought|seek(?:s|ing)?|tr(?:y|ies|ied|ying))\b(?:\s+[\w'’-]+){0,4}?\s+to\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:and\s+)?"
    r"|\bwarrants?\s+(?:of|for)\s+)$",
    re.IGNORECASE,
)
_BASE_FORM_ARREST = re.compile(r"^(?:arrest|detain|apprehend|nab|capture)$", re.I)
# Forces that went in to arrest someone: "stormed into the camp at dawn to arrest two wanted
# men", "raided the village to detain a leader" (the aim of the raid; "went on to arrest" and
# "managed to arrest" tell an arrest made).
_WENT_IN_TO = re.compile(
    r"\b(?:stormed|raided|entered|moved|swooped|descended)\b[^.;:]{0,120}?"
    r"(?<!\bon)(?<!managed)(?<!able)(?<!tried)\s+to\s+$",
    re.IGNORECASE,
)
# "Arrest" naming the kind of a raid, not an arrest made: "during an Israeli arrest raid",
# "an arrest operation that touched off clashes" (the arrests made are told by their own verb).
_KIND_OF_RAID = re.compile(r"^\s+(?:raids?|operations?)\b", re.IGNORECASE)
# The fight the operation met, told before the aim in its sentence: the arrest aimed at is that
# fight's detail ("shot dead a man during an operation to detain another", "the clash broke out
# while troops were serving warrants of arrest"); an aim told alone may be the report of an
# arrest made.
_FIGHT_BEFORE = re.compile(
    r"\b(?:killed|killing|shot|shooting|dead|clash\w*|confrontation|fire|firefight|gunfight|"
    r"fighting|battle|attack\w*|ambush\w*|stormed|raided|wounded|injured)\b",
    re.IGNORECASE,
)
# A truce named as the time or the aim of the act, not one agreed that day: "despite a ceasefire
# that began two days ago", "hours before a proposed truce", "stepped in to broker a truce",
# "talks with the parties on reconciliation", "in violation of the ceasefire", "yet another
# violation of the UN-brokered ceasefire", "ahead of U.N.-sponsored peace talks", "breached the
# cessation of hostilities agreement" (a truce's name of three words).
_TRUCE_CONTEXT = re.compile(
    r"\b(?:despite|violat\w+(?:\s+of)?|breach(?:es|ed|ing)?(?:\s+of)?|in violation of|proposed|"
    r"ahead of|to broker|brokering|call(?:s|ed|ing)? for|talks(?:\s+[\w.-]+){0,3}\s+on)\s+"
    r"(?:(?:a|an|the|its|this|that|any)\s+)?(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A truce told by what it does as a standing state, not as agreed that day: "a tense
# cease-fire held Wednesday", "the ceasefire is over", "the truce collapsed", "a proposed
# ceasefire was due to begin" (one taking effect or agreed is told by other verbs).
_TRUCE_STATE = re.compile(
    r"^\s+(?:(?:has|had|have)\s+)?(?:largely\s+|mostly\s+|broadly\s+)?"
    r"(?:held|holds|holding|is over|was over|collapsed|broke down|has broken down|"
    r"remain(?:s|ed)? in (?:place|effect|force)|(?:was|is) due to|expired|expires)\b",
    re.IGNORECASE,
)
_TRUCE_WORD = re.compile(r"(?:ceasefire|cease-fire|truce)s?$", re.IGNORECASE)
_CHARGE = re.compile(
    r"\b(?:suspicion of|suspected of|(?<!is )(?<!are )(?<!was )(?<!were )accused of|"
    r"charged with|convicted of|sentenced for|charges? of|(?:allegations?|accusations?) of|"
    r"on trial for|"
    # the offence a mob's victim is punished for (crowds59): "lynched a man for suspected rape",
    # "beaten to death over alleged theft"
    r"(?:for|over)\s+(?:the\s+)?(?:alleged|suspected)|"
    r"wanted for)"
    r"\s+(?:(?:being|having been)\s+)?(?:involved in\s+)?"
    r"(?:(?!(?:was|were|is|are|has|have|had|got)\b)\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A second charge told by ellipsis after the first: "two of the captives were charged with spying
# for the army and the other with battling the movement" (twenty-fourth round).
_CHARGE_ELIDED = re.compile(
    r"\b(?:accused|suspected|charged|convicted)\s+(?:of|with)\s+[^.;:]{1,80}?\s+(?:and|or)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:of|with)\s+$",
    re.IGNORECASE,
)


# "a coalition fighting ISIL", "Kurds and Arabs fighting against IS": the participle says who a
# side is, not that a battle took place ("troops were fighting rebels" is still a clash).
_SIDE_AT_WAR = re.compile(r"(?:fighting|battling)$", re.IGNORECASE)
# What a place has seen, told in a relative clause about it: "killed in a district that has
# witnessed clashes between rebels and troops for a year", "the city, which has seen heavy
# fighting": the place's standing setting, not an act of the day (twenty-sixth round).
_SEEN_BY_A_PLACE = re.compile(
    r"\b(?:that|which|where)\s+(?:has|have|had)\s+(?:long\s+|repeatedly\s+|often\s+)?"
    r"(?:seen|witnessed)\s+(?:(?:heavy|fierce|intense|bloody|deadly|sporadic|frequent|"
    r"repeated|renewed|violent)\s+)?$"
    # ... or what it is often the target of: "the town has since been a frequent target of
    # government air strikes" (wire51)
    r"|\b(?:frequent|regular|repeated|constant|daily|common|favou?rite)\s+targets?\s+(?:of|for)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Also "insurgents battling the government", "rebels who are fighting the army", "the
# coalition, which has been battling the rebels", "the coalition is fighting the rebels".
_SIDE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:coalition|alliance|forces|groups?|rebels|fighters|militias?|factions|Kurds|Arabs|"
    r"countries|powers|states|partners|allies|those|units|insurgents|militants|jihadists)"
    r"|\b(?:coalition|alliance),?\s+(?:is|are)"
    r"|\b(?:who|which|that)\s+(?:are|is|ha(?:s|ve) been))\s+$",
    re.IGNORECASE,
)
# A campaign that filled a span of time, not an occurrence of one day: "after weeks of
# fighting", "months of bloody clashes", "a nearly three-week government assault" (but "two
# days of clashes left 30 dead" is the news).
_SPAN_OF_TIME_BEFORE = re.compile(
    r"\b(?:weeks|months|years)\s+of\s+(?:(?:heavy|fierce|intense|bloody|deadly|renewed|"
    r"sporadic)\s+)?$"
    r"|\b(?:\w+-)(?:week|month|year)(?:-long)?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# An event told as earlier than the report's: "the prior killing of a leader (coded separately)",
# "the previous attack on the village", "an earlier failed attack". Not the adverb "earlier"
# told of a verb between it and the trigger: "police earlier fired tear gas at the marchers"
# is the day's act, told earlier in the day (no determiner before "earlier", a past verb after
# it; after a determiner "earlier" is an adjective: "the earlier armed raid").
_PRIOR = re.compile(
    r"(?:\b(?:prior|previous|past|last year's|last month's)\s+(?:[\w-]+\s+)?"
    r"|\b(?:the|an|its|their|this|that|his|her|these|those)\s+earlier\s+(?:[\w-]+\s+)?"
    r"|\bearlier\s+(?:(?![a-z]+ed\b)[\w-]+\s+)?)$",
    re.I,
)
# A violent act whose anniversary is marked happened years ago, it is no event of the day:
# "marked the tenth anniversary of the massacre" (the anniversary of a protest movement names
# a commemoration, which is one: "to mark the anniversary of the agitation"); a strike's,
# a shelling's, a bombing's or a gas attack's anniversary too ("marked the fifth anniversary
# of the chemical attack on Ghouta", wire51).
_ANNIVERSARY = re.compile(
    r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|a|an|this|that|last)\s+)?(?:[\w'’-]+\s+){0,4}$"
    # ... and its toll, told in a relative clause: "the anniversary of the gas attack on
    # Ghouta that killed hundreds" (wire51)
    r"|\banniversar(?:y|ies)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}(?:that|which)\s+$",
    re.IGNORECASE,
)
# What is to be ended or stopped did not happen as an event of the day: "a truce ending tribal
# feuds", "a call for an end to the fighting".
_ENDED = re.compile(
    r"\b(?:ending|(?:an )?end to|to (?:stop|end|halt|prevent))\s+(?:(?:the|all|further|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A weapon named as a thing, not as used: held, made or given up ("terrorists possess chemical
# weapons", "a plant where the rebels made chemical weapons", "Damascus handed over its
# chemical weapons"), banned (the Prohibition of Chemical Weapons in an organisation's name), or
# the noun modifying what deals with it ("the chemical weapons watchdog", "a chemical weapons
# expert", "chemical weapons claims"). Only the weapon's own noun ("chemical weapons"), not an
# attack's ("chemical attacks", "a chemical weapons attack" is told on by "attack").
_WEAPON_NOUN = re.compile(r"^chemical weapons?$", re.IGNORECASE)
_WEAPON_HELD = re.compile(
    r"\b(?:possess(?:es|ed|ing)?|own(?:s|ed|ing)?|build(?:s|ing)?|built|produc(?:e|es|ed|ing)|"
    r"develop(?:s|ed|ing)?|manufactur(?:e|es|ed|ing)|stockpil(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|"
    r"acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|transfer(?:s|red|ring)?|"
    r"destroy(?:s|ed|ing)?|destruction of|eliminat(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|"
    r"handed over|hand(?:s|ing)? over|g[ia]ve up|giv(?:e|es|ing) up|surrender(?:s|ed|ing)?|"
    r"prohibition of|ban(?:s|ning)?(?: on)?|stockpiles? of|arsenal of)\s+"
    r"(?:(?:its|their|his|her|the|all|any|of|remaining|declared)\s+)*[\"“']?$",
    re.IGNORECASE,
)
_WEAPON_DEALT_WITH = re.compile(
    r"^\s+(?:watchdog|experts?|inspectors?|inspections?|investigators?|mission|team|"
    r"programs?|programmes?|stockpiles?|arsenals?|facilit(?:y|ies)|sites?|convention|treaty|"
    r"claims?|allegations?|deal|agreement|issue|file|dossier|body|agency|ban|destruction|"
    r"production|capabilit(?:y|ies))\b",
    re.IGNORECASE,
)


def _weapon_as_a_thing(before: str, trigger: str, after: str) -> bool:
    """Whether a weapon's noun names the weapon held, made, banned or dealt with
    (:data:`_WEAPON_HELD`, :data:`_WEAPON_DEALT_WITH`), not its use."""
    return _WEAPON_NOUN.match(trigger) is not None and (
        _WEAPON_HELD.search(before[-60:]) is not None or _WEAPON_DEALT_WITH.match(after) is not None
    )


# A fight named as a campaign against an abstract foe, not a battle of the day: "cooperation
# in the fight against terrorism", "the war on drugs", "the struggle against extremism",
# "cooperation in fighting terrorism".
_CAMPAIGN_WORD = re.compile(
    r"^(?:the\s+)?(?:fight|fights|battle|war|struggle|campaign|fighting|combat(?:t)?ing)$",
    re.IGNORECASE,
)
_ABSTRACT_FOE = re.compile(
    r"^\s+(?:(?:against|on)\s+)?[\"“'‘]?(?:international\s+|global\s+|regional\s+)?"
    r"(?:terror(?:ism|ists?)?|extremism|radicali[sz]ation|insurgency|militancy|drugs|crime|"
    r"corruption|smuggling|trafficking)\b",
    re.IGNORECASE,
)


# Captives named by their kidnapping as the object of what was done to them later: the news is
# the killing or the rescue, the kidnapping an earlier act told in a reduced relative clause
# ("claimed to have executed an American aid worker kidnapped in Syria", "troops rescued
# two of the pupils abducted during the raid", "the body of a trader kidnapped last week";
# twenty-fourth round). Not a participle after its auxiliary ("who was kidnapped in May" is
# told by the release wording) nor an active verb with its object ("gunmen killed a guard and
# kidnapped two engineers": the word after it is no preposition or time).
_CAPTIVES_DONE_TO = re.compile(
    r"\b(?:execut(?:ed|ing|ion of)|behead(?:ed|ing)|decapitat(?:ed|ing)|killed|killing|"
    r"murder(?:ed|ing)|rescu(?:ed|ing)|freed|freeing|releas(?:ed|ing)|bod(?:y|ies) of)\s+"
    r"(?:(?!(?:and|but|who|which|that|was|were|been|had|has|have|then)\b)[\w'’-]+,?\s+){1,8}$",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(
    r"^\s*(?:,|in|on|by|from|during|near|at|last|earlier|while|months|weeks|years|days)\b",
    re.IGNORECASE,
)


def _kidnapping_of_captives(before: str, trigger: str, after: str) -> bool:
    """ "executed X, an aid worker kidnapped in Syria": the kidnapping is told as who the
    victims were (:data:`_CAPTIVES_DONE_TO`)."""
    return (
        re.fullmatch(r"(?:kidnapped|abducted)", trigger, re.IGNORECASE) is not None
        and _PARTICIPLE_AFTER.match(after) is not None
        and _CAPTIVES_DONE_TO.search(before[-120:]) is not None
    )


# Shots fired into the air hit no one: warning shots, the forces' crowd control or a soldiers'
# show of anger, no attack nor battle (ACLED: "shots in the air" are crowd control beside tear
# gas; border guards' warning shots are no clash). The crowd's or the dispersal's own words type
# the sentence: "police fired into the air to disperse a rowdy crowd", "shot in the air when
# rowdy youths disrupted a meeting". Not a firing told on at someone ("fired in the air and then
# into the crowd, killing two": that killing is its own trigger).
_FIRE_WORD = re.compile(
    r"(?:fir(?:e|ed|es|ing)|shoot(?:s|ing)?|shot|shots|gunshots|gunfire|rounds|bullets)"
    r"(?: (?:in|into|in to))?$",
    re.IGNORECASE,
)
_INTO_THE_AIR = re.compile(
    r"^\s+(?:(?:several|two|three|a few|some|warning|live|gun)\s+){0,2}?(?:(?:shots|rounds|bullets|"
    r"gunshots|times)\s+)?(?:(?:in|into|in to)\s+)?the\s+(?:air|sky)\b|^\s+(?:skywards?|upwards)\b",
    re.IGNORECASE,
)
_WARNING_BEFORE = re.compile(r"\bwarning\s+$", re.IGNORECASE)
_FIRED_ON = frozenset({"attack_on_civilians", "armed_clash"})


def into_the_air(before: str, trigger: str, after: str) -> bool:
    """Whether a firing word tells shots into the air or warning shots, which hit no one."""
    return _FIRE_WORD.search(trigger) is not None and (
        _INTO_THE_AIR.match(after) is not None or _WARNING_BEFORE.search(before[-10:]) is not None
    )


# The heavy arms a fight is told "involving" or "using" are its means, not a shelling of their
# own: "a clash between GNA and LNA forces, involving heavy artillery fire, was reported",
# "clashes using an exchange of shelling" (clash60; monitors code the clash).
_FIGHT_INVOLVING = re.compile(
    r"\b(?:clash(?:es)?|fighting|battles?|confrontations?|gun ?battles?|fire ?fights?)\b"
    r"[^.;:]{0,60}?\b(?:involving|using|with\s+the\s+use\s+of)\s+(?:an?\s+|the\s+)?"
    r"(?:exchanges?\s+of\s+|[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A fight, riot or demonstration told as what the press were covering when someone assaulted
# them ("police assaulted journalists covering a political clash", "two reporters were beaten
# while they were covering the riots") is the occasion of the assault on the press, coded
# apart by monitors, not the news of the sentence (kenya61). The assault must be told before
# the covering verb, with a press word: a reporter hurt or killed "while covering the
# fighting" tells the fighting as the news, which hurt him.
_PRESS_COVERING = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|photo-?journalists?|photographers?|"
    r"camera-?m[ae]n|newsm[ae]n|media (?:workers|crew|personnel))\b[^.;:]{0,90}?"
    r"\b(?:covering|photographing|filming|reporting on|documenting)\s+"
    r"(?:(?:the|a|an|ongoing)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PRESS_ASSAULTED = re.compile(
    r"\b(?:assault\w*|attack(?:ed|ing|s)?|beat|beats|beaten|beating|harass\w*|manhandl\w*|"
    r"roughed|stoned|whipped|slapped|clobbered|thrashed|kicked|punched)\b",
    re.IGNORECASE,
)
_COVERED_TYPES: frozenset[EventTypeName] = frozenset(
    {"riot", "mob_violence", "armed_clash", "protest", "protest_dispersed", "protest_repressed"}
)


def _covered_by_the_press(before: str) -> bool:
    """ "Police assaulted journalists covering [a political clash]"."""
    covering = _PRESS_COVERING.search(before[-160:])
    return covering is not None and _PRESS_ASSAULTED.search(before[-160:]) is not None


def not_an_occurrence(
    before: str, trigger: str, after: str, event_type: EventTypeName | None = None
) -> bool:
    """Whether the words around a trigger tell it did not happen as an event of the day: it is
    feared, charged, to be ended, a case, the crime of an arrest, a protest's grievance
    (:func:`.grievances.near_grievance`), or what a side does all along."""
    if (
        (_SIDE_AT_WAR.match(trigger) and _SIDE_NOUN_BEFORE.search(before[-40:]))
        or _SEEN_BY_A_PLACE.search(before[-60:])
        or _PRIOR.search(before[-30:])
        or (event_type in KIN_HARM and _ANNIVERSARY.search(before[-90:]) is not None)
        or _SPAN_OF_TIME_BEFORE.search(before[-40:])
        or quick_search(_IRREALIS, before[-60:])
        or _CHARGE.search(before[-40:])
        or _CHARGE_ELIDED.search(before[-140:])
        or _ENDED.search(before[-60:])
        or _CASE_NOUN.match(after)
        or (event_type in _FIRED_ON and into_the_air(before, trigger, after))
        or (_CAMPAIGN_WORD.match(trigger) is not None and _ABSTRACT_FOE.match(after) is not None)
        or (event_type == "chemical_attack" and _weapon_as_a_thing(before, trigger, after))
        or _ARRESTED_FOR.search(before[-80:])
        or (event_type == "abduction" and _kidnapping_of_captives(before, trigger, after))
        or (_KIDNAP_TRADE.match(trigger) is not None and _GROUP_NOUN.match(after) is not None)
        or (
            event_type == "arrest"
            and _BASE_FORM_ARREST.match(trigger) is not None
            and _ARREST_AIM.search(before[-120:]) is not None
            and _FIGHT_BEFORE.search(before) is not None
        )
        or (
            event_type == "arrest"
            and _BASE_FORM_ARREST.match(trigger) is not None
            and (_WENT_IN_TO.search(before[-160:]) is not None or _KIND_OF_RAID.match(after))
        )
        or (event_type == "agreement" and _TRUCE_CONTEXT.search(before[-60:]) is not None)
        or (event_type == "shelling" and _FIGHT_INVOLVING.search(before[-140:]) is not None)
        or (event_type in _COVERED_TYPES and _covered_by_the_press(before))
        or (
            event_type == "agreement"
            and _TRUCE_WORD.search(trigger) is not None
            and _TRUCE_STATE.match(after) is not None
        )
    ):
        return True
    return near_grievance(before, trigger, after, event_type)
