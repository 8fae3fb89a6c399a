"""Gates on an arrest's case: the arrest an analyst codes, not the police news of ordinary crime.

Monitors code arrests of protesters, activists, journalists, politicians and armed men ("police
detained forty marchers", "a blogger was arrested", "a militant recruiter was held"). The crime
desk's arrests name a private person by age or jail, or an ordinary crime, and no political or
armed side: "a 34-year-old woman is in custody after threatening a clerk", "the teenager was
remanded in custody", "arrested on fraud charges", "booked into the county jail" (twenty-sixth
round, spur46: a tenth of the spurious events of ordinary news).
"""

from __future__ import annotations

import re

from .....document import NON_STATE_ARMED_KINDS
from ...sides.agents import clause_before
from ...sides.parties import ARMED, names_armed

# A private person and an ordinary case: an age, a court's custody, a jail, a crime of the
# crime desk. (A crime alone is no sign: "police arrested four men over a robbery" may be
# coded.)
_ORDINARY_CASE = re.compile(
    r"\b(?:\d{1,2}-year-old|aged \d{1,2}|remanded|bail|(?:county )?jail|"
    r"(?:person|man|woman) who (?:killed|shot|stabbed|murdered)|fraud|insider trading|"
    r"inside information|embezzl\w*|tax evasion|drunk|DUI|drink-driving|drunk-driving|"
    r"trespass\w*|escape|escaped|domestic|federal charges)\b"
    r"|,\s\d{2},",
    re.IGNORECASE,
)


# What makes an arrest political or part of a conflict: a protest, an activist or reporter, a
# party or office, an armed side or its deeds.
_POLITICAL = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|strike|activists?|opposition|"
    r"part(?:y|ies)|journalists?|reporters?|bloggers?|editors?|politicians?|governors?|"
    r"ministers?|MPs?|senators?|lawmakers?|legislators?|officials?|leaders?|candidates?|"
    r"mayors?|election\w*|vot\w+|terror\w*|militants?|insurgen\w*|rebels?|separatists?|"
    r"jihad\w*|extremis\w*|radicali[sz]\w*|sedition|treason|incit\w*|insurrection|coup|"
    r"spy\w*|espionage|dissidents?|critics?|curfew|lockdown|immigra\w*|migrants?|refugees?|"
    r"nationals|gangs?|bandits?|kidnap\w*|gunmen|armed|militia\w*|explosives?|bomb\w*|"
    r"attack\w*|riot\w*|clash\w*|unrest|cult\w*|sect|corruption|graft|justices?|judges?|"
    r"judiciary|deputy|commissioners?|chiefs?)\b",
    re.IGNORECASE,
)


# The military as the arrester: "soldiers detained twelve men aged 18 to 40", "was detained by
# troops" (the army's arrests are a conflict's, whoever is held; review46b). The police are no
# such sign: they make the crime desk's arrests too.
_MILITARY = r"(?:soldiers?|troops|army|military|security forces|paramilitar\w*|gendarm\w*)"
_MILITARY_BEFORE = re.compile(rf"\b{_MILITARY}\b", re.IGNORECASE)
_MILITARY_AFTER = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:the\s+)?(?:[\w-]+\s+)?{_MILITARY}\b", re.IGNORECASE
)


def political_arrest(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "police arrested 30 protesters", "a blogger was arrested", "soldiers detained a man aged
    30", not "Smith, 47, was arrested Friday" nor "the teenager was remanded in custody pending
    trial"."""
    if not _ORDINARY_CASE.search(sentence):
        return True
    if _POLITICAL.search(sentence):
        return True
    if _MILITARY_BEFORE.search(clause_before(sentence, start)) or _MILITARY_AFTER.match(
        sentence[end:]
    ):
        return True
    return names_armed(sentence, NON_STATE_ARMED_KINDS)


# Who takes what is taken: armed men, a crowd or looters ("bandits stole 200 cattle", "the mob
# looted shops and stole goods"), not burglars in the night ("burglars entered the studio and
# stole two guitars") nor a figure ("robbing Peter to pay Paul").
_TAKERS = re.compile(
    r"\b(?:mobs?|crowds?|rioters|protesters|demonstrators|looters|youths|militants|raiders|"
    r"robbers|armed|explosives?|guns?|firearms|weapons?|machetes?|clans?|tribes?|herders|"
    r"rustl\w+|raids?)\b",
    re.IGNORECASE,
)


def taken_by_arms(sentence: str, start: int, end: int, previous: str) -> bool:
    """ "gunmen stole three vehicles", "the mob stole goods", not "burglars stole two
    guitars"."""
    if re.match(r"\s+Peter\b", sentence[end:]):
        return False
    return bool(ARMED.search(sentence) or _TAKERS.search(sentence)) or names_armed(
        sentence, NON_STATE_ARMED_KINDS
    )
