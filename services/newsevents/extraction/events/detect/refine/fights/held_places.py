"""An armed side's attack on a place another side holds, or whose dead it names as armed: a
battle, not an attack on civilians (for :func:`..refinement.refine_type`).

ACLED's codebook keeps "attack" for violence against people who bear no arms; an armed group
storming a town that the government, the rebels or a Kurdish force holds fights that force
there, and so does an attack whose toll it names as the holders' fighters. War reports tell
the holder in the place's adjective ("Nusra militants attacked the government-held town of
Mhardeh", "IS stormed the Kurdish-controlled town of Kobani") and the dead in a participle
after the act ("Jaish al-Fateh attacked the village of Fuaa, killing 10 pro-government
militiamen"). The target a generic word reads there is the town, a place of people, so it was
typed an attack on civilians.

Near misses keep their type: a held town whose dead the sentence names as civilians ("regime
forces attacked the rebel-held town, killing four civilians": the sides' rules read them), a
town with no holder told and no toll ("launched an attack on the town of Kobani"), and the
besieged ("the government-besieged town": who holds it is not told).
"""

from __future__ import annotations

import re

from .....text.numbers import SEVERAL_WORDS, counting
from ...sides.parties import ARMED, CIVILIAN

# The holder of a place told in its adjective: "government-held", "regime-controlled" (not "a
# state-run resort": a public enterprise, no force holding it).
HELD_BY_A_SIDE = (
    r"(?:government|regime|army|loyalist|opposition|rebel|insurgent|militant|jihadist|"
    r"Islamist|Kurdish|YPG|SDF|IS|ISIS|ISIL|Daesh|Nusra|militia|Houthi|Taliban|separatist|"
    r"FSA|Hezbollah)[- ](?:held|controlled)\b"
)
# ... right after the attack word: "the government-held town of", "two regime-controlled
# villages".
_HELD_PLACE = re.compile(
    rf"^\s+(?:(?:on|against|into)\s+)?(?:(?:the|an?|{counting(2, 4)}|several|\d+)\s+)?"
    rf"(?:[\w'’]+\s+){{0,2}}?{HELD_BY_A_SIDE}",
    re.IGNORECASE,
)
# The dead of the act told in a participle after it, in the same sentence: "..., killing 10
# pro-government militiamen", "..., leaving 12 soldiers dead".
_TOLL_AFTER = re.compile(
    r"^[^.;:]{0,120}?,\s+(?:killing|leaving|wounding|injuring)\s+(?P<toll>[^,;:.()]{1,70})",
    re.IGNORECASE,
)
# A counted toll of several ("10 pro-government militiamen"): one guard killed at a house is a
# guard of the people attacked, not a force holding the place.
_COUNT = re.compile(
    r"^(?:(?:at least|about|nearly|around|more than|over|some|up to)\s+)?"
    rf"(?:\d+|{SEVERAL_WORDS}|many|a number of)\s",
    re.IGNORECASE,
)

# Armed men no force holds a place with: the former or retired ("five former rebel
# commanders"), a private employer's guards ("two private security personnel").
_NO_FORCE = re.compile(r"\b(?:former|ex-|retired|private|off-duty)", re.IGNORECASE)


def fight_for_a_place(sentence: str, end: int) -> bool:
    """Whether the attack word ending at ``end`` hits a place another side holds, or tells a
    toll of armed men only: a battle with the holders."""
    after = sentence[end:]
    toll = _TOLL_AFTER.match(after)
    if toll is not None:
        words = toll.group("toll")
        if CIVILIAN.search(words):
            return False  # "..., killing four civilians": the hit is told, unarmed
        if _COUNT.match(words) and ARMED.search(words) and not _NO_FORCE.search(words):
            return True
    return _HELD_PLACE.match(after) is not None
