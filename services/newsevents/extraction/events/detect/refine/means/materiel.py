"""War materiel destroyed: the outcome of a fight, not property destruction.

ACLED's codebook keeps "looting/property destruction" for property wrecked where no fight or
strike is told; an armed side's vehicles and guns destroyed by its enemy are what the
fight or the strike did to it, and take that act's type. War reports, state media's above all
(SANA, the Iraqi and Russian ministries, army communiqués across the Sahel), tell the outcome
in a sentence of its own, a clause split off the act ("an army unit destroyed an armoured
vehicle and two cars loaded with ammunition for the terrorists", "the operations resulted in
destroying two vehicles equipped with machineguns", "three pick-ups mounted with heavy
machine guns were destroyed"). Such a sentence is a ground fight unless its own words give the
means: artillery, rockets or missiles make it shelling. A sentence that names aircraft, or
tells the destruction "in" its act ("destroyed in the air raid"), is left to that act's word.

Near misses stay property destruction: civilians' vehicles and homes, a crowd burning a police
van ("protesters torched an army truck": its doer is a crowd, typed as a riot by the sides),
water and fuel tanks, and depots and caches of arms or ammunition (their own trigger is
disrupted weapons use, which a fight's type would not replace: "destroyed an ammunition depot
with artillery fire" stays as it was).
"""

from __future__ import annotations

import re

from .....ontology import EventTypeName
from .....text.numbers import counting
from ...sides.agents import clause_before
from ...sides.aircraft import names_striking_aircraft
from ...sides.parties import kind_of

# The materiel of an armed side, by its own noun or by what a vehicle carries or mounts.
_MATERIEL = re.compile(
    r"\b(?:armou?red (?:vehicles?|cars?|personnel carriers?)|(?<!water )(?<!fuel )(?<!oil )"
    r"(?<!storage )(?<!septic )tanks?\b(?! of water)|APCs?|BMPs?|IFVs?|technicals|"
    r"military (?:vehicles?|trucks?|equipment|hardware)|"
    r"(?:vehicles?|cars?|pick-?ups?|pick-?up trucks?|trucks?|jeeps?|boats?)\s+"
    r"(?:(?:were|was|which were|that were)\s+)?"
    r"(?:equipped|mounted|fitted|armed|loaded|transporting|carrying)\s+(?:with\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:machine-?\s?guns?|guns|weapons|ammunition|munitions|explosives|terrorists|militants|"
    r"fighters|gunmen|insurgents|rebels|jihadists|mercenaries|arms)|"
    r"(?:heavy |anti-aircraft |\d+ ?mm )?machine-?\s?guns?|(?:multiple )?rocket launchers?|"
    r"launch(?:ers|pads?)|(?:mortar|artillery) (?:launchers|positions)|artillery pieces|cannons?)",
    re.IGNORECASE,
)
# An armed side's sites and vehicles, told by their holder (clash58): "destroyed dens of
# terrorists", "the terrorists' positions", "regime vehicles", "a headquarters of the rebels",
# "militant hideouts". What one armed side wrecks of another's is what their fight did (ACLED
# Asia 2015 codes "destroyed hideouts" of militants a battle); read only with an armed doer.
_HOLDERS = (
    r"terrorists?|militants?|insurgents?|rebels?|fighters|gunmen|jihadists?|mercenaries|"
    r"regime(?: forces)?|army|troops|soldiers|enemy|ISIS|ISIL|Daesh|Taliban|Nusra"
)
_SITES = (
    r"dens?|hideouts?|headquarters|HQs?|fortifications?|tunnels?|positions?|posts?|bases?|"
    r"strongholds?|bunkers?|camps?|vehicles?|trucks?|cars?"
)
_ARMED_SITE = re.compile(
    rf"^\s+(?:(?:an?|the|their|its|several|some|many|a number of|\d+|{counting(2, 5)})\s+)?"
    rf"(?:(?:(?:{_HOLDERS})['’]?s?['’]?|military|militant|terrorist|insurgent|rebel)\s+)"
    rf"(?:[\w-]+\s+)?(?:{_SITES})\b|"
    rf"^\s+(?:(?:an?|the|their|its|several|some|many|a number of|\d+|{counting(2, 5)})\s+)?"
    rf"(?:[\w-]+\s+)?(?:{_SITES})\s+(?:of|for|belonging to|used by)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_HOLDERS})\b",
    re.IGNORECASE,
)
# The means of a remote strike told with it: "destroyed a depot with heavy artillery fire";
# not the guns told as the units' cover ("destroyed their positions with artillery cover": the
# units' fight, forty-eighth round, clash68).
_REMOTE_MEANS = re.compile(
    r"\b(?:with|by|using|in)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:artillery|shell(?:s|ing)|mortars?|rockets?|missiles?|howitzers?|bombardment)\b"
    r"(?!(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+fire)?\s+(?:cover|support|backing)\b)",
    re.IGNORECASE,
)
# What the words after the trigger name, up to the next clause: its object in the active voice.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|while|but|as|when|after|killing|injuring)\b|\.\s")
# The act the destruction was told in, named right after it: its own word is the event.
_TOLD_IN_ITS_ACT = re.compile(
    r"\s*(?:[\w-]+\s+){0,8}?(?:in|during)\s+(?:(?:an?|the|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|(?:air ?)?strikes?|raids?|operations?|shelling|bombardments?|bombings?|"
    r"assaults?|offensives?|clash(?:es)?|fighting|battles?|ambush(?:es)?|sorties)\b",
    re.IGNORECASE,
)
_DESTRUCTION = re.compile(r"destr|blew|blow|burn|torch|set|raz|smash|demolish", re.IGNORECASE)
# Materiel its own holder does away with, or lost to no enemy: illegal arms burnt at a
# ceremony ("police destroyed 5,000 illegal firearms, including machine guns"), obsolete pieces
# scrapped, a vehicle destroyed in a fire after an electrical fault. No fight is told: what the
# trigger read before stays (review52). Not "seized" or "recovered": army communiqués tell the
# arms they took beside what they destroyed in a fight.
_NO_ENEMY = re.compile(
    r"\b(?:illegal|illicit|obsolete|unserviceable|decommission\w*|disposal|ceremony|"
    r"electrical fault|accident(?:al|ally)?|caught fire|in an? (?:[\w-]+ )?(?:fire|blaze))\b",
    re.IGNORECASE,
)


def materiel_destroyed(sentence: str, start: int, end: int) -> EventTypeName | None:
    """ "armed_clash" or "shelling" when the destruction word at ``sentence[start:end]`` hits
    an armed side's materiel and no crowd or civilian did it, else None."""
    if not _DESTRUCTION.match(sentence, start):
        return None
    tail = sentence[end:]
    cut = _CLAUSE_END.search(tail)
    after = tail[: cut.start()] if cut else tail
    before = clause_before(sentence, start)
    site = _ARMED_SITE.match(after) is not None and kind_of(before, last=True) == "armed"
    if not (_MATERIEL.search(after[:160]) or _MATERIEL.search(before[-120:]) or site):
        return None
    if _TOLD_IN_ITS_ACT.match(tail) or names_striking_aircraft(sentence):
        # "depots were destroyed in the air raid", "the sorties destroyed two vehicles": the
        # act's own word, or the aircraft, type it
        return None
    if _NO_ENEMY.search(sentence):
        return None
    if kind_of(before, last=True) in {"protesters", "crowd"}:
        return None  # "rioters set fire to an army truck": the sides type it
    return "shelling" if _REMOTE_MEANS.search(after) else "armed_clash"
