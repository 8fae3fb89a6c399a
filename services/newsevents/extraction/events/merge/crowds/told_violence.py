"""A demonstration whose telling names the crowd's own violence is a violent demonstration.

ACLED's codebook types a demonstration by what its crowd did: demonstrators who burn offices,
attack vehicles, light fires or block roads with boulders make a violent demonstration,
whatever the forces did to them; a protest with intervention is a peaceful one dispersed.
Reports of unrest in Kenyan, West African and South Asian dailies tell the crowd's acts beside
the protest verb ("students protested ..., burnt the union's offices and blocked the highway
before police dispersed them") or in a sentence of their own about the same crowd ("The youth
blocked roads and attacked vehicles."), where they fire no event of their own or one folded into
the demonstration's as its retelling, so the demonstration kept the type of its dispersal.

Only the crowd's acts count, as for a dispersal's own sentence
(:mod:`...detect.refine.crowds.dispersed_rioters`): not the forces' ("police burnt the barricades"),
not a grievance ("protesting the burning of their stalls") and not harm told in the passive
("whose shop was torched"), which names no doer.
"""

from __future__ import annotations

import re

from ....document import Document
from ....text.numbers import counting
from ...detect.refine.crowds.dispersed_rioters import CROWD_VIOLENCE, NOT_AN_EFFIGY, NOT_THE_CROWD
from ...draft import EventDraft

# Acts of a crowd that the dispersal rule leaves to the act's own trigger: property burnt (not
# only tyres), vehicles and passers-by attacked, fires lit, damage caused, material brought to
# block a road ("used boulders to block the roads").
_MORE_VIOLENCE = re.compile(
    r"\b(?:"
    r"attack(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:vehicles|cars|motorists|passengers|buses|matatus|"
    r"shops|stalls|passers-by|journalists|police(?:men)?|officers|officials?|clerks|staff|"
    r"teachers)\b|"
    r"injur(?:ed|ing)\s+(?:(?!by\b)\w+\s+)?(?:police(?:men)?|officers)\b|"
    # (not a scuffle: monitors weigh its injuries, "scuffled with police, likely non-violent")
    r"(?:clashed|clashing|fought)\s+with\s+(?:the\s+)?(?:anti-riot\s+)?"
    r"(?:police|security|officers|counter-(?:demonstrators|protesters))\b|"
    r"burn(?:t|ed|ing)?\s+(?:down\s+)?(?:[\w()'’-]+\s+){0,8}?(?:offices?|vehicles?|cars?|"
    r"buses|houses?|buildings?|shops?|stalls?|stations?|tyres|tires|dorms|dormitor(?:y|ies)|"
    r"classrooms?|debris|mattresses|logs)\b|"
    rf"(?:set(?:ting)?|lit|lighting)\s+(?:a\s+)?fires?\s+(?:to|at|in|on)\b{NOT_AN_EFFIGY}|"
    r"lit\s+(?:twigs|logs|debris)|"
    r"fires\s+were\s+(?:lit|set)|"
    r"caus(?:ed|ing)\s+(?:\w+\s+)?damages?\b|"
    r"(?:using|used|with)\s+(?:\w+\s+){0,2}?(?:boulders|stones|rocks|logs|burning\s+tyres)(?:\s+and\s+\w+)?\s+"
    r"to\s+(?:block|barricade)"
    r")",
    re.IGNORECASE,
)
# Harm told in the passive names no doer: "a man whose house was torched", "vehicles were burnt".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+\s+)?$", re.IGNORECASE)

# The act as a noun or a gerund after a preposition is what the crowd demands justice for:
# "accused him of vandalizing shops", "those involved in vandalizing the building", "for the
# damaging of a bus".
_AS_A_NOUN = re.compile(
    r"\b(?:of|in|for|from|about|against|over|the|their|his|her|its)\s+$", re.IGNORECASE
)
# Another doer named nearer the act than any crowd: "those trying to force their way into the
# market", "employees threw brickbats at the protesting workers", "unidentified persons set
# alight the police station ... following demonstrations", "police dispersed the sit-in and
# smashed the banners". (Bangladeshi notes tell such acts beside a human chain against them.)
_DOER = re.compile(
    r"\b(?:(?P<crowd>protesters|protestors|demonstrators|marchers|rioters|crowds?|mob|youths?|"
    r"students|residents|villagers|supporters|activists|followers|traders|workers|riders|"
    r"operators|farmers|teachers|they|protests?|demonstrations?)|"
    r"(?P<other>those|him|her|he|she|persons?|men|staff|employees|unidentified|unknown|"
    r"miscreants|assailants|attackers|goons|gunmen|thugs|leaders?|collectors|owners?|guards|"
    # (not the forces as a modifier: "protested against police raids, and fires were lit")
    r"police(?:men)?(?!\s+(?:raids?|brutality|harassment|killings?|stations?|posts?|"
    r"headquarters|officers))|officers|troops|soldiers|forces|gendarmes|army))\b",
    re.IGNORECASE,
)

# The doers of the act are those whose punishment the crowd demands: "demanding the arrest of
# people who set fire to wheat crops".
_DEMANDED_AGAINST = re.compile(
    r"\b(?:arrest|punishment|trial|prosecution)\s+of\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)

# Storming or forcing entry, outside a dispersal's sentence, is left as it was: Kenyan and
# Indian notes code "traders stormed the county offices protesting ..." as a peaceful protest
# (the dispersal's own clause keeps it: "fired tear gas at youths who tried to storm").
_ENTRY = re.compile(r"storm|forc", re.IGNORECASE)
# A lone participle is an act only with its object told as one: "damaged two auto-rickshaws",
# "vandalised the office", not "finding damaged posters", "fix damaged highways".
_OBJECT = re.compile(
    rf"\s+(?:the|a|an|{counting(2, 5)}|several|some|many|public|property|government|their|"
    r"his|its|\d+)\b",
    re.IGNORECASE,
)

_PEACEFUL_OR_DISPERSED = frozenset({"protest", "protest_dispersed"})


def crowd_violence_told(text: str) -> bool:
    """Whether a sentence of a demonstration tells an act of violence by its crowd."""
    for pattern in (CROWD_VIOLENCE, _MORE_VIOLENCE):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if (
                NOT_THE_CROWD.search(before)
                or _PASSIVE.search(before)
                or (" " not in m.group() and not _OBJECT.match(text, m.end()))
                or _ENTRY.search(m.group())
                or _AS_A_NOUN.search(before)
                or _DEMANDED_AGAINST.search(before)
                or _other_doer(text[: m.start()])
            ):
                continue
            return True
    return False


def _other_doer(before: str) -> bool:
    """Whether the doer named last before the act, in its clause, is not the crowd."""
    clause = re.split(r"[;:]", before)[-1]
    doers = list(_DOER.finditer(clause))
    return bool(doers) and doers[-1].group("other") is not None


def riot_told_in_demonstration(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """A peaceful or dispersed demonstration whose own telling tells its crowd's violence is a
    violent demonstration (a riot); the last merging pass, when every retelling is in."""
    for draft in drafts:
        if draft.event_type in _PEACEFUL_OR_DISPERSED and any(
            crowd_violence_told(doc.sentences[index].text) for index in _told_with(doc, draft)
        ):
            draft.event_type = "riot"
    return drafts


def _told_with(doc: Document, draft: EventDraft) -> list[int]:
    """The sentences of the demonstration's own telling: its first sentence and the two after
    it in its paragraph. A detail told further on (a quote, a later clash) does not retype the
    lead's outcome (:mod:`.town_demonstrations`): in whole articles it is as often another
    crowd's or another hour's."""
    first = draft.sentences[0]
    paragraph = doc.sentences[first].paragraph
    return [
        index
        for index in draft.sentences
        if 0 <= index - first <= 2 and doc.sentences[index].paragraph == paragraph
    ]
