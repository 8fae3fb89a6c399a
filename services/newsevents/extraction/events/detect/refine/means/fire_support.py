"""Guns told as a ground force's support: part of the fight, not a shelling beside it.

State media tell a day's ground fighting with the arms that backed it: "army units, backed by
artillery and tank fire, engaged the terrorists in fierce clashes in A, B and C", "units of the
army, with artillery cover, targeted the terrorists' positions in A and B", "under the cover of
heavy shelling, troops stormed the hill". The artillery is how the units fought, not an act of
its own: ACLED codes such a note one armed clash ("Burma Army troops backed by artillery and
airstrikes attacked the SSA-N": a battle), and the gold of the state-outlet parts codes the army's
round-ups so. Read as its own shelling, the support made a shelling beside each place's clash (a
duplicate per place) or typed the whole fight a shelling.

Two readings, both for the shelling words only (:func:`~..refinement.refine_type`):
- :func:`fire_in_support`: the weapon word is the object of a support phrase ("backed by the
  army's artillery", "with the support of tanks", "under the cover of artillery fire") or heads
  its noun ("with artillery cover", "artillery and tank support"), and the sentence tells a
  ground act beside it (a fight, a repelled attack, positions targeted, the dead); or it is
  what an attack was repelled with ("thwarted an attempt to infiltrate into X with tank fire",
  "foiled an attack using artillery"): an armed clash, which the same sentence's fight then
  holds as one act. A support phrase with no act
  beside it ("Russia pledged artillery support") keeps its reading.
- :func:`targeted_under_cover`: positions or gatherings "targeted" (a shelling by its own row)
  by units told with their support before it ("units of the army, with artillery cover,
  targeted ...", "troops backed by warplanes targeted ..."): the units' ground act. Not when
  the guns themselves target ("the army's artillery units, backed by ..., targeted": the
  agent is the guns).
"""

from __future__ import annotations

import re

from ...sides.agents import clause_before

_WEAPONS = r"artillery|tanks?|mortars?|rockets?|missiles?|howitzers?|cannons?|shell(?:s|ing)"
_SUPPORTERS = (
    rf"{_WEAPONS}|air ?force|aircraft|warplanes?|jets?|helicopters?|gunships?|drones?|aviation"
)
# A support phrase ending right before the weapon: "backed by the army's ", "with the cover of
# heavy ", "supported by artillery and " (the weapon the second of two).
_SUPPORT_BEFORE = re.compile(
    r"(?:\b(?:supported|backed|covered|assisted|aided|helped|protected)\s+by|"
    r"\b(?:with|under|amid)\s+(?:the\s+)?(?:support|help|cover|backing|assistance|protection)"
    r"\s+(?:of|from))\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# The weapon heading a support noun: "with artillery cover", "artillery and tank support",
# "with intense artillery fire cover".
_SUPPORT_NOUN_AFTER = re.compile(
    r"^(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+))?(?:\s+fire)?\s+(?:cover|support|backing)\b",
    re.IGNORECASE,
)
# A ground act the sentence tells beside the support: a fight, an attack repelled, positions
# targeted or destroyed, the dead.
_GROUND_ACT = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|battl\w*|engag\w*|repel\w*|repuls\w*|foil\w*|thwart\w*|"
    r"attack\w*|assault\w*|stormed|storming|ambush\w*|target\w*|kill\w*|destroy\w*|"
    r"eliminat\w*|inflict\w*|combat\w*|operations?)\b",
    re.IGNORECASE,
)
_ANY_SUPPORT = re.compile(
    r"\b(?:(?:supported|backed|covered|assisted|aided|helped|protected)\s+by|"
    r"(?:with|under|amid)\s+(?:the\s+)?(?:support|help|cover|backing|assistance|protection)"
    r"\s+(?:of|from))\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{_SUPPORTERS})\b|"
    rf"\b(?:with|under|amid)\s+(?:(?:the|heavy|intense)\s+)?(?:{_WEAPONS}|air)"
    r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+fire)?\s+(?:cover|support|backing)\b",
    re.IGNORECASE,
)
_GUNS_AS_AGENT = re.compile(rf"\b(?:{_WEAPONS})\b", re.IGNORECASE)


def _in_support(sentence: str, start: int, end: int) -> bool:
    """Whether the weapon word at ``sentence[start:end]`` is named as a ground force's
    support."""
    return bool(
        _SUPPORT_BEFORE.search(sentence, max(0, start - 80), start)
        or _SUPPORT_NOUN_AFTER.match(sentence[end : end + 60])
    )


# An attack or infiltration told repelled before the guns it was repelled with: "repelled an
# attack on military posts with tank and artillery fire", "thwarted an attempt to infiltrate
# into X with tank fire", "foiled an attack on Morek using artillery and rockets".
_REPELLED_BEFORE = re.compile(
    r"\b(?:repel\w*|repuls\w*|foil\w*|thwart\w*|beat\w* back|fought off|fend\w* off|"
    r"confront\w*)\b[^.;:]*\b(?:with|using)\s+(?:(?:the|heavy|intense|its|their)\s+)?"
    r"(?:[\w'’-]+\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)


def fire_in_support(sentence: str, start: int, end: int) -> bool:
    """Whether the shelling word at ``sentence[start:end]`` names the guns that backed a ground
    act the sentence tells, or the guns an attack was repelled with (see the module)."""
    if not _GUNS_AS_AGENT.search(sentence, start, end):
        return False
    if _REPELLED_BEFORE.search(sentence, max(0, start - 200), start):
        return True
    if not _in_support(sentence, start, end):
        return False
    rest = sentence[:start] + " " * (end - start) + sentence[end:]
    return _GROUND_ACT.search(rest) is not None


# A fight told as the setting of the fire, in the fire's own clause: "the army's artillery and
# rocket units targeted ISIS gatherings in A and B after fierce clashes", "during violent
# battles", "in the course of the fighting".
_DURING_A_FIGHT = re.compile(
    r"\b(?:after|during|amid|amidst|following|in\s+the\s+course\s+of)\s+(?:the\s+)?"
    r"(?:(?:fierce|heavy|violent|intense|bitter|ongoing|continued|continuing|fresh|"
    r"renewed|armed)\s+){0,2}(?:clashes|fighting|battles|confrontations|combats?)\b",
    re.IGNORECASE,
)


def fire_during_a_fight(sentence: str, start: int, end: int) -> bool:
    """Whether the shelling word at ``sentence[start:end]`` is told in a clause whose fight is
    its setting ("... targeted their gatherings in A and B after fierce clashes"): the fire of
    that fight, an armed clash (the state outlets' round-ups, as their gold codes them)."""
    if not _GUNS_AS_AGENT.search(sentence, start, end) and not sentence[
        start:end
    ].lower().startswith("target"):
        return False
    clause_end = re.search(r"[,;:]|\s+while\s", sentence[end:])
    after = sentence[end : end + clause_end.start()] if clause_end else sentence[end:]
    return bool(
        _DURING_A_FIGHT.search(after) or _DURING_A_FIGHT.search(clause_before(sentence, start))
    )


def targeted_under_cover(sentence: str, start: int, end: int) -> bool:
    """Whether the positions "targeted" at ``sentence[start:end]`` are the act of units told with
    their support before it (see the module)."""
    if not sentence[start:end].lower().startswith("target"):
        return False
    before = clause_before(sentence, start, reach=160)
    support = _ANY_SUPPORT.search(before)
    if support is None:
        return False
    return _GUNS_AS_AGENT.search(before[: support.start()]) is None


# A list of places after the targeted sites: two capitalised names joined by "and", "as well as"
# or a comma within the clause ("positions and gatherings in Kafr Zita, al-Latamna and Morek",
# "in Nawa and Sheikh Miskin"); "and" inside the sites' own noun phrase is lowercase.
_PLACE_LIST = re.compile(
    r"\b(?:in|at|on|near|around)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?(?:(?:al|el|Al|El)-)?[A-Z]"
    r"[^.;:]{0,80}?(?:,\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?(?:[a-z]+\s+of\s+)?"
    r"(?:(?:al|el|Al|El)-)?[A-Z]"
)
# The means or the air told in the sentence: the targeting is then theirs.
_MEANS_NAMED = re.compile(
    rf"\b(?:{_SUPPORTERS}|air|aerial|sorties?|raids?|strikes?|bombs?|barrels?|snipers?)\b",
    re.IGNORECASE,
)
# A ground force as the doer: "army units", "units of the army", "an army unit", "the army",
# "troops", "forces".
_GROUND_FORCE = re.compile(
    r"\b(?:units?|army|troops|forces|soldiers|detachments?)\b", re.IGNORECASE
)


def targeted_at_listed_places(sentence: str, start: int, end: int) -> bool:
    """Whether the positions or gatherings "targeted" at ``sentence[start:end]`` are a ground
    force's round-up of a day's operations at a list of places, no means named: "army units
    targeted the terrorists' positions and gatherings in A, B and C, killing many of them" (the
    state outlets' bulletins; their gold codes each place an armed clash), not one gathering on
    a hill ("an army unit targeted a gathering of ISIS terrorists on a hill": fire at one spot,
    a shelling)."""
    if not sentence[start:end].lower().startswith("target"):
        return False
    before = clause_before(sentence, start)
    if not _GROUND_FORCE.search(before) or _MEANS_NAMED.search(sentence):
        return False
    return _PLACE_LIST.search(sentence, end) is not None
