"""The sides of a fight (for :func:`..refinement.refine_type` and the linking of actors): fire
exchanged between two armed sides, the police against people who bear no arms, two political
parties named as the sides, an unarmed hit, and the side hit fighting back. Armed men told as
the dead are read in :mod:`.armed_dead`, people told as a fight's dead rather than its side in
:mod:`.dead_not_sides`.
"""

from __future__ import annotations

import re

from .....actors.dictionary import named_actors
from ...sides.agents import agent_and_hit, clause_before
from ...sides.between import BETWEEN_SIDES, sides_after
from ...sides.bystanders import LOCATIVE, PLACE_NOUN
from ...sides.parties import ARMED, ROLE, is_off_duty, kind_of, nearest_party, party_member
from .communal_fights import POLICE

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


# The police told as one side of a fight and people who bear no arms as the other, the police
# named first or second: "fighting erupted between the police and union members", "police
# fought farmers", "a brawl between students and the security forces" (the crowd named as the
# subject is read above by its agent).
_WITH_SIDE = re.compile(r"\s+(?:with|against)\s+(?P<other>[^,;:.()]{1,60})", re.IGNORECASE)
_ARMED_OTHER = re.compile(r"(?:[\w-]+\s+){0,3}?(?:armed|gun-?wielding)\b", re.IGNORECASE)
# The police told as a side of the fight, by the words of their name (the joined subject reads a
# wider phrase: `_POLICE_SIDE` below).
_POLICE_PHRASE = (
    rf"(?:the\s+|riot\s+|local\s+)*(?:{POLICE.pattern})(?:\s+(?:forces?|personnel|officers))?"
)
_THE_POLICE = re.compile(_POLICE_PHRASE, re.IGNORECASE)
# The police told second, the words after them where or when ("between youths and security
# forces in several places", "and the police on Friday"), not another side ("and police
# officers' relatives", "and police and militants").
_POLICE_TOLD_SECOND = re.compile(
    _POLICE_PHRASE
    + r"(?:\s*$|\s+(?:in|at|on|near|outside|inside|after|before|during|over|when|as|while)\b)",
    re.IGNORECASE,
)
# People the report names by no kind of party ("the beneficiaries of a relief scheme",
# "shopkeepers") are a crowd when they fight the police, unless the words tell a crime or
# arms: robbers, poachers or gunfire are the police's battle with criminals.
_CRIME = re.compile(
    r"\b(?:robbers?|thugs?|(?:car-?)?jackers?|criminals?|poachers?|smugglers?|kidnappers?|"
    r"thie(?:f|ves)|dacoits?|goons?|outlaws?|fugitives?|escapees?|prisoners?|inmates?)\b",
    re.IGNORECASE,
)
_GUNFIRE = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|bullets?|rifles?|firearms?|(?:exchang\w*|trad\w*) (?:of )?fire)\b",
    re.IGNORECASE,
)


def crowd_against_police(sentence: str, end: int, before: str) -> str | None:
    """The kind of the unarmed side (crowd, civilian or protesters) of a fight told after its
    word as fought by the police: "between police and party activists", "Police clashed with
    farmers", "between youths and security forces"; None when no side is the police or the
    other side is armed."""
    between = BETWEEN_SIDES.match(sentence, end)
    if between is not None:
        police, other = between.group("first"), between.group("other")
        if not _THE_POLICE.fullmatch(police.strip()) and _POLICE_TOLD_SECOND.match(other.strip()):
            police, other = "police", police  # "between youths and security forces"
    else:
        with_side = _WITH_SIDE.match(sentence, end)
        agent = nearest_party(before, last=True)
        if with_side is None or agent is None:
            return None
        police, other = agent[1].group(), with_side.group("other")
    if not _THE_POLICE.fullmatch(police.strip()) or _ARMED_OTHER.match(other):
        return None
    other = _SIDE_END.split(other, maxsplit=1)[0]
    side = nearest_party(other, last=False)
    if side is None and party_member(other):
        return "crowd"  # "police clashed with KANU members"
    if side is None and between is not None and _unknown_people(other, sentence):
        return "crowd"  # "between the beneficiaries of a relief centre and police"
    return side[0] if side is not None and side[0] in {"crowd", "civilian", "protesters"} else None


# Where, when or why a side is told ends its words: "shopkeepers in Shikarpur after an officer
# slapped a vendor" names the shopkeepers only.
_SIDE_END = re.compile(
    r"\s+(?:in|at|on|near|outside|inside|after|before|during|over|when|as|while|who|which|"
    r"that|following|for|from)\b",
    re.IGNORECASE,
)


# A side named by a common noun ("shopkeepers", "the applicants"), not by a name ("the Asayish",
# "the YPG"): a named group may be an armed one the parties' words do not know.
_COMMON_NOUN = re.compile(r"(?:(?:the|some|local|several|hundreds of|dozens of)\s+)*+[a-z]")


def _unknown_people(side: str, sentence: str) -> bool:
    """Whether a side of no known kind is people named by a common noun, with no arms, no
    crime and no gunfire told."""
    return (
        _COMMON_NOUN.match(side.strip()) is not None
        and next(iter(named_actors(side)), None) is None
        and not (ARMED.search(side) or _CRIME.search(side) or _GUNFIRE.search(sentence))
    )


# The police and people who bear no arms told together as the subject of a fight, no side after
# it: "members of the Awami League and police personnel clashed", "students and police
# clashed", "the police and union cadres clashed each other" (ACLED: rioters against the
# police, no battle). The last "and" of the clause before the word parts the two sides.
_JOINED_SIDES = re.compile(
    r"(?P<first>[^,;:()]{1,80}?)\s+and\s+(?P<second>[^,;:()]{1,60}?)\s*"
    r"(?:(?:have|had|also|again|reportedly|allegedly|then|later)\s+)*"
    # "vendors and security officers engaged in running battles"
    r"(?:(?:engag(?:e|ed|es|ing)|were\s+involved)\s+in\s+(?:(?:running|fierce|violent)\s+)?)?$",
    re.IGNORECASE,
)


_POLICE_SIDE = re.compile(
    rf"(?:the\s+|riot\s+|local\s+|security\s+)*(?:{POLICE.pattern})"
    r"(?:\s+(?:forces?|personnel|officers|units?|teams?))?",
    re.IGNORECASE,
)


# A verb in the other side's words tells a clause of its own, not a side.
_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|said|says|fled|went|came|ran|gathered|arrived|"
    r"marched|protested|blocked|burn(?:ed|t)|threw|stoned|pelted)\b",
    re.IGNORECASE,
)


def crowd_joined_with_police(before: str) -> str | None:
    """The kind of the unarmed side (crowd, civilian or protesters) told beside the police as
    the joined subject of a fight ("activists and police clashed"), else None."""
    joined = _JOINED_SIDES.search(before)
    if joined is None:
        return None
    first, second = joined.group("first"), joined.group("second")
    if _POLICE_SIDE.fullmatch(second.strip()):
        other, last = first, True
    elif _POLICE_SIDE.fullmatch(first.strip()):
        other, last = second, False
    else:
        return None
    if ARMED.search(other) or _CLAUSE_VERB.search(other):
        # "troops and police clashed with ...": the forces together; "people fled and police
        # clashed with ...": a clause of its own, no side
        return None
    side = nearest_party(other, last=last)
    if side is None and party_member(other):
        return "crowd"  # "KANU members and police clashed"
    return side[0] if side is not None and side[0] in {"crowd", "civilian", "protesters"} else None


# A place told after a locative is where the fight is, not whom it hits ("clashed at the
# market", "in a village").
_AT_PLACE = re.compile(r"\b(?:at|in|near|inside|outside|around)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def told_where(hit: tuple[str, re.Match[str]] | None, after: str) -> bool:
    """Whether the hit read after a fight's word is a place told right after a locative."""
    return (
        hit is not None
        and PLACE_NOUN.fullmatch(hit[1].group()) is not None
        and _AT_PLACE.search(after[: hit[1].start()]) is not None
    )


# a party's sides may be movements or organisations beside it: "the CPI(M) and the RSS"
_PARTY_KINDS = frozenset({"political_party", "organisation"})


def parties_between(sentence: str, end: int) -> bool:
    """Whether the sides of the fight ending at ``end`` are two political parties the actor
    dictionary knows, named as parties ("clashes between the CPI(M) and the RSS"): their
    partisans' brawl, as "supporters of two parties clashed" is; not when a side is anything
    else the dictionary knows (the police, an armed group)."""
    told = sides_after(sentence, end)
    if told is None:
        return False
    named = [entry for _, entry in named_actors(told)]
    parties = {e.name for e in named if e.kind in _PARTY_KINDS}
    return (
        len(parties) >= 2
        and any(e.kind == "political_party" for e in named)
        and all(e.kind in _PARTY_KINDS for e in named)
    )


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


# The side hit fighting back, told after the attack in its sentence: "bandits raided the village
# and residents took up arms, killing seven of them", "militants attacked a checkpost and forces
# repulsed them", "gunmen opened fire on the police, who returned fire" (ACLED: two armed sides
# fighting make a battle). Not the attack's motive ("in retaliation for the killing of a
# herder", "a retaliatory raid"); nor a bare "retaliated", which tells no arms ("school guards
# retaliated": ACLED Asia 2015 codes that shooting an attack).
_FOUGHT_BACK = re.compile(
    r"\b(?:(?:fought|fight|fights|fighting)\s+back|returned\s+(?:the\s+)?fire|"
    r"repuls(?:ed|ing)\s+(?:the|them|an?)|repell?(?:ed|ing)\s+(?:the|them|an?)|"
    r"(?:took|take|taking)\s+up\s+arms|(?:an?\s+)?exchange\s+of\s+fire|traded\s+fire|"
    r"exchanged\s+fire)\b",
    re.IGNORECASE,
)


def hit_side_fights_back(sentence: str, end: int) -> bool:
    """Whether the sentence tells the side an attack hit fighting back after the attack word
    at ``end`` (a battle, not a one-sided attack). The same reading, made on the triggers of an
    occurrence's merged sentences, is the merging pass ``fought_back``
    (``events/merge/parties/targets/fought_back.py``); the two keep their own wordings."""
    return _FOUGHT_BACK.search(sentence, end) is not None
