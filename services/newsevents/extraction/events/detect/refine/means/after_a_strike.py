"""An armed side's materiel destroyed, told in the passive with no doer and no means right after
an air strike's sentence: the strike's outcome, an air strike (for the trigger stage).

State media and army communiqués tell a strike, then what it hit in a sentence of its own that
names neither the aircraft nor any other means: "The air force launched a series of strikes on
ISIS hideouts in the eastern countryside of Homs. Three pick-up vehicles equipped with
machineguns were destroyed in Jbab Hamad village and a truck was hit in Dabet al-Mella." The
second sentence's own words make a ground fight (:mod:`.materiel`), which ACLED's coders do
not read: they code the air strike at each place it hit. Only the passive: a doer told
("an army unit destroyed ...") or any means or fight in the sentence ("in clashes", "by
artillery", "an ambush") gives its own act; the sentence before must tell aircraft striking,
not supporting a ground force.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .....ontology import EventTypeName
from ...sides.agents import PASSIVE
from ...sides.aircraft import OWN_ACT, strike_told_in

# The fight an armed side's materiel destroyed reads as (:mod:`.materiel`). Not property
# destruction: what else a strike wrecked ("three fuel trucks were reportedly destroyed") is
# folded into the strike as its consequence already (ACLED 2020's LBY9948 became two events).
_OUTCOMES: frozenset[EventTypeName] = frozenset({"armed_clash"})
_DESTROYED_OR_HIT = re.compile(r"(?:destroyed|hit|damaged|struck|targeted)$", re.IGNORECASE)


def strike_told_before(
    kind: EventTypeName, sentence: str, start: int, end: int, previous: str
) -> EventTypeName:
    """``"airstrike"`` when the passive destruction of materiel at ``sentence[start:end]`` (read
    as a fight) is told with no act of its own right after a sentence telling aircraft
    striking; else ``kind``."""
    if kind not in _OUTCOMES or not previous:
        return kind
    if not _DESTROYED_OR_HIT.search(sentence[start:end]) or not PASSIVE.search(sentence, 0, start):
        return kind
    if OWN_ACT.search(sentence):
        return kind
    return "airstrike" if strike_told_in(previous) else kind


# Raids told right after aircraft striking are more of their strikes when the sentence tells no
# force on the ground: "Saudi-led coalition air strikes killed 15 in Sanaa. Other raids hit the
# city of Saada, killing four", "... Another raid hit a house in the village of X" (air59).
_RAID = re.compile(r"raids?", re.IGNORECASE)
_ON_THE_GROUND = re.compile(
    r"\b(?:police\w*|troops|soldiers|commandos|special forces|gunmen|militants|fighters|"
    r"militia\w*|raiders|bandits|rustlers|attackers|assailants|arrest\w*|detain\w*|"
    r"stormed|ground|house-to-house|door-to-door|search\w*|West Bank)\b",
    re.IGNORECASE,
)
# A raid told as a search, by what it is for or what it enters: "tax raids", "customs raids on
# warehouses", "raids on shops" (review60; air raids hit towns, houses and markets).
_SEARCH_KIND = re.compile(
    r"\b(?:tax|drugs?|narcotics|anti-drugs?|customs|immigration|anti-corruption|gambling|vice|"
    r"security)[ -]$",
    re.IGNORECASE,
)
_SEARCHED = re.compile(
    r"\s+on\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:shops|stores|offices|"
    r"premises|businesses|warehouses|dens|brothels|bars|casinos|newsrooms?)\b",
    re.IGNORECASE,
)
# The raids as the agent of another word's passive ("the towns targeted by the raids were ..."):
# that word is the act, typed by its agent (:mod:`.means`).
_AGENT_OF = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# The raids told back by a definite word: "the raids", "these raids", "Tuesday's raids", "the
# overnight raids", "the Tuesday raids" (at most one word between, not a name: "the Taliban
# raids" are the Taliban's).
_DAYS = r"(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day"
_TOLD_BACK = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|{_DAYS}['’]s)\s+(?:(?:[a-z][\w-]*|{_DAYS})\s+)?$"
)


def raid_after_strike(
    kind: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    previous: str,
    struck_earlier: Callable[[], bool] = lambda: False,
) -> EventTypeName:
    """``"airstrike"`` when the raid at ``sentence[start:end]`` (read as an attack) is told
    right after a sentence telling aircraft striking, or told back ("the raids killed 20")
    after any earlier sentence that does (``struck_earlier()``, read only then), with no
    force on the ground in its own sentence; else ``kind``."""
    if kind != "attack_on_civilians" or not _RAID.fullmatch(sentence[start:end]):
        return kind
    if _ON_THE_GROUND.search(sentence) or _AGENT_OF.search(sentence, 0, start):
        return kind
    if _SEARCH_KIND.search(sentence, max(0, start - 20), start) or _SEARCHED.match(sentence, end):
        return kind  # a search's raid
    if _TOLD_BACK.search(sentence, max(0, start - 30), start) and struck_earlier():
        return "airstrike"
    return "airstrike" if previous and strike_told_in(previous) else kind
