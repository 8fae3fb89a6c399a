"""The arms an act is told with: small arms beside heavy weapons decide a battle from shelling.

Conflict monitors type fire by its weapons (ACLED's codebook): shelling is fire from heavy
weapons at a distance (artillery, mortars, rockets, grenade launchers, heavy machine guns, the
guns of armoured vehicles); a fight with small arms (rifles, automatic weapons, pistols) is an
armed clash, and so is an assault that uses both, "rifles and grenades", "automatic weapons and
mortar bombs": the mortar or the grenade is one of the arms of a ground fight, not a remote
attack of its own. Fire counted by a monitor ("bursts of fire involving heavy machine guns")
is heavy fire when the only arms it names are heavy.
"""

from __future__ import annotations

import re

# Small arms: the arms of a fight at close range. Not a heavy machine gun, and not the
# anti-aircraft guns of a position ("armed with rifles and anti-aircraft guns" still names
# rifles).
SMALL_ARMS = re.compile(
    r"\b(?:(?:assault |automatic |sniper |hunting )?rifles?|automatic (?:weapons|fire)|"
    r"firearms?|small[- ]arms|Kalashnikovs?|AK-?47s?|pistols?|handguns?|"
    r"(?<!heavy )machine[- ]?guns?|gunfire|gun ?shots|rifle (?:fire|bursts?))\b",
    re.IGNORECASE,
)
# Heavy weapons: the arms of shelling.
_HEAVY = re.compile(
    r"\b(?:heavy machine[- ]?guns?|grenade launchers?|mortars?|artillery|howitzers?|rockets?|"
    r"missiles?|tanks?|IFVs?|BMPs?|APCs?|anti-tank \w+|anti-aircraft guns?|recoilless \w+)\b",
    re.IGNORECASE,
)
# Counted fire, as monitors report it: "20 bursts of fire", "shots".
_COUNTED_FIRE = re.compile(r"(?:shots|bursts? of fire)$", re.IGNORECASE)
# The arms named after counted fire: "bursts of fire involving heavy machine guns".
_ARMS_AFTER = re.compile(r"^\s+(?:involving|from|with|using|of)\s+(?P<arms>[^,;.()]{1,80})")


# A weapon's own word, as a trigger: "mortar", "hand grenades", "heavy machine guns".
_WEAPON_WORD = re.compile(rf"(?:(?:hand |stun )?grenades?|shells?|{_HEAVY.pattern})", re.IGNORECASE)


def is_weapon_word(text: str) -> bool:
    """Whether a trigger's words name a weapon, not an act ("mortar", "hand grenades"): read
    as a ground fight beside small arms, it is still no fight where the weapons were seized."""
    return _WEAPON_WORD.fullmatch(text) is not None


def small_arms_beside(sentence: str) -> bool:
    """Whether the sentence names small arms (a heavy weapon's trigger told beside them is an
    arm of a ground fight)."""
    return SMALL_ARMS.search(sentence) is not None


# Guns fired told by the act of firing, not by their name, at the forces or their posts:
# "opening fire at the checkpost and hurling a hand grenade at the policemen", "attacked a
# security checkpoint, hurling grenades and firing their weapons" (a grenade thrown by men who
# also shoot at the forces is an arm of their fight with them: kenya65). At anyone else the
# grenade stays a grenade, as ACLED codes "gunmen opened fire and threw two grenades into a
# night club".
_FIRING = re.compile(
    r"\b(?:open(?:ed|ing|s)?\s+fire|(?:fir(?:ed|ing)|shoot(?:ing)?)\s+(?:their|his|its)\s+"
    r"(?:weapons|guns|rifles))\b",
    re.IGNORECASE,
)
_FORCES_OR_POSTS = re.compile(
    r"\b(?:police(?:m[ae]n)?|soldiers?|troops|army|military|security\s+forces|gendarmes?|"
    r"check-?\s?(?:points?|posts?)|(?:police|army|military)\s+(?:stations?|posts?|camps?|"
    r"bases?|vehicles?|patrols?))\b",
    re.IGNORECASE,
)


def guns_fired_at_forces(sentence: str) -> bool:
    """Whether the sentence tells guns fired by the act of firing ("opening fire at the post")
    and names the forces or their posts."""
    return _FIRING.search(sentence) is not None and _FORCES_OR_POSTS.search(sentence) is not None


def heavy_fire(sentence: str, start: int, end: int) -> bool:
    """Whether the counted fire at ``sentence[start:end]`` ("bursts of fire", "shots") is told
    with heavy weapons only: "49 bursts of fire involving heavy machine guns"."""
    if not _COUNTED_FIRE.search(sentence[start:end]):
        return False
    named = _ARMS_AFTER.match(sentence[end:])
    if named is None:
        return False
    arms = named.group("arms")
    return _HEAVY.search(arms) is not None and SMALL_ARMS.search(arms) is None


# A city's quarters as what heavy fire hit: "fired rocket shells and sniper fire on the
# residential neighborhoods", "targeted al-Masharqa neighborhood with rocket shells and machine
# gun fire". State media tell the rebels' fire on a city so; the shells name the act (ACLED's
# shelling, its dead civilians its toll), the guns beside them make no ground fight (type52).
_QUARTERS = re.compile(
    r"\b(?:residential (?:neighbou?rhoods?|areas?|buildings?|districts?|quarters?)|"
    r"neighbou?rhoods?|residential)\b",
    re.IGNORECASE,
)
# ... not when the sentence names a post or position as what was hit: then it is a fight.
_POSTS = re.compile(
    r"\b(?:positions?|posts?|checkpoints?|bases?|barracks|outposts?|fronts?|frontlines?|troops|"
    r"soldiers|fighters|militants|gunmen)\b",
    re.IGNORECASE,
)


def fire_on_quarters(sentence: str) -> bool:
    """Whether heavy fire told beside small arms hit a city's quarters, no post or side:
    "terrorists targeted the neighborhood with rocket shells and machine gun fire"."""
    return _QUARTERS.search(sentence) is not None and _POSTS.search(sentence) is None
