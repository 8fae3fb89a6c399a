"""Who acts: an act an analyst codes has an armed or political agent, a private one none.

One decision every trigger passes (:func:`private_act`), read from the sentence's structure: the
subject of the act's verb (or of the main clause a participle hangs on, or of the first verb
of two joined by "and"), its "by" agent, its possessive, the one a court charges with it, and
for an arrest the one arrested. An act stays unless that reading names a private agent and the
sentence tells no armed or political side:

- a person the article names as one ("Hobbs stabbed him", "Kelly also has clashed with the
  adviser", "Zakharova called for aid ... after liberating it"): a capitalised word the article
  tells with a first name, a title or an age, no group, state, people or place of the actor
  dictionary (its persons, "Putin", "Haftar", lead forces: they stay);
- a relative ("her husband stabbed her", "Father arrested after ...");
- the one a court charges, convicts or sentences for it ("a man was charged with murder over
  the knifing of a clerk");
- for an arrest, a private person held for the crime desk's case: a person or relative named,
  an age, a jail, bail, a fraud (twenty-sixth round's ``political_arrest``, now read here).

Acts whose kind implies an armed agent (air strikes, shelling, bombs, grenades, chemical
weapons, suicide attacks) are never refused; nor an act whose agent is not told at all
("a farmer was killed", "unknown gunmen killed a farmer": monitors code those).
"""

from __future__ import annotations

import re

from ....document import NON_STATE_ARMED_KINDS
from ....prefilter import quick_search
from ....vocabulary import ANIMALS
from ..sides.agents import PASSIVE, clause_before
from ..sides.parties import ARMED, kind_of, names_armed
from .people import NAME_WORD, RELATIVE

# Kinds of act that imply an armed agent whoever is named before them.
_ARMED_KINDS_OF_ACT = frozenset(
    {"airstrike", "shelling", "explosive_attack", "grenade", "chemical_attack", "suicide_bombing"}
)
# ... and those a crowd does, whoever it is: "parents protested outside a school" is coded (a
# person of the article alone is refused: "Kelly had agitated for the adviser's removal").
_POLITICAL_KINDS_OF_ACT = frozenset({"protest", "protest_dispersed", "protest_repressed", "riot"})

_KIN = re.compile(
    rf"(?:^|\b(?:his|her|their|the|a|an|whose)\s+(?:[\w-]+\s+)?){RELATIVE}$", re.IGNORECASE
)

# Words between the agent and its verb: "Kelly also has clashed", "Hobbs is accused of
# stabbing", "Dunmore allegedly murdered".
_BETWEEN = (
    r"(?:\s+(?:also|has|have|had|is|was|are|were|allegedly|reportedly|then|later|"
    r"accused\s+of|admitted|admits|had\s+been|been|once|repeatedly|previously))*\s*$"
)
# An animal acts as no one's side: "the dog pinned the man down", "an elephant attacked".
_ANIMAL = rf"(?i:the|a|an|its|his|her)\s+(?:wild\s+|stray\s+)?(?:{ANIMALS})"
_NAMED_AGENT = re.compile(
    rf"(?P<agent>\b{NAME_WORD}|\b(?:he|she|He|She)|\b\w+\s+(?:\w+\s+)?{RELATIVE}|\b{_ANIMAL}|"
    # one person told by a relative clause: "identified as the person who killed Lane"
    rf"\bthe (?:person|man|woman) who){_BETWEEN}"
)
_INSIDE_OF = re.compile(r"\b(?:of|and|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_OPENING_PHRASE = re.compile(
    r"^\W*(?:After|Following|Before|Since|During)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+)?$"
)
_OPENER_SUBJECT = re.compile(rf"\s*,\s+(?P<agent>{NAME_WORD}|he|she)\s+[a-z]")
_BY_NAME = re.compile(
    rf"^\s*(?:[\w-]+\s+){{0,3}}?by\s+(?:(?:his|her|their|a|the)\s+)?(?P<agent>{NAME_WORD}|"
    rf"{RELATIVE})\b(?!\s+(?-i:[A-Z])|\s+(?:ud|ul|al|el|e|bin|ibn|of|de|da)\b)",
    re.IGNORECASE,
)
# The subject a participle or a second verb shares: the clause's opening name, before its verb.
_OPENING_NAME = re.compile(
    rf"^\s*(?:(?:But|And|Though|However|but|and),?\s+)?(?!(?:He|She|It|They|We|I)\b)"
    rf"(?P<agent>{_ANIMAL}|{NAME_WORD})\s+[a-z](?:(?!\b(?:which|who|whom|that)\b).)*$"
)
_SUBJECT = re.compile(
    rf"(?P<agent>\b{NAME_WORD}|\b(?:he|she|He|She))\s+(?:(?:once|also|then|later)\s+)?[a-z]+"
)
_VERB = re.compile(
    r"\w+(?:ed|ing)\b|(?:shot|beat|stole|took|fought|stabbed|hit|struck|held|seized|burnt|"
    r"set|threw|stoned|kidnapped|raped)\b",
    re.IGNORECASE,
)
_SHARED_SUBJECT = re.compile(
    r"(?:\b(?:after|before|while|when|by|since|upon)\s+$|\band\s+(?:then\s+|later\s+)?$)",
    re.IGNORECASE,
)
_TOLD = re.compile(r"^.*\b(?:said|says|say|told|added|stated)\b\s*(?:that\s+)?", re.IGNORECASE)

# A court's charge: the act is its case, the one charged its agent ("a local man was charged
# with murder over the knifing of ...", "was convicted of manslaughter over the
# shooting").
_CHARGED = re.compile(
    r"(?P<who>(?:\b(?!(?:has|have|was|were|is|are|been)\b)[\w-]+\s+){1,4}?)?(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+|"
    r"are\s+)?"
    r"(?:charged|convicted|indicted|sentenced|jailed|acquitted|found guilty|pleaded guilty)"
    r"\b[^,;]{0,60}?\b(?:in|over|for|of|to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_ONE_CHARGED = re.compile(
    rf"\b(?:m[ae]n|wom[ae]n|teen(?:ager)?s?|boys?|girls?|youths?|persons?|{RELATIVE})\s*$",
    re.IGNORECASE,
)

# What makes an act political or part of a conflict, told anywhere in its sentence.
_POLITICAL = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|activists?|opposition|radicali[sz]\w*|"
    r"part(?:y|ies)|journalists?|reporters?|bloggers?|editors?|election\w*|"
    r"terror\w*|militants?|insurgen\w*|rebels?|separatists?|jihad\w*|extremis\w*|"
    r"sedition|treason|incit\w*|insurrection|coup|spy\w*|espionage|dissidents?|curfew|gangs?|"
    r"bandits?|gunm[ae]n|armed|militia\w*|explosives?|bomb\w*|riot\w*|unrest|cult(?:s|ists?|ism)?|sect|"
    r"clan(?:s|sm[ae]n)?|tribe\w*|ethnic|communal|land dispute|supporters|mobs?|crowds?|rioters|"
    r"vigilantes|rivals?|youths)\b",
    re.IGNORECASE,
)
# ... and for an arrest also an office, a court of politics or a migrant's status (an arrest of
# a minister or an official is coded; an official's quarrel is not).
_POLITICAL_ARREST = re.compile(
    # (a march, not the month: "was arrested in March")
    r"\b(?:(?-i:[Mm]arch(?:es|ed|ing|ers?)|march)|strike|politicians?|governors?|ministers?|MPs?|senators?|lawmakers?|"
    r"legislators?|officials?|leaders?|candidates?|mayors?|vot\w+|critics?|lockdown|"
    r"immigra\w*|migrants?|refugees?|nationals|kidnap\w*|attack\w*|clash\w*|corruption|graft|"
    r"justices?|judges?|judiciary|deputy|commissioners?|chiefs?)\b",
    re.IGNORECASE,
)
# The crime desk's case: an age, a court's custody, a jail, a crime of fraud or drink.
_ORDINARY_CASE = re.compile(
    r"\b(?:\d{1,2}-year-old|aged \d{1,2}|remanded|bail|(?:county )?jail|"
    r"(?:person|man|woman) who (?:killed|shot|stabbed|murdered)|fraud|insider trading|"
    r"inside information|embezzl\w*|tax evasion|drunk|DUI|drink-driving|drunk-driving|"
    r"trespass\w*|escape|escaped|domestic|federal charges)\b"
    r"|,\s\d{2},",
    re.IGNORECASE,
)
# The military as the arrester: the army's arrests are a conflict's, whoever is held; the
# police make the crime desk's arrests too.
_MILITARY = r"(?:soldiers?|troops|army|military|security forces|paramilitar\w*|gendarm\w*)"
_MILITARY_BEFORE = re.compile(rf"\b{_MILITARY}\b", re.IGNORECASE)
_MILITARY_AFTER = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:the\s+)?(?:[\w-]+\s+)?{_MILITARY}\b", re.IGNORECASE
)
# The one arrested: the passive's subject ("Ravel was arrested", the headline's "Father
# arrested") or the object ("police arrested his son").
_ARRESTED_BEFORE = re.compile(
    rf"(?P<who>\b{NAME_WORD}|\b{RELATIVE})\s+(?:(?:was|were|has been|had been|is|got)\s+)?"
    r"(?:also\s+|later\s+|then\s+)?$",
    re.IGNORECASE,
)
_ARRESTED_AFTER = re.compile(
    rf"^\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?P<kin>{RELATIVE})\b|"
    rf"(?:(?-i:[A-Z][a-z]+)\s+)?(?P<name>{NAME_WORD})\b)",
    re.IGNORECASE,
)


def private_act(
    sentence: str,
    start: int,
    end: int,
    event_type: str,
    people: frozenset[str],
    previous: str = "",
) -> bool:
    """Whether the act at ``sentence[start:end]`` has a private agent and no armed or political
    side: no event an analyst codes. ``people`` are the article's persons
    (:func:`.people.people_of`); ``previous`` the sentence before, where "he" or "she" is told
    ("A gunman entered the mosque. He opened fire")."""
    if event_type in _ARMED_KINDS_OF_ACT:
        return False
    if event_type == "arrest" and _private_arrest(sentence, start, end, people):
        return True
    agent = _agent(sentence, start, end, people)
    if agent is None or (event_type in _POLITICAL_KINDS_OF_ACT and _KIN.search(agent)):
        return False
    if agent.lower() in {"he", "she"} and _sided(previous):
        return False  # "A teenage bomber walked into the market. He blew himself up"
    if _SIDED_TARGET.match(sentence, end):
        return False  # "Yusuf shot three protesters dead": the one harmed is a side
    # the clause's words up to the act: "Smith, a militant commander, shot ...", "supporters
    # of the aspirant Dan Aloo clashed" are sided
    return not _sided(re.split(r"[;:]", sentence[:start])[-1])


# The one the act harms, right after it, when that one is an armed or political side (not the
# police: "Venn shot two officers" is the crime desk's, as the police are no sign in `_sided`).
_SIDED_TARGET = re.compile(
    r"\s+(?:dead\s+|down\s+)?(?:(?:at|on|upon)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:protesters|demonstrators|marchers|strikers|soldiers|troops|militants|rebels|fighters|"
    r"insurgents|journalists|activists)\b",
    re.IGNORECASE,
)


def _sided(sentence: str) -> bool:
    """Whether the sentence tells an armed or political side: its words or a group of the actor
    dictionary (the police are no sign: they tell the crime desk's cases)."""
    if _POLITICAL.search(sentence):
        return True
    armed = [
        m
        for m in ARMED.finditer(sentence)
        if not m.group().lower().startswith(("police", "officer", "cop", "suspect"))
    ]
    return bool(armed) or names_armed(sentence, NON_STATE_ARMED_KINDS)


def _private(words: str, people: frozenset[str]) -> bool:
    """Whether ``words`` (an agent read from the sentence) name a private person: one of the
    article's persons or a relative."""
    words = words.strip()
    if words in people or words.lower() in {"he", "she"} or words.endswith(" who"):
        return True
    if re.fullmatch(_ANIMAL, words, re.IGNORECASE):
        return True
    return _KIN.search(words) is not None


def _agent(sentence: str, start: int, end: int, people: frozenset[str]) -> str | None:
    """The private agent the sentence tells for the act at ``start:end``, if any."""
    before = clause_before(sentence, start)
    by = _BY_NAME.match(sentence[end:])
    if by is not None:
        return by.group("agent") if _private(by.group("agent"), people) else None
    if PASSIVE.search(before) and not sentence[start:end].lower().endswith("ing"):
        return None  # ("was fleeing" is no passive)
    if _OPENING_PHRASE.match(sentence[:start]):
        # a noun of the act opening the sentence shares its subject: "After the stabbing,
        # Hobbs ran away"
        opener = _OPENER_SUBJECT.match(sentence, end)
        if opener is not None and _private(opener.group("agent"), people):
            return opener.group("agent")
    charged = quick_search(_CHARGED, before)
    if charged is not None:
        who = charged.group("who")
        if who is None:  # the one charged told before a comma: "Smith, 56, is charged with"
            return "the one charged"
        if _ONE_CHARGED.search(who) and kind_of(who, last=True) not in {"armed", "crowd"}:
            return who.strip()
        last = who.split()[-1]
        return last if _private(last, people) else None
    possessive = re.search(rf"(?P<agent>{NAME_WORD})['’]s\s+$", before)
    if possessive is not None:
        return possessive.group("agent") if _private(possessive.group("agent"), people) else None
    named = _NAMED_AGENT.search(before)
    if (
        named is not None
        and _private(named.group("agent"), people)
        # the head of the subject, not a name inside it: "members of the faction of X clashed"
        and not _INSIDE_OF.search(before, 0, named.start())
    ):
        return named.group("agent")
    if before.endswith(", ") and sentence[start:end].lower().endswith("ing"):
        # a participle after a comma shares the main clause's subject: "he once told a host,
        # protesting that ..."
        main = re.split(r"[;:“”\"(]|,\s", sentence[: start - 2])[-1]
        subjects = list(_SUBJECT.finditer(main))
        if subjects and _private(subjects[-1].group("agent"), people):
            return subjects[-1].group("agent")
    if _SHARED_SUBJECT.search(before) and _VERB.match(sentence, start):
        # (a verb only: "a warning to traders, private guards and vigilantes" lists)
        whole = re.split(r"[;:]|,\s(?:and|while|but|as|when)\s", sentence[:start])[-1]
        opening = _OPENING_NAME.match(_TOLD.sub("", whole))
        if opening is not None and _private(opening.group("agent"), people):
            return opening.group("agent")
    return None


def _private_arrest(sentence: str, start: int, end: int, people: frozenset[str]) -> bool:
    """An arrest of a private person for the crime desk's case: "Smith, 47, was arrested
    Friday", "Father arrested after retrieving a gun", "police arrested Ravel"; not
    "police arrested 30 protesters", "soldiers detained a man aged 30"."""
    before = sentence[:start]
    held = _ARRESTED_BEFORE.search(before)
    after = _ARRESTED_AFTER.match(sentence[end:])
    private = bool(_ORDINARY_CASE.search(sentence)) or (
        held is not None and _private(held.group("who"), people)
    )
    if not private and after is not None:
        private = bool(after.group("kin")) or (
            after.group("name") is not None and after.group("name") in people
        )
    if not private:
        return False
    if _POLITICAL.search(sentence) or _POLITICAL_ARREST.search(sentence):
        return False
    if _MILITARY_BEFORE.search(clause_before(sentence, start)) or _MILITARY_AFTER.match(
        sentence[end:]
    ):
        return False
    return not names_armed(sentence, NON_STATE_ARMED_KINDS)
