"""Gates on what killed: deaths no one's hand caused, and "killed" told of things.

The lexicon's generic killing words ("killed", "killing", "kills") make an attack of any death
they tell, and its generic "explosion" and "blast" a bombing. Ordinary news tells the deaths of
nature, accidents, disease and animals with the same words: "an earthquake struck the town,
killing five", "a bus crash killed 14", "eight people were killed in a landslide", "a farmer was
killed by an elephant", "a gas explosion at a restaurant killed four". No analyst codes them
(fortieth round, ordinary60). Nor what ordinary news kills that is no one: "the bill was killed
in parliament", "lawmakers killed the proposal", "the new tax is killing small businesses".

The cause is read where the verb's doer stands: in the active, the nearest of a cause or a hand
before the verb in its clause ("a bus crash killed", "gunmen set fire to the bus, killing"); in
the passive, the first told after it ("were killed in a landslide", "killed by lightning",
"were killed when a bus plunged into a ravine", "were killed when a roadside bomb hit their
car"); either side when its own names neither. A hand is armed men, a crowd, protesters or
assailants, a weapon or an act of violence; a cause named with a hand nearer the verb is the
hand's ("a mob lynched the driver after the crash", "gunmen opened fire on the bus").
"""

from __future__ import annotations

import re

from .....places.reading.words import PEOPLE_NOUNS
from .....vocabulary import ANIMALS
from ...sides.agents import PASSIVE, clause_before
from ...sides.parties import ARMED, PROTESTERS_OR_CROWD
from .agents import ASSAILANTS, NATURAL_FORCE, NON_STATE

# What kills with no one's hand, besides the natural forces (:data:`.agents.NATURAL_FORCE`).
_MISHAP = re.compile(
    # the road, the rails, the water and the air
    r"\b(?:crash(?:es|ed)?|collisions?|collided|(?:road |traffic )?accidents?|derail(?:ed|ment)|"
    r"capsiz(?:e|ed|es|ing)|overturned|plunged|veered|sank|sinking|shipwrecks?|"
    r"lost control of (?:the|his|her|their|a|its) (?:car|vehicle|bus|truck|lorry|boat|plane)|"
    # (a vehicle of the forces is their hand: "an armoured vehicle rammed into the crowd")
    r"(?<!armoured )(?<!armored )(?<!military )(?<!army )"
    r"(?:car|vehicle|bus|truck|lorry|matatu|motorcycle|motorbike) (?:hit|rammed|ploughed)|"
    r"drown(?:ed|ing|ings)?|electrocut\w*|"
    # ground and buildings that give way, crowds crushed
    r"collapsed?|caved in|stampedes?|dam burst|burst (?:its|their) banks|"
    # a fire no one set ("a fire in a garment factory", not "opened fire", "set the car on fire")
    r"(?:an?|the)\s+(?:(?!on\b|to\b)[\w-]+\s+){0,2}?(?:fire|blaze|inferno)(?!\s+(?:on|at|upon|to)\b)|"
    r"electrical faults?|short[- ]circuits?|faulty wiring|"
    # gas and industry
    r"gas (?:explosions?|leaks?|cylinders?|blasts?)|boilers?|(?:coal|gold|copper|tin|jade) mines?|"
    r"mine shafts?|colliery|methane|(?:fuel |oil |petrol |gas )?tankers?|"
    # disease, heat, cold and volcanoes
    # ("outbreak" and "erupted" alone are no cause: "since the outbreak of the war", "violence
    # erupted after the vote"; the disease or the volcano is named)
    r"cholera|ebola|measles|malaria|meningitis|covid(?:-19)?|"
    r"coronavirus|influenza|diseases?|virus|heat ?waves?|extreme heat|cold (?:waves?|snaps?)|"
    r"heavy snow|volcan(?:o|oes|ic)|"
    # animals ("a shark attack", "an elephant trampled a farmer")
    rf"(?:{ANIMALS}|snakebites?)(?:\s+attacks?)?(?!\s+(?:poach\w*|hunters?|traders?|tusks?|ivory))|"
    r"trampled|mauled|gored)\b",
    re.IGNORECASE,
)

# Weapons: told anywhere in the clause, the death is theirs ("a bomb hidden in a gas cylinder
# exploded at the market, killing seven").
_WEAPONS = re.compile(
    r"\b(?:guns?|gunfire|gunshots?|bullets?|rifles?|machetes?|arrows?|rockets?|missiles?|"
    r"shell(?:s|ing|ed)|mortars?|air ?strikes?|drones?|warplanes?|bomb(?:s|ings?|ers?)?|"
    r"explosives?|IEDs?|grenades?|landmines?|snipers?|artillery|cross-?fire|heavy fire|"
    # fire that is shooting ("killed in the heavy fire exchanged", "by tank fire")
    r"(?:tank|machine-?gun|small-arms|automatic|live|enemy|return(?:ed)?) fire|"
    r"exchanges? of fire|exchanged fire|fire exchanged|opened fire|"
    # a strike as a noun: of war, not of lightning, labour or hunger ("killed as the building
    # collapsed after the strike", "a Russian strike"; not "a lightning strike", "a general strike")
    # (the word before it a determiner or a side's name: "a Russian strike")
    r"(?:(?:the|an?|this|that|[\w-]+['’]s|(?-i:[A-Z][\w-]+))\s+)"
    r"(?<!lightning )(?<!general )(?<!hunger )(?<!national )"
    r"strikes?(?!\s+(?:by|of|over|for|action|called)\b))\b",
    re.IGNORECASE,
)
# A hand: violence's acts (armed men, crowds and assailants are the parties').
_VIOLENCE = re.compile(
    r"\b(?:knives|knife|shot|shooting|stabb(?:ed|ing)|hacked|beaten|"
    r"lynch\w*|attack(?:s|ed|ers)?|ambush\w*|raids?|raided|clash\w*|fighting|violence|"
    r"battles?|torched|arson|set (?:ablaze|alight|on fire)|set fire|murder\w*|massacre\w*|"
    r"assault\w*|offensives?|bombard\w*|crackdown|war)\b",
    re.IGNORECASE,
)


# "storm" is the weather only as a noun: after a determiner or a word of weather, or opening the
# clause ("a storm killed six", "Storms and flooding killed"); after its doers it is the verb
# ("Gunmen storm village, killing civilians", "residents storm a school").
_STORM_NOUN = re.compile(
    r"(?:^\W*|\b(?:an?|the|this|that|tropical|heavy|severe|violent|powerful|winter|dust|sand|"
    r"snow|rain|thunder|ice|hail|major|deadly|fierce|massive|huge|freak|[\w-]+['’]s)\s+)$",
    re.IGNORECASE,
)


def _causes(text: str) -> list[re.Match[str]]:
    """The causes ``text`` names: the mishaps and the natural forces, "storm" as a noun."""
    natural = [
        m
        for m in NATURAL_FORCE.finditer(text)
        if not m.group().lower().startswith("storm") or _STORM_NOUN.search(text, 0, m.start())
    ]
    return [
        m
        for m in (*_MISHAP.finditer(text), *natural)
        if not _a_name(text, m)
        and not _SET_AFTER.match(text, m.end())
        and not _PEOPLE_AFTER.match(text, m.end())
        and not _a_figure(text, m)
    ]


# A cause's word that describes people is no cause: "two Ebola health workers were killed",
# "a tanker driver was killed", "Covid-19 vaccinators" (review61).
_PEOPLE = PEOPLE_NOUNS | {"vaccinators", "patients", "responders", "officials"}
_PEOPLE_AFTER = re.compile(
    # (one modifier between, no verb: not "a fire killed workers", "floods trapped miners")
    r"(?:\s+(?![\w-]+(?:ed|ing|s)\b)(?!(?:hit|left|struck|swept|kill)\b)[\w-]+)?\s+(?:"
    + "|".join(sorted(_PEOPLE | {noun[:-1] for noun in _PEOPLE if noun.endswith("s")}))
    + r")\b",
    re.IGNORECASE,
)


# A fire someone set is no cause of its own: "killed in the fire set by the militia", "a blaze
# started by gunmen"; who set it is read next ("a fire started by an electrical fault").
_SET_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been)\s+)?(?:deliberately\s+|allegedly\s+)?"
    r"(?:set|lit|started|ignited|sparked|caused)\s+by\b",
    re.IGNORECASE,
)


# A cause's word capitalised after a word in lower case is a name ("terrorists of Hail", "the
# Flood brigade"); in a headline's title case the word before is capitalised too.
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\W*$")


def _a_name(text: str, match: re.Match[str]) -> bool:
    return (
        match.group()[:1].isupper()
        and _LOWER_WORD_BEFORE.search(text, 0, match.start()) is not None
    )


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    return max((m.end() for m in pattern.finditer(text)), default=-1)


def _first_start(pattern: re.Pattern[str], text: str) -> int:
    found = pattern.search(text)
    return len(text) + 1 if found is None else found.start()


_HANDS = (ARMED, PROTESTERS_OR_CROWD, ASSAILANTS, _VIOLENCE)
# The speaker told before the verb ("Police said the driver was killed when ...") is no hand.
_SPEAKER = re.compile(r"^.*\b(?:said|says|say|told|reported|according to|added)\b", re.IGNORECASE)


def _cause_before(text: str) -> bool | None:
    """Whether the nearest told before the verb is a cause (True) or a hand (False)."""
    cause = max((m.end() for m in _causes(text)), default=-1)
    hand = max(_last_end(pattern, text) for pattern in _HANDS)
    if cause < 0 and hand < 0:
        return None
    return cause >= hand


def _cause_after(text: str) -> bool | None:
    """Whether the first told after the verb is a cause (True) or a hand (False)."""
    cause = min((m.start() for m in _causes(text)), default=len(text) + 1)
    hand = min(_first_start(pattern, text) for pattern in _HANDS)
    if cause > len(text) and hand > len(text):
        return None
    return cause <= hand


_CLAUSE_END = re.compile(r"[;:]|,\s(?:and|but|while)\s")
_AFTER_REACH = 100


# Things killed in another sense: bills and plans, trade and moods. The thing is the head of the
# object, what follows it no noun ("killed the proposal in committee", not "killed the project
# manager").
_THINGS = (
    r"bills?|proposals?|plans?|deals?|motions?|ideas?|projects?|measures?|amendments?|"
    r"legislation|talks|hopes?|chances?|dreams?|jobs|business(?:es)?|industr(?:y|ies)|"
    r"competition|mood|momentum|rumou?rs?|programm?es?|schemes?|sales|demand|growth|"
    r"economy|brands?|products?|reforms?|initiatives?|investments?|trade|tourism|appetite|"
    r"buzz|atmosphere|unit|division|service|line|feature|app|show|series"
)
_THING_ENDS = (
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|on|at|by|with|for|of|that|which|and|before|after|last|"
    r"this|next|over|from|to|altogether|outright)\b)"
)
_KILLED_THING = re.compile(
    r"^\s+(?:off\b|(?:(?:the|a|an|his|her|its|their|any|all|this|that|our|small|local)\s+)?"
    rf"(?:[\w'’-]+\s+)?(?:{_THINGS}){_THING_ENDS})",
    re.IGNORECASE,
)


# A mishap's verb told of a thing that is no body: "after the ceasefire collapsed", "as the
# currency crashed", "the court overturned the result" (a verb with an object), "the country
# plunged into turmoil" (review61).
_FIGURE_VERBS = ("collapse", "crash", "plunged", "sank", "overturned", "caved")
_FIGURE_SUBJECT = re.compile(
    r"\b(?:deals?|talks|plans?|bills?|reforms?|hopes?|economy|ceasefires?|cease-fires?|truces?|"
    r"negotiations|agreements?|currenc(?:y|ies)|stock markets?|prices|shares|stocks|"
    r"governments?|coalitions?|regimes?|peace process|courts?|judges?|country|nation)\s+"
    r"(?:(?:has|had|have|all\s+but|nearly|almost|effectively)\s+)?$",
    re.IGNORECASE,
)
_FIGURE_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|that)\b"  # "overturned the verdict"
    r"|\s+into\s+(?:(?:a|an|the|full-scale|deeper|further)\s+)?(?:turmoil|chaos|violence|crisis|"
    r"war|conflict|darkness|uncertainty|recession|unrest|anarchy|bloodshed|despair)\b",
    re.IGNORECASE,
)


def _a_figure(text: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    if not word.startswith(_FIGURE_VERBS):
        return False
    after = _FIGURE_AFTER.match(text, match.end())
    if after and (word == "overturned" or after.group().lstrip().lower().startswith("into")):
        return True
    return _FIGURE_SUBJECT.search(text, 0, match.start()) is not None


def _thing_killed(before: str) -> bool:
    """A thing as the passive's subject: "the bill was killed", "the measure has been killed"."""
    passive = PASSIVE.search(before)
    if passive is None:
        return False
    subject = before[: passive.start()]
    return (
        re.search(rf"\b(?:{_THINGS})\s+(?:ha(?:s|ve|d)\s+)?$", subject, re.IGNORECASE) is not None
    )


def someones_death(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen killed a farmer", "a bomb killed five", "were killed when a roadside bomb hit
    their car"; not "a bus crash killed 14", "were killed in a landslide", "a farmer was killed
    by an elephant", "the bill was killed in parliament", "lawmakers killed the proposal"."""
    before, after = clause_before(sentence, start), sentence[end:]
    if _KILLED_THING.match(after) or _thing_killed(before):
        return False
    clause_end = _CLAUSE_END.search(after)
    after = after[: clause_end.start() if clause_end else _AFTER_REACH][:_AFTER_REACH]
    if _WEAPONS.search(before) or _WEAPONS.search(after):
        return True
    before = _SPEAKER.sub("", before)
    passive = sentence[start:end].lower().endswith("ed") and PASSIVE.search(before) is not None
    if passive:
        cause = _cause_after(after)
        cause = _cause_before(before) if cause is None else cause
    else:
        cause = _cause_before(before)
        cause = _cause_after(after) if cause is None else cause
    return not cause


# A blast of gas or industry: "a gas explosion at a restaurant", "an explosion at a coal mine",
# "a boiler blast at the factory".
_INDUSTRY = re.compile(
    r"\b(?:gas|boilers?|cylinders?|(?:fuel |oil |petrol |gas )?tankers?|fireworks?|factory|"
    r"(?:chemical|power) plant|refinery|(?:coal|gold) mines?|colliery|miners|methane|"
    r"transformers?|leak(?:s|ed|ing)?|short circuit|accident(?:al|ally)?)\b",
    re.IGNORECASE,
)


# Who sets a blast off: a weapon, violence, assailants, a non-state side (:data:`.agents.NON_STATE`:
# militants, insurgents, gunmen ...) or saboteurs; the police and officials tell the accident.
_BLAST_HANDS = (
    *(_WEAPONS, _VIOLENCE, ASSAILANTS, NON_STATE),
    re.compile(r"\b(?:suicide|sabotage|saboteurs?|vandals?|terror\w*)\b", re.IGNORECASE),
)


def not_an_industrial_blast(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "an explosion at a checkpoint killed two soldiers"; not "a gas explosion at a restaurant
    killed four" nor "an explosion at a coal mine killed 11 miners" (no hand told)."""
    if _INDUSTRY.search(sentence) is None:
        return True
    return any(hand.search(sentence) for hand in _BLAST_HANDS)
