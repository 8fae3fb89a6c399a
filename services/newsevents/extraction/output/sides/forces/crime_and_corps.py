"""ACLED's names for the sides of organised crime and for police corps, where it has them.

Where ACLED codes the armed men of organised crime as gangs (Mexico, Central America, Brazil,
the Caribbean: ``GANG_COUNTRIES``), a killing that bears the marks of organised crime is a
gang's, though the report names no perpetrator or only "armed men": a drive-by shooting,
gunmen on a motorcycle, a body mutilated, dismembered, beheaded or burnt, a threatening
("narco") message left with it, or any word of gangs, cartels or the drug trade
(``ORGANISED_CRIME``). Thirty-ninth round (sides59): so are the marks of an execution, a victim
bound ("his hands tied", "bound hand and foot", "handcuffed", "blindfolded") or a body burned
("the body was burned", "half burned"), a killing told as an execution ("executed", a shot
in the back of the head, a coup de grâce), human remains or a head found, and the words of
crime's groups ("armed criminals", "a criminal
group", "organised crime"): ACLED 2020, Mexico and Brazil, 31 of the 32 notes of an unnamed
killer telling a victim bound are gangs', 5 of 5 a body burned, 6 of 7 criminals. Without such
a mark the perpetrator stays an unidentified armed group, as ACLED's coders keep it (ACLED
2020, Mexico: of 35 notes telling a drive-by shooting all 35 are gangs'; of the unidentified
killers' notes with none of these marks, about half are gangs').
Brazil's unnamed gang is "Unidentified Gang and/or Police Militia" (its coders do not tell the
gangs from the militias of policemen that kill the same way) unless the text says gang
("killed by rival gang members": "Unidentified Gang (Brazil)").

ACLED names a federal state's police by its corps: Brazil's Military Police (a force of the
army's reserve) is "Military Forces of Brazil (2019-2022) Military Police", its Civil and
Federal Police "Police Forces of Brazil (2019-2022) Civil Police", "... Federal Police"; so is
Mexico's Federal Police. A side read as the country's military or police ("the Military Police
carried out an operation", "civil police forces dismantled a laboratory") takes the corps its
paragraph names first.

Brazil's coders name the police first in a shoot-out with armed men or a gang, whoever fired
first ("Military Police officers were attacked by suspects and a shoot-out broke out": the
Military Police, then the gang; ACLED 2020, 36 of 37 armed clashes of a Brazilian force with
a non-state side): an armed clash told with police there has its state force as actor1
(``_FORCE_FIRST``; thirty-ninth round, sides59). Mexico's and Central America's coders do the
reverse: the armed men first, whoever fired first ("police officers clashed with two armed
individuals": the armed men, then the police; ACLED 2020, Mexico 43 of 44 such clashes, El
Salvador, Guatemala and Honduras 6 of 6), so an armed clash there has its non-state side
first (``_ARMED_FIRST``).

Only the ACLED block's names change (twenty-third round, actors43).
"""

from __future__ import annotations

import datetime as dt
import re

from ....actors.dictionary import country_name
from ....actors.unnamed.generic_names import GANG_COUNTRIES, ORGANISED_CRIME
from ....document import Document
from ....events.draft import EventDraft
from ...names.regimes import with_period
from ..sides import Sides

# The marks of organised crime's killings.
_MARKS = re.compile(
    r"(?i)(?<![\w-])(?:drive-?by|(?:on|riding|aboard)\s+(?:a\s+)?(?:motorcycles?|motorbikes?)|"
    r"mutilat\w*|dismember\w*|decapitat\w*|behead\w*|quartered|charred|"
    r"threatening\s+(?:message|note|banner|sign)|narco-?\w+)\b"
)
# The marks of an execution: a victim bound or a body burned; and crime's own groups.
_LIMBS = r"(?:hands?|feet|wrists?|legs|ankles)"
# What is executed and is no person: a warrant, a plan, an order.
_NO_PERSON_EXECUTED = (
    r"(?:warrants?|orders?|plans?|projects?|programm?es?|contracts?|budgets?|operations?|"
    r"searche?s?|strateg(?:y|ies)|polic(?:y|ies)|decisions?|tasks?|mandates?|agreements?|"
    r"transfers?|payments?|works?|duties|judgm?ents?|rulings?|deals?|trades?|manoeuvres?|"
    r"maneuvers?)"
)
# A sentence telling an arrest: the one bound there is its suspect ("police arrested a suspect,
# who was handcuffed", "officers detained two men and tied their hands"; review60).
_ARREST = re.compile(r"(?i)\b(?:arrest\w*|detain\w*|custody|apprehend\w*)\b")
_EXECUTION = re.compile(
    # (a person bound: the victim's mark unless the sentence tells an arrest, below)
    rf"(?i)(?P<bound>\b{_LIMBS}(?:\s+(?:and|&)\s+{_LIMBS})?\s+(?:were\s+|was\s+)?"
    r"(?:tied|bound)\b|"
    rf"\b(?:tied|bound)\s+(?:up\b|hand\s+and\s+foot\b|{_LIMBS})|"
    r"\b(?:handcuffed|blindfolded|gagged)\b)|"
    r"\b(?:body|bodies|corpses?|victims?)\s+(?:was|were)\s+(?:found\s+)?(?:tied|bound)\b|"
    r"\bfound\s+(?:\w+\s+)?tied\b|"
    r"\b(?:body|bodies|corpses?|remains|victims?)\b(?:\s+\w+){0,3}?\s+"
    r"(?:was|were|had\s+been|been)\s+(?:\w+\s+)?(?:burn(?:ed|t)|calcinated|incinerated)\b|"
    r"\b(?:burn(?:ed|t)|calcinated|incinerated)\s+(?:body|bodies|corpses?|remains)\b|"
    r"\b(?:half|partially|partly)[- ](?:burn(?:ed|t)|charred)\b|"
    # (a killing told as an execution, a shot in the back of the head, a coup de grâce;
    # remains or a head found apart)
    # (not a warrant, a plan or an order executed: "police executed a search warrant", "the
    # execution of the new security plan"; review60)
    r"\bexecut(?:ed|ions?)\b(?!\s+(?:of\s+)?(?:(?:an?|the|its|their|his|her)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_NO_PERSON_EXECUTED}\b)|"
    r"\bcoup\s+de\s+gr[aâ]ce\b|\bback\s+of\s+(?:the|his|her|their)\s+heads?\b|"
    r"\bhuman\s+(?:remains|heads?)\b|\b(?:male|female)\s+head\b|"
    r"\b(?:armed\s+)?criminals\b|\bcriminal\s+(?:group|gang|cell|organi[sz]ation|band)s?\b|"
    r"\borgani[sz]ed\s+crime\b"
)
# Countries whose coders name the state force first in its armed clashes (above).
# (their shoot-outs are the police's: a clash told with no police word, "a clash between the
# TCP and the CV", is two gangs')
_FORCE_FIRST = frozenset({"BR"})
_ARMED_FIRST = frozenset({"MX", "GT", "HN", "SV"})
_UNARMED = ("Civilians (", "Protesters (", "Rioters (")
_POLICE = re.compile(r"(?i)\bpolice\b")
# ACLED's unnamed gang where it is not "Unidentified Gang (X)" unless the text says gang.
_GANG_NAMES = {"BR": "Unidentified Gang and/or Police Militia"}
_GANG_WORD = re.compile(r"(?i)(?<![\w-])gang(?:s|sters?)?\b(?![-\s]?rap)")
# Police corps by their words, per country: (words, force, corps as ACLED writes it).
_CORPS = {
    "BR": (
        (re.compile(r"(?i)\bmilitary\s+police\b"), "Military Forces", "Military Police"),
        (re.compile(r"(?i)\bcivil\s+police\b"), "Police Forces", "Civil Police"),
        (re.compile(r"(?i)\bfederal\s+(?:highway\s+)?police\b"), "Police Forces", "Federal Police"),
    ),
    "MX": ((re.compile(r"(?i)\bfederal\s+police\b"), "Police Forces", "Federal Police"),),
}
_FORCES = ("Military Forces of ", "Police Forces of ")
_STATE_FORCE = re.compile(r"^(?:Military|Police) Forces of (?P<country>[^(]+?)(?: \([\d-]+\))?$")


def crime_and_corps(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> None:
    """Rename the unnamed perpetrator of organised crime a gang and a force its corps (above),
    where the country has such names."""
    if country_code not in GANG_COUNTRIES and country_code not in _CORPS:
        return
    text = _paragraphs(doc, draft)
    country = country_name(country_code)
    unnamed = f"Unidentified Armed Group ({country})"
    gang = f"Unidentified Gang ({country})"
    crime = country_code in GANG_COUNTRIES and (
        _MARKS.search(text) is not None
        or _execution_marked(text)
        or ORGANISED_CRIME.search(text) is not None
    )
    gang_name = gang if _GANG_WORD.search(text) else _GANG_NAMES.get(country_code or "", gang)
    corps = _corps_named(text, country_code, country, on)

    def renamed(side: str | None) -> str | None:
        if side == gang or (crime and side == unnamed):
            return gang_name
        if side is not None and corps is not None and _STATE_FORCE.match(side):
            return corps
        return side

    sides.actor1, sides.actor2 = renamed(sides.actor1), renamed(sides.actor2)
    if country_code in _FORCE_FIRST and draft.event_type == "armed_clash" and _POLICE.search(text):
        _force_first(sides, corps)
    if country_code in _ARMED_FIRST and draft.event_type == "armed_clash":
        _armed_first(sides)


def _execution_marked(text: str) -> bool:
    """Whether ``text`` tells a mark of an execution (:data:`_EXECUTION`), a person bound not in
    a sentence telling an arrest."""
    for mark in _EXECUTION.finditer(text):
        if mark["bound"] is None:
            return True
        start = max(text.rfind(stop, 0, mark.start()) for stop in ".;!?")
        ends = [end for stop in ".;!?" if (end := text.find(stop, mark.end())) >= 0]
        if not _ARREST.search(text, start + 1, min(ends, default=len(text))):
            return True
    return False


def _force_first(sides: Sides, corps: str | None) -> None:
    """The state force of an armed clash as actor1: the force read as actor2, else the police
    corps the paragraphs name when no side was read beside the non-state one ("officers were
    attacked by suspects and a shoot-out broke out": the officers read as no side)."""
    if sides.actor1 is None or sides.actor1.startswith(_FORCES):
        return
    if sides.actor2 is None and corps is not None:
        sides.actor1, sides.actor2 = corps, sides.actor1
        sides.associates = ([], sides.associates[0])
    elif sides.actor2 is not None and sides.actor2.startswith(_FORCES):
        sides.actor1, sides.actor2 = sides.actor2, sides.actor1
        sides.associates = (sides.associates[1], sides.associates[0])


def _armed_first(sides: Sides) -> None:
    """The non-state side of an armed clash as actor1, the state force read first as actor2."""
    if (
        sides.actor1 is not None
        and sides.actor1.startswith(_FORCES)
        and sides.actor2 is not None
        and not sides.actor2.startswith(_FORCES + _UNARMED)
    ):
        sides.actor1, sides.actor2 = sides.actor2, sides.actor1
        sides.associates = (sides.associates[1], sides.associates[0])


def _corps_named(text: str, code: str | None, country: str, on: dt.date) -> str | None:
    """The first police corps the text names, by its ACLED name, or None."""
    found = [
        (match.start(), force, corps)
        for words, force, corps in _CORPS.get(code or "", ())
        if (match := words.search(text)) is not None
    ]
    if not found:
        return None
    _, force, corps = min(found)
    return with_period(f"{force} of {country} {corps}", on)


def _paragraphs(doc: Document, draft: EventDraft) -> str:
    """The text of the paragraphs the event is told in."""
    told = {doc.sentences[i].paragraph for i in draft.sentences if i < len(doc.sentences)}
    return " ".join(s.text for s in doc.sentences if s.paragraph in told)
