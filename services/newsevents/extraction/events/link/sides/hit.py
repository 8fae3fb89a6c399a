"""Who is hit: whether the sentence tells an actor as the one killed, hurt, arrested or
targeted, so never the agent of the event (:mod:`.roles` picks the sides from that).

- A passive of harm after the actor ("Thirteen civilians were killed", "members of the
  Northern Defence Front (NDF) were killed") or a verb of dying ("More than a dozen soldiers
  died as armed groups attacked", "three policemen lost their lives");
- a headline's count and bare participle ("70 Militants Killed in clashes", "8 persons
  killed"), or civilians with one;
- the object of an active verb of harm ("Gunmen kill two police officers"; not "killed in
  clashes with the army", nor "were shot by police");
- the owner of the positions, posts or hideouts an attack is aimed at ("strikes on ISIS
  positions", "shelled army posts"), the holder of what is struck ("positions held by the
  Houthis");
- the side told passing or arriving where a bomb went off ("exploded as a police patrol
  passed");
- the owner told after a post ("an attack on a military post of the SDF", "a base belonging to
  the army was on Monday attacked").
"""

from __future__ import annotations

import re

from ....document import ActorMention, Document, per_document
from ....text.numbers import MANY_OF, NUMBER_WORD

_HIT_VERBS = (
    r"killed|injured|wounded|hurt|martyred|arrested|detained|abducted|kidnapped|executed|"
    r"targeted|captured|eliminated|slain|shot|beheaded|massacred|dead|stabbed|hacked|lynched|"
    r"assaulted|beaten|attacked|ambushed|gunned|tortured|murdered|raped"
)
# Verbs of striking read only after an auxiliary ("ISIS terrorists were hit in army
# airstrikes"); told bare, "hit" and "struck" are as often a headline's active verb ("Taliban
# hit police checkpoint").
_STRUCK = r"hit|struck|bombed|shelled|pounded"
# The adverbs a passive of harm may carry between its auxiliary and its participle: "were
# reportedly killed", "were also targeted", "were later executed", "were all killed" (up to
# two: "were also reportedly killed"; twenty-fourth round: only "-ly" adverbs were read, so
# "ISIS terrorists were also targeted" took the terrorists for the agent).
_ADVERBS = r"(?:(?:\w+ly|also|again|later|then|all|both|each|even|just|once|too)\s+){0,2}"
# The day a passive may carry between its auxiliary and its participle, as Kenyan and Indian
# papers write it: "a suspect was on Wednesday shot dead by police", "two constables were
# late on Sunday night attacked".
_WHEN = (
    r"(?:(?:on|last|early|late)\s+(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|morning|evening|afternoon)"
    r"(?:\s+(?:morning|night|evening|afternoon))?\s+)?"
)
# "... civilians were killed", "militants from the group were killed", "people have been hurt".
_TOLD_AS_HIT = re.compile(
    # (an acronym may follow the name: "members of the Northern Defence Front (NDF) were killed")
    # (or a phrase between commas: "Three fighters in a militia from Karu, in the west, were
    # killed")
    # (or a relative clause: "The soldiers, who were on patrol near the border, were shot")
    rf"^\)?(?:\s*\([\w-]+\))?(?:,[^,.;:]{{1,40}},|,\s+who\s+[^.;:]{{1,120}}?,)?"
    rf"(?:\s+[\w-]+){{0,3}}?\s+"
    rf"(?:were|was|have\s+been|has\s+been|had\s+been|got|are|is|being)"
    rf"\s+{_ADVERBS}{_WHEN}(?:{_HIT_VERBS}|{_STRUCK})\b",
    re.IGNORECASE,
)
# "More than a dozen soldiers died as armed groups attacked", "three policemen lost their lives":
# the subject of a verb of dying is told as the losses, never as the agent (not across a
# statement verb: "police said three people died").
_TOLD_DYING = re.compile(
    r"^\)?(?:\s*\([\w-]+\))?(?:\s+(?!(?:said|says|say|told|reported|announced)\b)[\w-]+){0,2}?"
    r"\s+(?:died|perished|succumbed|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b",
    re.IGNORECASE,
)
# "Five members of the security forces were among 11 people killed", "two soldiers are among
# the dead", "police officers were among the victims": the actor is counted with the losses.
_TOLD_AMONG = re.compile(
    rf"^\)?(?:\s*\([\w-]+\))?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+"
    rf"(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_HIT_VERBS}|casualties|victims)\b",
    re.IGNORECASE,
)
# "70 Militants Killed in ...", "8 persons killed, 58 others injured": a counted actor and a
# bare participle (headline style).
_COUNT_BEFORE = re.compile(
    rf"(?:\b\d+|\b(?:{NUMBER_WORD}|{MANY_OF}))\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_BARE_PARTICIPLE = re.compile(rf"^\s+(?:{_HIT_VERBS})\b", re.IGNORECASE)
# A counted actor's verb with its object is its act, not a headline's participle: "two suspected
# Pokot raiders attacked a village", "about 200 Fulani militias attacked Tsugunni": the count is
# of the doers. The object opens with an article, a possessive, a count or (the verb in lower
# case: not a title-case headline) a name; not a day or a month ("8 persons killed Monday"),
# nor a count of more losses ("1 policeman killed 5 injured").
_ACTIVE_WITH_OBJECT = re.compile(
    rf"^\s+(?:{_HIT_VERBS})(?:\s+(?:dead|down))?\s+"
    rf"(?:(?i:a|an|the|his|her|their|its|several|some|many|\d+|{NUMBER_WORD}|{MANY_OF})\s"
    # (not a count of the next losses: "1 security personnel killed 5 injured in a blast")
    r"(?!(?:others?\s+|more\s+)?(?:injured|wounded|hurt|killed|dead|missing|arrested)\b)"
    r"|(?!(?:In|At|On|By|As|After|During|Near|Over|While|When|Amid|Across|Along|Since|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w'’-]*)"
)
# A headline's or a note's passive without its auxiliary, the agent told by "by": "3 suspected
# Al Shabaab militants killed by police", "ISIS members arrested by Iraqi forces". The group may
# be named before a noun of its men.
_REDUCED_PASSIVE = re.compile(
    r"^\s+(?:(?:militants?|fighters?|members?|insurgents?|rebels?|gunmen|militiamen|"
    r"suspects?|operatives?|commanders?|leaders?|elements?)\s+)?"
    rf"(?:{_HIT_VERBS})(?:\s+dead)?\s+by\b",
    re.IGNORECASE,
)


# Places and gear that belong to the side they hit: "shelled army positions", "stormed a
# police checkpoint", "an attack on a police station", "ambushed an army convoy", "targeted
# ISIS hideouts", "terrorists' positions".
_TARGET_NOUN = re.compile(
    # (a kind of the works before them: "an Islamic State oil facility", "ISIS weapons depots",
    # "a rebel command centre"; air62)
    r"^['’]?s?['’]?\s+(?:(?:military|forward|advanced|defensive|fortified|oil|gas|fuel|weapons?|"
    r"arms|ammunition|storage|training|command|communications?|supply|logistics?)\s+){0,2}"
    r"(?:positions?|"
    r"posts?|checkpoints?|check-?posts?|stations?|camps?|convoys?|patrols?|bases?|barracks|"
    r"headquarters|fortifications?|hideouts?|gatherings?|strongholds?|outposts?|depots?|"
    # (and the vehicles a side travels in: "an attack on a military bus", "a bomb hit an army
    # truck"; eighteenth round)
    r"vehicles?|trucks?|bus(?:es)?|jeeps?|pick-?ups?|"
    # what a strike is aimed at: "struck Hezbollah targets", "air strikes on PKK sites"
    r"targets?|sites?|facilit(?:y|ies)|installations?|infrastructure|refiner(?:y|ies)|"
    r"centres?|centers?|compounds?|warehouses?)\b",
    re.IGNORECASE,
)


# What hits the positions: a verb of attack or a preposition of the attack's aim before them
# ("strikes on ISIS positions", "shelled army posts"), or a passive after them ("ISIS hideouts
# ... were destroyed").
_AIMED_AT = re.compile(
    r"\b(?:on|against|at|targeted|targeting|hit|hitting|struck|striking|shelled|shelling|"
    r"stormed|storming|attacked|attacking|bombed|bombing|pounded|pounding|raided|raiding|"
    # (what was wrecked is the owner's: "destroyed an Islamic State oil facility"; air62)
    r"destroyed|destroying|overran|overrunning)\s+(?:(?:the|a|an|their|its|several|two|three|"
    r"\d+)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A passive's auxiliary: "were hit", "has also been shelled".
_PASSIVE = r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
_TARGETS_HIT = re.compile(
    rf"^[^.;]{{0,60}}?\b{_PASSIVE}"
    r"(?:destroyed|hit|targeted|shelled|struck|bombed|pounded|attacked|stormed|overrun)\b",
    re.IGNORECASE,
)


# The holder of what is struck, told by a participle of holding: "struck positions held by
# the Houthis", "an arms depot used by the group", "a checkpoint manned by X" (not where the
# fire came from: "shells fired from areas controlled by X" are X's).
_HELD_BY = re.compile(
    r"\b(?:held|controlled|used|run|operated|occupied|manned|guarded|dominated)\s+by\s+"
    r"(?:the\s+)?(?:(?!by\b|of\b|from\b|with\b|in\b|and\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


# The owner told after what is struck: "an attack on a military post of the SDF", "stormed a
# checkpoint of pro-government militiamen", "shelled bases belonging to the group".
_OWNED_POST = (
    r"(?:positions?|posts?|checkpoints?|bases|base|camps?|convoys?|patrols?|barracks|"
    r"headquarters|hideouts?|strongholds?|outposts?)\s+(?:of|belonging\s+to)\s+(?:the\s+)?$"
)
_TARGET_OF = re.compile(
    r"\b(?:on|against|at|targeted|targeting|hit|hitting|struck|striking|shelled|shelling|"
    r"stormed|storming|attacked|attacking|bombed|bombing|raided|raiding|overran)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _OWNED_POST,
    re.IGNORECASE,
)
_POST_OF = re.compile(r"\b" + _OWNED_POST, re.IGNORECASE)
_POST_HIT = re.compile(
    r"^[^.;]{0,30}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:destroyed|hit|targeted|shelled|struck|bombed|pounded|attacked|stormed|overrun|raided)\b",
    re.IGNORECASE,
)


# The men aboard a vehicle told struck: "a pickup transporting five gunmen was hit",
# "wrecked two trucks carrying militants" (fifty-second round, role72): the men carried were
# hit, never the agent (not "a car carrying gunmen opened fire": the vehicle is not told
# struck). The passive is told right after the men, not in a later clause ("trucks carrying
# militants opened fire on a post, where two policemen were hit").
_ABOARD = re.compile(
    r"\b(?:vehicles?|cars?|trucks?|pick-?ups?|bus(?:es)?|jeeps?|boats?|motorcycles?|"
    r"convoys?)\s+(?:that\s+was\s+|which\s+was\s+)?(?:transporting|carrying|loaded\s+with)\s+"
    rf"(?:(?:a|an|the|\d+|{NUMBER_WORD}|{MANY_OF}|several|some|more|than|at|least|about)\s+){{0,4}}$",
    re.IGNORECASE,
)
_VEHICLE_STRUCK = re.compile(
    r"\b(?:destroyed|destroying|wrecked|wrecking|hit|hitting|targeted|targeting|struck|striking|"
    r"bombed|shelled|"
    r"ambushed|(?:strikes?|attacks?|raids?|fire|ambush(?:es)?)\s+(?:on|against))\s+"
    r"(?:(?:a|an|the|their|its|one|two|three|\d+)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_ABOARD_HIT = re.compile(
    rf"^\s*(?:[\w-]+\s+){{0,3}}?{_PASSIVE}"
    r"(?:destroyed|hit|targeted|shelled|struck|bombed|pounded|attacked|ambushed)\b",
    re.IGNORECASE,
)


def _aboard_struck(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is the men a vehicle told struck was carrying."""
    before = doc.text[max(0, actor.span.start - 90) : actor.span.start]
    aboard = _ABOARD.search(before)
    if aboard is None:
        return False
    after = doc.text[actor.span.end : actor.span.end + 80]
    return (
        _ABOARD_HIT.match(after) is not None
        or _VEHICLE_STRUCK.search(before, 0, aboard.start()) is not None
    )


def _owns_target(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor owns the positions, posts or hideouts an attack is aimed at, or holds
    what is struck ("positions held by the Houthis")."""
    after = doc.text[actor.span.end : actor.span.end + 100]
    before = doc.text[max(0, actor.span.start - 80) : actor.span.start]
    held = _HELD_BY.search(before)
    if held is not None and not _FROM_PLACE.search(before[: held.start()]):
        return True
    if _TARGET_OF.search(before):
        return True
    # "a military base belonging to the army was on Monday attacked by militants"
    if _POST_OF.search(before) and _POST_HIT.match(after):
        return True
    before = before[-60:]
    target = _TARGET_NOUN.match(after)
    return target is not None and (
        _AIMED_AT.search(before) is not None
        or _TARGETS_HIT.match(after[target.end() :]) is not None
    )


_OF_OWNER = re.compile(r"\s+(?:of|belonging\s+to)\s+(?:the\s+)?", re.IGNORECASE)


@per_document
def describes_owned_post(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is only the word describing a post another actor owns: "a military
    post of the SDF" (the SDF's post; "military" names no side)."""
    after = doc.text[actor.span.end : actor.span.end + 100]
    target = _TARGET_NOUN.match(after)
    of = None if target is None else _OF_OWNER.match(after, target.end())
    if of is None:
        return False
    owner = actor.span.end + of.end()
    return any(a.span.start == owner for a in doc.actors)


# The side present where it went off, told by a clause of passing or arriving: "a roadside bomb
# exploded as a police patrol passed", "a bomb went off shortly after soldiers arrived", "an
# IED exploded when a military vehicle was passing", "shot at when they were returning": the
# one there is hit, never the agent of what went off.
_PRESENT_OPENS = re.compile(
    r"\b(?:as|when|while|after|once)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PRESENT_VERB = re.compile(
    r"^(?:\s+(?!said\b|says\b|told\b)[\w-]+){0,2}?\s+(?:was\s+|were\s+|had\s+)?"
    r"(?:passing|passed|pass|arrived|arriving|reached|patrolling|travell?ing|travell?ed|"
    r"driving|drove|returning|approached|approaching|entered|entering|crossing|crossed)\b",
    re.IGNORECASE,
)


def _present_where_it_hit(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    after = doc.text[actor.span.end : actor.span.end + 60]
    return bool(_PRESENT_OPENS.search(before) and _PRESENT_VERB.match(after))


# The owner of the drones, missiles or aircraft told shot down or intercepted: "air defences
# shot down nine Ukrainian drones", "intercepted two Houthi missiles" (the owner is the side
# the interception acts on, never its agent).
_DOWNED_BEFORE = re.compile(
    r"\b(?:shot\s+down|shooting\s+down|downed|downing|intercepted|intercepting|destroyed)\s+"
    rf"(?:(?:a|an|the|\d+|{NUMBER_WORD}|{MANY_OF}|several|more|than|at|least)\s+){{0,4}}$",
    re.IGNORECASE,
)
_DOWNED_WEAPON = re.compile(
    r"^[\w-]*(?:\s+[\w-]+){0,2}?\s*(?:drones?|missiles?|rockets?|UAVs?|aircraft|jets?|"
    r"planes?|helicopters?)\b",
    re.IGNORECASE,
)


def _owns_downed_weapon(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 60) : actor.span.start]
    # (the weapon may end the mention itself: "Ukrainian drones")
    after = doc.text[actor.span.start : actor.span.end + 40]
    weapon = _DOWNED_WEAPON.match(" " + after)
    return bool(_DOWNED_BEFORE.search(before) and weapon)


@per_document
def is_hit(doc: Document, actor: ActorMention) -> bool:
    """Whether the sentence tells ``actor`` as the one killed, hurt, arrested or targeted, by
    a passive ("were killed"), a verb of dying ("soldiers died"), a headline's count ("8
    persons killed"), as the object of an active verb of harm ("killed two police officers")
    or as the owner of the positions, posts or hideouts hit ("shelled army positions")."""
    after = doc.text[actor.span.end : actor.span.end + 80]
    told = (
        _TOLD_AS_HIT.match(after)
        or _TOLD_DYING.match(after)
        or _TOLD_AMONG.match(after)
        or _REDUCED_PASSIVE.match(after)
    )
    if told or _object_of_harm(doc, actor) or _owns_target(doc, actor):
        return True
    if _present_where_it_hit(doc, actor) or _owns_downed_weapon(doc, actor):
        return True
    if _aboard_struck(doc, actor):
        return True
    before = doc.text[max(0, actor.span.start - 30) : actor.span.start]
    # (a date is no count: "Fri Jun 24 2016 the group kidnapped 300")
    counted = None if _YEAR_BEFORE.search(before) else _COUNT_BEFORE.search(before)
    return (
        (counted is not None or actor.kind == "civilians")
        and bool(_BARE_PARTICIPLE.match(after))
        and not (counted is not None and _ACTIVE_WITH_OBJECT.match(after))
    )


# An active verb of harm and its object: "Gunmen kill two police officers", "Police shoot
# Somali militiamen", "a blast killed a civilian and two police officers". Not "killed in
# clashes with the army" (a preposition between) nor "were shot by police" (a passive).
_OBJECT_OF_HARM = re.compile(
    r"\b(?:kill|shoot|shot|attack|abduct|kidnap|assault|ambush|behead|stab|hack|lynch|injur|"
    r"wound|murder|execut|tortur|beat|target)\w*\s+"
    rf"(?:(?:a|an|the|{NUMBER_WORD}|{MANY_OF}|at\s+least|more\s+than|about|"
    r"nearly|almost|"
    r"several|some|many|other|"
    r"more|local|and|\d+|civilians?|people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|villagers?|"
    r"herders?|residents?|"
    # rank and suspicion before a group's name: "killed a senior Islamic State commander",
    # "killed three suspected Boko Haram fighters" (forty-fourth round)
    r"senior|top|high-ranking|prominent|key|notorious|wanted|suspected|alleged)\s+){0,5}$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$", re.I)


def _object_of_harm(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 80) : actor.span.start]
    verb = _OBJECT_OF_HARM.search(before)
    return verb is not None and not _PASSIVE_BEFORE.search(before[: verb.start()])


# The holder of the place where it happened, told by its control of the place: "districts under
# government control", "a village under the control of resistance fighters", "rebel-held
# towns", "Houthi-controlled areas". Who holds the ground is neither who struck it nor, when
# the sentence counts its dead, who was hit there.
_UNDER_CONTROL_OF = re.compile(
    r"\bunder\s+(?:the\s+)?(?:control|rule)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
_UNDER = re.compile(r"\bunder\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_CONTROL_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:control|rule)\b", re.IGNORECASE)
# (not what a side holds as its post, which an attack on it hits: "an army-held outpost", "a
# police-run checkpoint")
_HELD_AFTER = re.compile(
    r"^-(?:held|controlled|run|dominated|occupied)\s+(?!(?:[\w-]+\s+)?(?:positions?|outposts?|"
    r"posts?|checkpoints?|bases?|barracks|garrisons?|camps?|convoys?|patrols?|stations?|"
    r"headquarters|facilit(?:y|ies)|compounds?)\b)\w",
    re.IGNORECASE,
)


# A place, not a post, "held by X" (twenty-sixth round): "struck a town held by the Daesh",
# its dead counted; "civilians were killed in territories held by ISIL".
# ("positions held by the Houthis" are the Houthis' posts, which the strike hits: _HELD_BY.)
_PLACE_HELD_BY = re.compile(
    r"\b(?:towns?|city|cities|villages?|areas?|territor(?:y|ies)|districts?|"
    r"neighbou?rhoods?|regions?|parts?|suburbs?|enclaves?|quarters?|countryside)\s+"
    r"(?:held|controlled|occupied|dominated|run)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


@per_document
def holds_place(doc: Document, actor: ActorMention) -> bool:
    """Whether the actor is told only as the holder of a place: "under government control",
    "under the control of X", "X-held", "a town held by X"."""
    before = doc.text[max(0, actor.span.start - 40) : actor.span.start]
    after = doc.text[actor.span.end : actor.span.end + 20]
    if _UNDER_CONTROL_OF.search(before) is not None or _HELD_AFTER.match(after) is not None:
        return True
    # (not where the fire came from: "shells fired from areas controlled by X" are X's)
    held = _PLACE_HELD_BY.search(doc.text, max(0, actor.span.start - 80), actor.span.start)
    if held is not None and not _FROM_PLACE.search(
        doc.text, max(0, held.start() - 40), held.start()
    ):
        return True
    return _UNDER.search(before) is not None and _CONTROL_AFTER.match(after) is not None
