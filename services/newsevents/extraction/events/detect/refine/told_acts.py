"""What the words of an act decide before its sides (for :func:`.refinement.refine_type`): ground
or a post held only for a while, an abduction whose victims are killed in its telling, a device
detonated by the forces clearing it or by those using it, heavy fire told as going both ways.
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ..sides.agents import clause_before

# Who detonates a device safely: the forces or experts clearing it ("police detonated the
# device"); anyone else detonating a bomb uses it ("militants detonated a bomb near a base").
_CLEARING = re.compile(
    r"\b(?:police|army|soldiers|troops|security forces|sappers|bomb (?:squad|disposal)|"
    r"deminers|engineers|experts|specialists|authorities|safely|controlled)\b",
    re.IGNORECASE,
)


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


def held_briefly(event_type: EventTypeName, sentence: str, start: int, end: int) -> bool:
    """Whether the trigger at ``sentence[start:end]`` tells ground, or a post of the forces,
    held only for a while: "the raiders briefly seized the checkpoint"."""
    return bool(
        event_type in _HELD_FOR_A_WHILE
        and _BRIEFLY.search(sentence, 0, start)
        and (event_type != "property_seized" or _POST_HELD.match(sentence, end))
    )


def killed_after(sentence: str, end: int) -> bool:
    """Whether the victims of the abduction told before ``end`` are killed in its telling:
    "gunmen abducted and killed a civilian"."""
    return _KILLED_AFTER.match(sentence[end:]) is not None


def detonated_in_use(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger detonates a device its user sets off, not one the forces or
    experts clear: "militants detonated a bomb near a base", not "police detonated the device",
    nor one that went off before its time ("a device the fighters carried detonated
    prematurely": disrupted weapons use, issue 11, fiftieth round)."""
    told = sentence[start:end].lower()
    return (
        told.startswith("detonat")
        and "prematurely" not in told
        and not _CLEARING.search(clause_before(sentence, start))
    )


def fired_both_ways(sentence: str, end: int) -> bool:
    """Whether heavy fire told before ``end`` goes both ways: "shells fired in both directions
    of the front line"."""
    # the phrase starts within 120 characters of the trigger; its noun may lie beyond them
    both_ways = _BOTH_WAYS.search(sentence, end)
    return both_ways is not None and both_ways.start() < end + 120


# Fire told as one with a fight is the fight's: "clashes and shelling continued between the
# army and the rebels", "heavy clashes and mutual shelling erupted", "shelling and fighting on
# the outskirts", "the sound of gunfire and explosions" (a battle's noise, not a bomb). War
# reports, SOHR's and SANA's above all, tell one battle so, which ACLED codes one armed clash; a
# fire told as an act of its own ("shelled the town and clashed with the rebels") keeps its
# type (type52).
_FIRE_NOUN = re.compile(
    r"(?:shelling|bombardments?|artillery|mortars?|rockets?|missiles?|shells)", re.IGNORECASE
)
_BLAST_NOUN = re.compile(r"(?:explosions?|blasts?)", re.IGNORECASE)
_FIGHT = (
    r"clash(?:es)?|fighting|battles?|combats?|confrontations?|skirmish(?:es)?|gun-?fights?|"
    r"fire-?fights?|exchanges? of fire"
)
# Gunfire beside a blast is the noise of a fight; beside shells it is one more arm of the fire
# ("targeted civilians with shells and gunfire": the sides decide, :mod:`.means.arms`).
_NOISE = r"gunfire|gun ?shots|shooting|(?:machine-?\s?gun|small-arms|rifle) fire"


def _joined(fight: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(
        rf"\b(?:{fight})\s+(?:and|amid|with)\s+(?:(?:mutual|heavy|intense|fierce|sporadic|"
        r"artillery|mortar|rocket|tank|reciprocal|loud)\s+){0,2}$",
        re.IGNORECASE,
    )
    after = re.compile(
        r"^(?:\s+(?:fire|shells|shelling))?\s+(?:and|amid)\s+(?:(?:heavy|intense|fierce|fresh|"
        rf"sporadic|armed|ground)\s+){{0,2}}(?:{fight})\b",
        re.IGNORECASE,
    )
    return before, after


_FIRE_JOINED = _joined(_FIGHT)
_BLAST_JOINED = _joined(f"{_FIGHT}|{_NOISE}")


def fire_of_a_fight(sentence: str, start: int, end: int) -> bool:
    """Whether the fire or blast noun at ``sentence[start:end]`` is joined to a fight's noun:
    "clashes and shelling", "gunfire and explosions", "shelling and clashes"."""
    word = sentence[start:end]
    if _FIRE_NOUN.fullmatch(word):
        before, after = _FIRE_JOINED
    elif _BLAST_NOUN.fullmatch(word):
        before, after = _BLAST_JOINED
    else:
        return False
    return bool(
        before.search(sentence, max(0, start - 60), start) or after.match(sentence[end : end + 60])
    )


# A killing of captives told by its own word: monitors code the execution of prisoners, the
# fighters and soldiers among them too, as violence against civilians, not as a battle with
# their side ("ISIL beheads 8 militants despite surrendering", "the beheadings of at least 18
# Syrian military personnel").
_EXECUTION = re.compile(r"(?:behead|decapitat|execut)\w*", re.IGNORECASE)


def is_execution(trigger: str) -> bool:
    """Whether a trigger word tells the killing of captives (beheaded, decapitated, executed)."""
    return _EXECUTION.fullmatch(trigger) is not None
