"""Gates on who acts: a wording that reports an event only when a person, a crowd or armed men do
it ("police hit two women", not "the storm hit two men"; "residents stoned two policemen", not
"stoned on drugs"; "army units continued their operations", not "the company started
operations"), not weather or the ground ("strong winds uprooted trees").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .....actors.dictionary import named_actors
from .....actors.unnamed.communal import group_countries
from .....actors.unnamed.country_words import country_word
from .....document import NON_STATE_ARMED_KINDS
from .....prefilter import quick_search
from ...sides.agents import PASSIVE, UP_TO_THE_VERB, clause_before
from ...sides.between import sides_after
from ...sides.parties import ARMED, kind_of, names_armed, nearest_party

_HUMAN_AGENTS = frozenset({"crowd", "armed", "protesters"})


ASSAILANTS = re.compile(
    r"\b(?:assailants|attackers|thugs|robbers|vigilantes|kidnappers|hitm[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)


_THINGS = re.compile(r"^(?:homes?|houses?|village|market)$", re.IGNORECASE)


# Sides a headline's fight verb takes besides crowds and armed men: clans, tribes, communities
# and sects ("Degodia and Garre clans battle in Wajir", "Mungiki sect members battle police").
_FIGHTING_SIDES = re.compile(
    r"\b(?:(?:sub-?)?clans|tribes|communities|sects?(?: members)?)\s*$", re.IGNORECASE
)


def human_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "police hit two women", not "the storm hit two men"."""
    clause = clause_before(sentence, start)
    return (
        kind_of(clause, last=True) in _HUMAN_AGENTS
        or ASSAILANTS.search(clause) is not None
        or _FIGHTING_SIDES.search(clause) is not None
    )


# The sides a fight noun is told between (:func:`...sides.between.sides_after`): people the
# parties' kinds read (crowds, armed men, protesters), communities, clans, tribes, groups or
# factions, or a people by name ("a battle between rival communities", "a confrontation between
# farmers and pastoralists", "violence between Kalenjin and Maasai"); not states, firms or teams
# ("the battle between the two firms", "a confrontation between Washington and Beijing").
_SIDE_NOUNS = re.compile(
    r"\b(?:(?:sub-?)?clans|tribes|communities|sects|(?:ethnic\s+)?groups|factions|gangs)\b",
    re.IGNORECASE,
)


def sides_between(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "a battle between rival communities", "confrontation between police and youths", not "a
    legal battle between two firms" nor "violence between the lines"."""
    sides = sides_after(sentence, end, any_words=True)
    if sides is None:
        return False
    return (
        kind_of(sides, last=False) in _HUMAN_AGENTS
        or _SIDE_NOUNS.search(sides) is not None
        or bool(group_countries(sides))
    )


# The other side of a fight noun, told after "with" (clash60): "killed in a battle with army
# troops", "a confrontation with the militants", "a battle with Al-Shabaab"; not "a battle with
# cancer", "a confrontation with his brother", nor a crowd's ("a battle with herdsmen and
# security officers" is read by the crowd rules, not as the armed side's fight).
_WITH_SIDE = re.compile(r"\s+with\s+(?P<side>[^,;:.()]{1,60})")


def side_with(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "killed in a battle with army troops", "Kenyan forces battle with Al-Shabaab" (the
    headline's agent, :func:`human_agent`), not "his battle with cancer"."""
    if human_agent(sentence, start, end, previous):
        return True
    side = _WITH_SIDE.match(sentence, end)
    if side is None:
        return False
    words = side.group("side")
    return kind_of(words, last=False) == "armed" or names_armed(words)


def _person_object(sentence: str, end: int) -> bool:
    """Whether the words right after ``end`` name a person, a crowd or the forces."""
    words = " ".join(sentence[end:].split()[:4])
    nearest = nearest_party(words, last=False)
    return nearest is not None and not (
        nearest[0] == "civilian" and _THINGS.match(nearest[1].group())
    )


def person_stoned(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "residents stoned two policemen", "stoned by a mob", not "stoned on drugs"."""
    if re.match(r"\s+(?:\w+\s+)?by\b", sentence[end:]):
        return True
    return not PASSIVE.search(sentence[:start]) and _person_object(sentence, end)


# Weather and the ground move trees and crops too: "strong winds uprooted dozens of trees" is
# no one's act (sixteenth round, review).
NATURAL_FORCE = re.compile(
    r"\b(?:winds?|gales?|storms?|rains?|rainfall|floods?|floodwaters?|flash floods?|cyclones?|"
    r"hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|earthquakes?|quakes?|"
    r"tremors?|avalanches?|downpours?|hail(?:storms?)?|snowstorms?|blizzards?|weather|"
    # a fire of no one's setting: "a wildfire burned dozens of homes" (lexicon48)
    r"wildfires?|bushfires?|forest fires?|blazes?|flames|lightning)\b",
    re.IGNORECASE,
)


def not_weather(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "settlers uprooted olive trees", not "storms uprooted trees across the region"."""
    return NATURAL_FORCE.search(clause_before(sentence, start)) is None


def armed_agent(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "army units continued their operations in X", not "the company started operations in
    Kenya": the party acting before the wording is armed (forces, troops, armed men)."""
    return kind_of(clause_before(sentence, start), last=True) == "armed"


# The doers of a campaign told after its noun: "the launch of a major operation by Iraqi and
# Kurdish forces to retake the city" (up to its aim's "to").
_CAMPAIGN_BY = re.compile(r"\s+by\s+([^,;:()]{1,80}?)\s+to\s", re.IGNORECASE)


def armed_campaign(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "police launched an operation to retake the posts", "the launch of an operation by
    Iraqi forces to retake the city", not "the company launched a campaign to regain its share
    of the market": armed men or forces launch it, told before the wording or after "by"."""
    if armed_agent(sentence, start, end, previous):
        return True
    doers = _CAMPAIGN_BY.match(sentence, end)
    return doers is not None and kind_of(doers.group(1), last=False) == "armed"


# A place taken, told beside an advance in its sentence: "advanced into the mountains and took
# control of several villages" is the taking, one act (wire51).
_PLACE_TAKEN = re.compile(
    r"\b(?:re-?)?captur(?:e|ed|es|ing)\b|\b(?:took|taken|tak(?:e|es|ing)|seiz(?:e|ed|es|ing)|"
    r"gain(?:ed|ing)?|regain(?:ed|ing)?|won back) (?:full |complete |total )?control\b|"
    r"\b(?:overran|overrun|re-?took|retak(?:e|en|ing)|liberat(?:e|ed|ing)|took over|fell to)\b",
    re.IGNORECASE,
)


# Police pushing into a slum or a square are crowd control or a raid, told by their own verbs.
_POLICE = re.compile(r"\b(?:police\w*|officers|constables|gendarm\w*)\b", re.IGNORECASE)


def armed_advance(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "IS fighters advanced into the town", not "prices pushed into record territory" (an
    armed agent: :func:`armed_agent`, not the police), nor an advance told with the place it
    took ("pushed into the town and captured it": the taking tells the act)."""
    return (
        armed_agent(sentence, start, end, previous)
        and not _POLICE.search(clause_before(sentence, start))
        and not _PLACE_TAKEN.search(sentence)
    )


# Who arrives as a deployment: forces, armed men or their reinforcements and convoys ("army
# reinforcements arrived in the district", "police arrived at the site"; and the displaced:
# "two hundred refugees arrived from the border"), not a train, a ship, a crew, a rider or a
# panel ("the new service arrived ten minutes late", "the two sides did arrive at a
# compromise"; twenty-sixth round, spur46), nor the hurt and the dead
# (:func:`..acts.not_the_hurt`).
_ARRIVING_FORCE = re.compile(
    r"\b(?:reinforcements?|convoys?|columns?|units?|battalions?|brigades?|divisions?|"
    r"detachments?|contingents?|squads?|warships?|tanks|armou?red vehicles|elements|"
    # the displaced arriving: monitors code refugees' returns and arrivals too
    r"refugees|migrants|returnees|displaced|evacuees|IDPs|asylum seekers)\b"
    # members of a named group: "members of the al-Haj Qassem Soleimani arriving"
    r"|\bmembers of (?:the )?(?:al-|el-)?(?-i:[A-Z])",
    re.IGNORECASE,
)


# An arrival told as the time of another act: "neighbours held the burglar until police arrived".
_ARRIVAL_AS_TIME = re.compile(
    r"\b(?:until|till|when|before|by the time|once|as soon as)\s+(?:[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)


def force_arrives(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "reinforcements arrived in Idlib", "troops arrived in the village", not "the research
    vessel arrived in port" nor "held the burglar until police arrived"."""
    clause = clause_before(sentence, start)
    if _ARRIVAL_AS_TIME.search(clause):
        return False
    if kind_of(clause, last=True) == "armed" or _ARRIVING_FORCE.search(clause):
        return True
    return names_armed(clause)


# What an analyst codes of money and members: armed sides and their wars paid for or manned
# ("Qatar funded the rebels", "financed the militia's weapons", "militias recruit youths"), not a
# clinic's wing, a county's schools or a charity concert ("donors funded a new wing", "each
# county receives state funds", "the choir recruited ten new singers"; twenty-sixth round,
# spur46).
_WAR_WORDS = re.compile(
    r"\b(?:terror\w*|weapons?|arms|munitions?|war|wars|warfare|jihad\w*|insurgen\w*|"
    r"armed|military|militar\w*|attacks?|bombings?|fighters|militias?|rebels?|extremis\w*|"
    r"radicali[sz]\w*|violence|conflict|combat|battlefields?|"
    # fighting somewhere or someone, not "fight for more funding"
    r"fight(?:ing)? (?:in|against|alongside|with))\b",
    re.IGNORECASE,
)


def armed_side(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "Iran funds the militia", "financing terrorism", "the militia recruits youths", not
    "each county receives state funds" nor "the choir recruited ten singers" (the sentence
    before may name the armed side: "the IRGC is expanding ... its centre has funded a
    mosque")."""
    return _armed_told(sentence) or _armed_told(previous)


# (asked of a sentence for each wording of it that needs an armed side, and of the sentence
# before it again: the last few sentences' answers are kept)
@lru_cache(maxsize=64)
def _armed_told(text: str) -> bool:
    if quick_search(_WAR_WORDS, text) or quick_search(ARMED, text):
        return True
    return names_armed(text)


# Orders an analyst codes come from armed sides or rulers over people and forces: "the army
# ordered all residents to leave", "ordered the troops to withdraw"; not a regulator's, a
# judge's or an office's ("the watchdog ordered the lender to raise its reserves", "ordered
# the inspection", "the judge ordered the prisoners moved"; twenty-sixth round, spur46).
_ORDERED_ACTS = re.compile(
    r"\b(?:evacuat\w*|leave|flee|vacate|withdraw\w*|retreat|curfew|troops|forces|army|"
    r"soldiers|fighters|militants|attack\w*|strike|storm|shoot|fire|open fire|arrest\w*|"
    r"detain\w*|shut|close|closure|ban|blockade|siege|surrender|demolish\w*|expel\w*|"
    r"deport\w*|disarm\w*|mobili[sz]\w*|deploy\w*|residents|civilians|villagers|"
    r"population|inhabitants)\b",
    re.IGNORECASE,
)


def armed_orders(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "the militants ordered all residents to leave", not "the watchdog ordered the lender to
    raise its capital reserves"."""
    if kind_of(clause_before(sentence, start), last=True) == "armed":
        return True
    return _ORDERED_ACTS.search(sentence[end:]) is not None


# A state's side as the one who bombed: its regime, government, army or coalition, a state by its
# name, or its forces by their country's adjective (``_FORCE_NOUN``): "the regime bombed the
# town", "Russia bombed Saraqib", "Syrian government forces bombed", "the Saudi-led coalition
# bombed Houthi positions". A state bombs from the air (or with guns), a non-state group with a
# device: "militants bombed a church" is none of this (wire57).
_FORCES_AFTER = r"(?:\s+(?:forces|troops|army|military|units|side|allies))?\b"
_STATE_SIDE = re.compile(
    r"\b(?:regime|(?:pro-)?government|coalition|army|military|air ?force|"
    r"(?-i:Russia|Syria|Israel|Turkey|Iraq|Iran|Egypt|Jordan|Saudi Arabia|NATO)|"
    rf"the (?:United States|U\.S\.|US|UAE)){_FORCES_AFTER}",
    re.IGNORECASE,
)
# A country's forces by its adjective, for every country the gazetteer's demonym table knows, as
# the actors read it (``country_word``: "Kenyan troops", "Saudi Arabian forces", "U.S. military",
# "Pak army"), not the adjective of a people ("Kurdish forces") nor a name ("Arakan Army"): the
# force's noun, then the one or two capitalised words before it.
_FORCE_NOUN = re.compile(rf"\b(?i:forces|troops|army|military|government|side){_FORCES_AFTER}")
_ADJECTIVE_BEFORE = re.compile(r"(?:(?P<first>[A-Z][\w'’-]*)\s)?\b(?P<last>[A-Z][\w.'’-]*)\s$")
_ADJECTIVE_REACH = 40
# The sides that bomb with devices, told after any state word: "militants", "insurgents", a
# non-state group the dictionary knows ("the Free Syrian Army", "Islamic State").
_NON_STATE_WORDS = (
    *("militants?", "insurgents?", "rebels?", "gunmen", "jihadists?", "terrorists?", "fighters"),
    *("militia\\w*", "bombers?", "attackers", "assailants", "extremists", "separatists"),
    "guerr?illas?",
)
NON_STATE = re.compile(rf"\b(?:{'|'.join(_NON_STATE_WORDS)})\b", re.IGNORECASE)


def _last_state_side(text: str) -> int | None:
    """Where the last state's side ``text`` names ends, when no non-state side is named after
    it."""
    ends = [m.end() for m in _STATE_SIDE.finditer(text)]
    ends += [m.end() for m in _FORCE_NOUN.finditer(text) if _after_a_country(text, m.start())]
    if not ends:
        return None
    non_state = [m.end() for m in NON_STATE.finditer(text)] + [
        m.end() for m, entry in named_actors(text) if entry.kind in NON_STATE_ARMED_KINDS
    ]
    return max(ends) if max(ends) > max(non_state, default=-1) else None


def _after_a_country(text: str, noun: int) -> bool:
    """Whether a country's adjective stands before the force's noun at ``noun``: "Syrian" (of
    "Free Syrian"), "Saudi Arabian"."""
    before = _ADJECTIVE_BEFORE.search(text, max(0, noun - _ADJECTIVE_REACH), noun)
    if before is None:
        return False
    words = [before["last"]]
    if before["first"]:
        words.append(f"{before['first']} {before['last']}")
    return any(country_word(word) is not None for word in words)


# The passive's agent: "Saraqib was bombed by government forces".
_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?P<agent>[^,;:.]{1,80})", re.IGNORECASE)


def state_bomber(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "the regime bombed the town", "Saraqib was bombed by government forces"; not "militants
    bombed a church" nor "the Free Syrian Army bombed a checkpoint"."""
    before = clause_before(sentence, start)
    if PASSIVE.search(before):
        agent = _BY_AGENT.match(sentence, end)
        return agent is not None and _last_state_side(agent.group("agent")) is not None
    side = _last_state_side(before)
    return side is not None and UP_TO_THE_VERB.match(before, side) is not None


# A state's side that tells its own strike with "it" ("the coalition said it struck", "the
# Israeli military said it had targeted", "the Russian defence ministry says it bombed"): the
# speaker is the doer (air59). Besides the state sides above, a defence ministry or a command.
_COMMANDS = ("defen[cs]e ministry", "ministry of defen[cs]e", "Pentagon", "IDF", "CENTCOM")
_COMMAND = re.compile(
    rf"\b(?:{'|'.join(_COMMANDS)}|(?:Central|Africa) Command|AFRICOM)\b", re.IGNORECASE
)
_SAID_IT = re.compile(r"\s(?:said|says|announced)\s+(?:that\s+)?it\s+$", re.IGNORECASE)
# Guns named in the sentence: the strike was fired from the ground ("said it struck the
# positions with artillery").
_GUNS = re.compile(r"\b(?:artillery|howitzers?|mortars?|tanks?|shells?|ground)\b", re.IGNORECASE)


def state_claims_it(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "the coalition said it struck targets near Raqqa", "the Israeli military said it had
    targeted a commander"; not "the rebels said it struck", nor a strike of guns."""
    before = clause_before(sentence, start)
    said = _SAID_IT.search(before)
    if said is None or _GUNS.search(sentence):
        return False
    speaker = before[: said.start()]
    return _COMMAND.search(speaker) is not None or _last_state_side(speaker) is not None
