"""The type a generic violence word takes from its settled sides (for :mod:`.sides_of_act`).

The sides of a fight and an unarmed hit are read in :mod:`.fights.fight_sides`, armed men told
as the dead in :mod:`.fights.armed_dead`.
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ..sides.bystanders import crowd_hit_before
from ..sides.parties import ARMED
from .fights.armed_dead import armed_among_hurt, armed_dead
from .fights.assaults import band_assault
from .fights.communal_fights import CLAN_SIDES, POLICE, mob_justice
from .fights.fight_sides import (
    crowd_against_police,
    hit_side_fights_back,
    parties_between,
    two_armed_sides,
)
from .fights.held_places import fight_for_a_place
from .fights.witch_hunts import witch_hunt
from .told_acts import is_execution

# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
# An "encounter" is a shoot-out with the forces in South Asian reports, never a brawl.
_FIREARM = re.compile(
    r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*|encounter\w*)\b", re.IGNORECASE
)
# A beating by police, guards or a militia is their attack on the one beaten, not mob violence;
# so is an armed group's petrol bomb or crude bomb ("militants threw a petrol bomb at a bus"),
# or its bombs thrown ("militants hurled bombs at a police post", forty-second round).
_BEATING = re.compile(r"beat|thrash", re.IGNORECASE)
_THROWN = re.compile(r"petrol|molotov|fire-?bomb|cocktail|crude|bomb|cracker", re.IGNORECASE)
# Sticks, stones and blades without firearms are the weapons of a brawl, not of a battle.
# (not a front's "axes": "clashes continued on the axes of A and B", "on several axes")
_CRUDE_WEAPONS = re.compile(
    r"\b(?:sticks|stones|machetes|(?<!the )(?<!several )(?<!all )(?<!multiple )axes(?! of\b)|"
    r"knives|clubs|rods|bows and arrows|sharp weapons|spears|sickles|bricks)\b",
    re.IGNORECASE,
)
_ARSON = re.compile(r"torch|burn|fire|ablaze|alight|afire|arson", re.IGNORECASE)
_VEHICLES = re.compile(
    r"\b(?:bus(?:es)?|vehicles?|cars?|trucks?|lorr(?:y|ies)|motor(?:cycle|bike)s?|"
    r"(?:auto-?)?rickshaws?|pick-?ups?|vans?|minibus(?:es)?|matatus?|tractors?)\b",
    re.IGNORECASE,
)
# Arsonists the report names only as assailants, miscreants or unidentified persons: a crowd's
# arson, whatever burns ("assailants torched the local party office", "unidentified persons set
# ablaze the houses of party leaders": Bangladesh's notes code it mob violence; "unknown
# arsonists" or "an unknown group" torching houses stay property destruction, as Kenya's do).
_UNNAMED_ASSAILANTS = re.compile(
    r"\b(?:assailants|miscreants|unidentified\s+(?:persons|people))\b[^.;:]{0,60}$", re.IGNORECASE
)
# A party's people as the only sides of a clash told with no side before it ("ten UDF and LDF
# members were injured in clashes", "clashes between the two parties' supporters"): a brawl of
# partisans, mob violence as monitors code it, not a battle; not when the sentence names an armed
# side, the forces or the police, or a people's or clan's fight (an armed clash of their
# militias).
_PARTISANS = re.compile(
    r"\b(?:supporters|activists|cadres|loyalists|party (?:workers|members)|factions?|"
    r"members of (?:the )?(?:[\w()'’-]+ ){0,4}?"
    r"(?-i:League|Dal|Shibir|Party|Congress|Front|Sena))\b",
    re.IGNORECASE,
)


def _partisan_clash(sentence: str) -> bool:
    return (
        _PARTISANS.search(sentence) is not None
        and ARMED.search(sentence) is None
        and CLAN_SIDES.search(sentence) is None
        and _FIREARM.search(sentence) is None
    )


def type_of_sides(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    *,
    agent: str | None,
    hit: tuple[str, re.Match[str]] | None,
    target: str | None,
    before: str,
    after: str,
    communal: bool,
) -> EventTypeName:
    """The event type of a generic violence trigger given its settled agent and target."""
    if witch_hunt(event_type, sentence, start, end, agent):
        return "mob_violence"  # "a man was killed over witchcraft claims": a crowd's justice
    if event_type == "property_destroyed":
        if _crowd_arson(sentence, start, end, agent=agent, before=before, after=after):
            return "mob_violence"
        return event_type
    if _crowd_act(event_type, sentence, start, end, agent=agent, hit=hit, before=before):
        return "mob_violence"
    if event_type == "mob_violence":
        return _mob_violence_type(event_type, sentence, start, end, agent, target, communal)
    if event_type == "armed_clash":
        return _armed_clash_type(
            event_type, sentence, start, end, agent=agent, hit=hit, target=target, before=before
        )
    if event_type == "attack_on_civilians" and is_execution(sentence[start:end]):
        return event_type  # the beheaded or executed are captives, whoever they fought for
    if _battle(event_type, sentence, start, end, agent, target):
        return "armed_clash"
    return event_type


def _crowd_arson(
    sentence: str, start: int, end: int, *, agent: str | None, before: str, after: str
) -> bool:
    """Whether property destroyed is a crowd's act. Vehicles burnt by a crowd or by people
    the report does not name are (a riot's or a shutdown's arson: "assailants torched two
    buses", "a bus was set ablaze"); armed groups burning homes stay property destruction."""
    vehicles = (
        agent in {None, "civilian"}
        and _ARSON.search(sentence[start:end])
        and not ARMED.search(sentence)  # "militants ... burned the camp and vehicles"
        and _VEHICLES.search(before[-40:] + sentence[start:end] + after)
    )
    mob = (
        agent == "crowd"
        and not crowd_hit_before(before)
        # herders destroying property are a community's armed side, not a mob (herd74)
        and not _HERDERS_ACTING.search(before)
    )
    assailants = (
        _ARSON.search(sentence[start:end])
        and _UNNAMED_ASSAILANTS.search(before)
        and not ARMED.search(sentence)
    )
    return bool(mob or vehicles or assailants)


# Herders, herdsmen or pastoralists told as the ones a crowd hits (fifty-fourth round, herd74).
_HERDERS = re.compile(r"\b(?:herd(?:er|sm[ae]n)s?|pastoralists?)\b", re.IGNORECASE)
# Herders told as the subject right before the act: "herders set fire to a granary",
# "transhumant herders reportedly destroyed the crops" (their property destruction, not a mob's).
_HERDERS_ACTING = re.compile(
    r"\b(?:herders|herdsmen|pastoralists)\s+(?:(?:who|allegedly|reportedly|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# (herders as the subject of a passive: "three herdsmen were stoned by villagers")
_PASSIVE_SUBJECT = re.compile(r"\s+(?:were|was|had been|have been|has been)\s", re.IGNORECASE)


def _communal_sides(sentence: str, hit: tuple[str, re.Match[str]] | None) -> bool:
    """Whether the sentence names communal sides (clans, tribes, herders ...) that make a
    crowd's act their militias' fight; herders named only as the ones the crowd hits are no
    side: "two herders were beaten to death by villagers", "farmers stoned a herdsman" are the
    crowd's mob violence, as ACLED's codebook types an unorganised crowd's violence (the
    herders are its victims, not an armed community)."""
    herders_hit = hit is not None and _HERDERS.search(hit[1].group()) is not None
    return any(
        not _HERDERS.fullmatch(m.group())
        or not (herders_hit or _PASSIVE_SUBJECT.match(sentence, m.end()))
        for m in CLAN_SIDES.finditer(sentence)
    )


def _crowd_act(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    *,
    agent: str | None,
    hit: tuple[str, re.Match[str]] | None,
    before: str,
) -> bool:
    """Whether the trigger is a crowd's violence without firearms: mob justice, a crowd's act
    (not a people's or clan's fight), or a band's assault on a civilian."""
    if (
        event_type == "attack_on_civilians"
        and not _FIREARM.search(sentence[start:end])
        and mob_justice(sentence, agent)
    ):
        return True  # "boda boda riders beat to death a suspected thief"
    if (
        agent == "crowd"
        and not _FIREARM.search(sentence[start:end])
        and not _communal_sides(sentence, hit)  # "Kalenjin youths attacked ... ethnic violence"
    ):
        return True
    # "at least 10 assailants assaulted a journalist"
    return (
        event_type == "attack_on_civilians"
        and agent in {None, "civilian"}
        and band_assault(sentence, start, end, before)
    )


def _mob_violence_type(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    agent: str | None,
    target: str | None,
    communal: bool,
) -> EventTypeName:
    """The type of a mob-violence word: armed men's communal violence, beating or thrown bombs
    is their attack (a battle when armed men are hit); else mob violence."""
    trigger = sentence[start:end]
    if agent == "armed" and (communal or _BEATING.match(trigger) or _THROWN.search(trigger)):
        return "armed_clash" if target == "armed" else "attack_on_civilians"
    return event_type


def _police_hit_by_people(
    agent: str | None, hit: tuple[str, re.Match[str]] | None, target: str | None
) -> bool:
    """Whether civilians or a crowd hit the police: "activists clashed with the police",
    people against the police, no battle (also a crowd in a sentence naming a people: "ethnic
    Uzbek villagers clashed with police")."""
    return bool(
        agent in {"civilian", "crowd"}
        and target == "armed"
        and hit is not None
        and POLICE.fullmatch(hit[1].group())
    )


def _armed_clash_type(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    *,
    agent: str | None,
    hit: tuple[str, re.Match[str]] | None,
    target: str | None,
    before: str,
) -> EventTypeName:
    """The type of a clash word: a riot with protesters, mob violence for people against the
    police without firearms or for unarmed sides (a brawl, partisans); else a battle."""
    if "protesters" in (agent, target):
        return "riot"  # "clashes between protesters and the police"
    unarmed = {agent, target} <= {"crowd", "civilian", None}
    unarmed = unarmed and not _FIREARM.search(sentence[start:end])
    brawl = _CRUDE_WEAPONS.search(sentence) and not _FIREARM.search(sentence)
    police = _police_hit_by_people(agent, hit, target)
    if police and not _FIREARM.search(sentence[start:end]):
        return "mob_violence"
    crowd = crowd_against_police(sentence, end, before)
    if crowd is not None and not _FIREARM.search(sentence[start:end]):
        return "riot" if crowd == "protesters" else "mob_violence"
    if unarmed and (agent or target or brawl):
        return "mob_violence"
    if unarmed and (_partisan_clash(sentence) or parties_between(sentence, end)):
        # "ten activists of two parties were injured in a clash", "clashes between the
        # CPI(M) and the RSS"
        return "mob_violence"
    return event_type


def _battle(
    event_type: EventTypeName,
    sentence: str,
    start: int,
    end: int,
    agent: str | None,
    target: str | None,
) -> bool:
    """Whether an attack is a battle: armed men hit by anyone but civilians, armed men
    attacking a held place, two armed sides, armed dead, the hit fighting back, or armed men on
    duty among the listed hurt."""
    if target == "armed" and agent != "civilian":
        return True
    if (
        event_type == "attack_on_civilians"
        and agent == "armed"
        and target in {None, "civilian"}
        and fight_for_a_place(sentence, end)
    ):
        return True  # "militants attacked the government-held town of Mhardeh"
    if event_type == "attack_on_civilians" and (
        two_armed_sides(sentence)
        or (agent == "armed" and target is None and armed_dead(sentence))
        or (agent in {"armed", None} and hit_side_fights_back(sentence, end))
    ):
        # (the hit fighting back: "bandits raided the village and residents took up arms")
        return True
    # armed men on duty among the listed dead of an attack make it a battle with their
    # force, the civilians beside them its toll: "16 volunteers for the defense of the
    # homeland and two civilians were killed during an attack"
    return (
        event_type == "attack_on_civilians"
        and agent in {None, "armed"}
        # counted people read as a crowd hit by armed men: "killing more than 50 people,
        # including soldiers and pro-government fighters" (type52)
        and (target in {None, "civilian"} or (target == "crowd" and agent == "armed"))
        and armed_among_hurt(sentence, end, listed=agent is None)
    )
