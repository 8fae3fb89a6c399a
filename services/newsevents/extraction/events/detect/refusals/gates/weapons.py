"""Gates on weapons: a missile fired and not thrown, named as a unit, carried, taken or traded
as goods; an armoured vehicle fired and not hit.
"""

from __future__ import annotations

import re

from .....text.numbers import counting

# A missile or rocket word that names no firing: what a crowd threw ("bricks, bottles and other
# missiles were thrown at officers", "threw stones and missiles": a riot's), the unit or
# programme a weapon names ("the Hezbollah missile unit", "its rocket programme"), or the guns a
# vehicle carries ("two pickups with anti-aircraft guns" taken as spoils).
_THROWN_BEFORE = re.compile(
    r"\b(?:threw|throw(?:s|ing)?|thrown|hurl(?:ed|s|ing)?|pelt(?:ed|ing)?)\b"
    r"(?:\s+[\w'’,-]+){0,4}\s+$",
    re.IGNORECASE,
)


_THROWN_AFTER = re.compile(
    r"^\s+(?:(?:were|was|being|had been|have been)\s+)?(?:thrown|hurled)\b", re.IGNORECASE
)


_WEAPON_NAMES = re.compile(
    r"^\s+(?:units?|brigades?|battalions?|divisions?|corps|programm?e?s?|arsenals?|stockpiles?|"
    r"factor(?:y|ies)|capabilit(?:y|ies)|technology|experts?|commanders?|chiefs?)\b",
    re.IGNORECASE,
)


# ... also told of some of them ("their vehicles, some of them equipped with heavy machineguns").
_CARRIED_BY = re.compile(
    r"\b(?:pick-?ups?|trucks?|vehicles?|technicals?|cars?|boats?)\s+"
    rf"(?:(?:\w+\s+)?|,?\s*(?:some|most|many|{counting(1, 3)}|several|all) of them\s+)"
    r"(?:with|mounted with|fitted with|armed with|equipped with|carrying)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


# A weapon named as what was destroyed, seized or found is no firing: "killing 30 militants and
# destroying two of their trucks and mortar shells and launchers", "seized two rockets and a
# launcher". The words between are the object's (determiners, counts, other things taken, joined
# by "and"); a means or a clause of its own breaks it ("destroyed the house with mortar shells",
# "captured the hill after mortar shells hit it", "captured the village and began firing rockets":
# a verb of firing in any form, review44). Only a noun: "destroyed two tanks and shelled
# the village" fires. The things taken may be listed with commas, each item opened by a count
# or a determiner (forty-seventh round, clash67): "destroyed a tank, two rocket launchers and
# three cannons".
_ITEM_COMMA = rf",(?=\s+(?:an?|the|their|its|{counting(2, 10)}|several|some|dozens|tens|\d+)\b)"
_TAKEN_BEFORE = re.compile(
    r"\b(?:destroy(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)"
    r"|dismantl(?:e|es|ed|ing)|(?:found|discovered|recovered|seized)\s+(?:a\s+)?(?:cache|depot)s?\s+of)"
    rf"(?:(?:{_ITEM_COMMA})?\s+(?!(?:with|by|in|on|at|after|as|when|while|amid|using|from|under|following|which"
    r"|that|who|to|into|fir(?:ed|ing)|launch(?:ed|ing)|lobb(?:ed|ing)|rain(?:ed|ing)|hurl(?:ed|ing)"
    r"|began|begun|started|opened|hit|struck|targeted|fell|landed|killing)\b)[\w'’-]+){0,6}"
    r"\s+$",
    re.IGNORECASE,
)
_WEAPON_NOUN = re.compile(
    r"(?:rockets?|missiles?|mortars?|shells|launchers?|guns?|cannons?|artillery)$", re.I
)


# The passive of the same: "five VBIEDs destroyed in the village", "mortars were seized"; the
# weapon's word may open its post's noun and its holder (forty-seventh round, clash67): "a
# number of artillery positions belonging to the terrorists were also destroyed", "rocket
# launchers of the militants were destroyed" (what the fight took out, not fire).
_TAKEN_AFTER = re.compile(
    r"^\s+(?:(?:positions?|pieces?|batteries|emplacements?|launchers?|nests?|posts?)\s+)?"
    r"(?:(?:belonging\s+to|of)\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:(?:were|was|have been|had been|has been)\s+)?(?:also\s+)?"
    r"(?:destroyed|seized|captured|confiscated|dismantled|defused)\b",
    re.IGNORECASE,
)


def told_taken(sentence: str, start: int, end: int) -> bool:
    """Whether the weapon or device at ``start:end`` is named as what was destroyed, seized or
    dismantled ("destroying their mortars", "five car bombs were destroyed"), not as the means
    of an act."""
    return bool(_TAKEN_BEFORE.search(sentence[:start]) or _TAKEN_AFTER.match(sentence[end:]))


# Weapons told as goods: a sale, a deal or a package and what it holds ("the package covers
# frigates and missile defence batteries", "the guns fire 120mm shells" after "the sale
# includes forty self-propelled guns"), with no one hit in the sentence (twenty-sixth round,
# spur46).
_GOODS = re.compile(
    r"\b(?:deals?|sales?|selling|sells?|sold|packages?|purchas\w*|bought|buy(?:s|ing)?|"
    r"procur\w*|exports?|imports?|contracts?|approv\w+|billion|million)\b",
    re.IGNORECASE,
)
_HIT = re.compile(
    r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hit|struck|landed|fell|targeted|destroy\w*|"
    r"fired|firing|pounded|rained|damag\w*|shell(?:ed|ing)|"
    r"at (?:the |a )?(?:town|village|city))\b",
    re.IGNORECASE,
)
_DEFENCE = re.compile(r"^\s+defen[cs]e\b", re.IGNORECASE)


def as_goods(sentence: str, previous: str) -> bool:
    """Whether the weapons of ``sentence`` are goods traded, not fired: a deal in the sentence or
    the one before, and no one hit."""
    return bool(_GOODS.search(sentence) or _GOODS.search(previous)) and not _HIT.search(sentence)


def not_goods(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "artillery pounded the town", not "approved the sale of $2 billion of artillery" nor
    the pieces an enemy destroyed or seized ("the sorties destroyed two vehicles and 8
    artillery pieces": what the strike hit, not its means)."""
    return not as_goods(sentence, previous) and not told_taken(sentence, start, end)


def fired_weapon(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "rockets were fired at the town", not "bottles and other missiles were thrown at
    officers", "the Hezbollah missile unit", "two pickups with anti-aircraft guns" or
    "destroying their vehicles and mortar shells"."""
    before, after = sentence[:start], sentence[end:]
    return not (
        as_goods(sentence, previous)
        or _DEFENCE.match(after)
        or _THROWN_BEFORE.search(before)
        or _THROWN_AFTER.match(after)
        or _WEAPON_NAMES.match(after)
        or _CARRIED_BY.search(before)
        or (_WEAPON_NOUN.search(sentence[start:end]) and _TAKEN_BEFORE.search(before))
    )


# An armoured vehicle told as what was attacked, ambushed or hit is the target, not a weapon
# fired: "Taliban militants attacked an Afghan military APC" is a ground attack on the crew
# (clash60), as "the NAF fired IFVs at the positions" is fire; so is one told hit in the
# passive ("two policemen were killed when their APC was hit by a roadside bomb").
_VEHICLE_HIT_BEFORE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|target(?:s|ed|ing)?|hit|struck|"
    r"blew\s+up|burn(?:ed|t|ing)|torch(?:ed|ing)|disabled|damag(?:ed|ing)|on|against)"
    r"\s+(?:(?:an?|the|their|its|two|three|several)\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_VEHICLE_HIT_AFTER = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:hit|struck|"
    r"attacked|targeted|ambushed|destroyed|damaged|blown\s+up|set\s+(?:on\s+fire|ablaze))\b",
    re.IGNORECASE,
)


def vehicle_fired(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "fired IFVs at the positions", not "attacked an army APC", "their APC was hit by a
    bomb" nor "destroyed two BMPs"."""
    return not (
        _VEHICLE_HIT_BEFORE.search(sentence[:start])
        or _VEHICLE_HIT_AFTER.match(sentence, end)
        or told_taken(sentence, start, end)
    )
