"""ACLED's names for the sides of organised crime and for police corps, where it has them.

Where ACLED codes the armed men of organised crime as gangs (Mexico, Central America, Brazil,
the Caribbean: ``GANG_COUNTRIES``), a killing that bears the marks of organised crime is a
gang's, though the report names no perpetrator or only "armed men": a drive-by shooting,
gunmen on a motorcycle, a body mutilated, dismembered, beheaded or burnt, a threatening
("narco") message left with it, or any word of gangs, cartels or the drug trade
(``ORGANISED_CRIME``). Without such a mark the perpetrator stays an unidentified armed group, as
ACLED's coders keep it (ACLED 2020, Mexico: of 35 notes telling a drive-by shooting all 35 are
gangs'; of the unidentified killers' notes with none of these marks, about half are gangs').
Brazil's unnamed gang is "Unidentified Gang and/or Police Militia" (its coders do not tell the
gangs from the militias of policemen that kill the same way) unless the text says gang
("killed by rival gang members": "Unidentified Gang (Brazil)").

ACLED names a federal state's police by its corps: Brazil's Military Police (a force of the
army's reserve) is "Military Forces of Brazil (2019-2022) Military Police", its Civil and
Federal Police "Police Forces of Brazil (2019-2022) Civil Police", "... Federal Police"; so is
Mexico's Federal Police. A side read as the country's military or police ("the Military Police
carried out an operation", "civil police forces dismantled a laboratory") takes the corps its
paragraph names first.

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
        _MARKS.search(text) is not None or ORGANISED_CRIME.search(text) is not None
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
