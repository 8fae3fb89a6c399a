"""Generic actors: nouns that name no group ("militiamen", "Police", "terrorists", "8 persons"),
named the ACLED way after the article's country.

- A noun of armed men names an unidentified armed group ("Unidentified Armed Group (Kenya)");
  state force nouns the article's country's force ("troops": "Military Forces of Syria").
- In Syria the war's unnamed anti-government armed men are coded as one actor, "Opposition
  Rebels (Syria)": "rebels", "militants", "insurgents" and the pro-government press's
  "terrorists", "terrorist organizations", "terrorist rocket attacks".
- People counted as killed or hurt are civilians ("8 persons", "a woman", "dozens of people");
  people counted by their nationality ("a Palestinian", "two young Palestinians", "an Iraqi
  man", "18 Syrians") are civilians of that country, wherever the article is placed.
"""

from __future__ import annotations

import re
from functools import cache

from ...document import ActorKind, ActorMention, Span
from ...places.gazetteer.sources import demonym_rows
from ...runs import run_finditer
from ...text.numbers import MANY, TENS, counting
from ..dictionary import NOT_A_NAME, capitalisable, country_name
from .country_words import country_word
from .generic_names import (
    COMMUNISTS_BY_COUNTRY,
    GANG_COUNTRIES,
    GANG_NOUNS,
    GENERIC_NAMES,
    INSURGENTS,
    INSURGENTS_BY_COUNTRY,
    ORGANISED_CRIME,
    REBELS,
    SEPARATISTS,
    SEPARATISTS_BY_COUNTRY,
    UNIDENTIFIED,
)
from .opposition import armed_opposition
from .state_names import state_force_name

# The modifier starts a word and is read whole: from every capital of "AlBuKamalAlBuKamal..."
# it would read to the end of the word and back.
_GENERIC = re.compile(
    r"(?P<mod>(?<!\w)(?:[Pp]ro-\w++|[A-Z]\w*+-(?:aligned|affiliated|backed|linked|allied|led))\s+"
    r"|(?P<islamist>[Ii]slamist|[Ii]slamic)\s+"
    # "rebel fighters", "rebel militias": rebels.
    r"|(?P<rebel>[Rr]ebel)\s+"
    # "separatist rebels", "separatist militants": the country's separatists.
    r"|(?P<separatist>[Ss]eparatist)\s+"
    # "communist rebels": the country's communist insurgency, where ACLED codes one.
    r"|(?P<communist>[Cc]ommunist)\s+"
    r"|(?:Iranian|Iraqi|Syrian|Afghan|Pakistani|Lebanese|Turkish|Kurdish|Russian|"
    r"[Tt]akfiri)\s+)?"
    # "Police dispersed ...": the noun may open the sentence.
    r"(?<![\w-])(?P<noun>"
    + capitalisable(tuple(GENERIC_NAMES))
    + r")\b"
    # "military centre", "militia presence", "police station", "Police Command told": a
    # modifier, not an actor.
    # (the positions, posts and bases an attack hits name their side: events/link/roles.py)
    + r"(?!\s+(?:centres?|centers?|garrisons?|stations?|operations?|"
    r"support|"
    r"equipment|presence|activit(?:y|ies)|councils?|courts?|hospitals?|academ(?:y|ies)|"
    r"headquarters|leadership|intelligence|campaigns?|build-?up|sites?|zones?|facilit(?:y|ies)|"
    r"escalation|families|uniforms?|experts?|analysts?|[Cc]ommands?|"
    # "army spokesman Colonel X announced": who tells it, not a side
    r"[Ss]pokes(?:m[ae]n|wom[ae]n|persons?|people))\b)"
)
# "terrorist rocket attacks", "a terrorist mortar attack", "rebel rocket fire", "militant
# attacks": the attacker named by an adjective. The words between are never who speaks or
# a verb of saying or judging: "rebel leaders condemned attacks" names no attacker. Not yet
# "a rebel assault / offensive / ambush" (docs/rounds/41.md): right in its sentence, it left
# a mention of a clash, now the rebels', apart from the same clash's fighting on their days.
_BETWEEN_ADJECTIVE_AND_WEAPON = (
    r"(?:(?!(?:leaders?|spokes\w*|officials?|sources?|said|says|condemned|denied|claimed|"
    r"blamed|accused|rejected|warned|vowed|reported)\s)"
    r"[\w-]+\s+){0,2}?"
)
_ATTACKER_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:[Tt]errorists?|(?P<rebel>[Rr]ebel)|[Mm]ilitant|[Ii]nsurgent|[Jj]ihadist)"
    rf"(?=\s+{_BETWEEN_ADJECTIVE_AND_WEAPON}(?i:attacks?|shelling|shells|bombings?|"
    r"rockets?|mortars?|car bombs?|explosions?|blasts?|acts?|fire)\b)"
)
_GENERIC_KINDS: dict[str, ActorKind] = {
    "Civilians": "civilians",
    "Protesters": "protesters",
    "Rioters": "rioters",
    "Military": "state_force",
    "Police": "state_force",
    "Tribal": "militia",
}
# People counted as the toll: "8 persons", "a woman", "three other civilians", "dozens of people".
_NUMBER = (
    rf"\d+|a|an|{counting(1, 12)}|\w+teen|{'|'.join(TENS)}|several|many|"
    rf"(?:{'|'.join(MANY)}) of"
)
_CASUALTIES = re.compile(
    rf"(?<![\w-])(?i:{_NUMBER})\s+"
    r"(?:(?:more|other|young|elderly|innocent|unarmed)\s+)?"
    r"(?:civilians?|persons?|people|citizens?|children|child|wom[ae]n|m[ae]n|girls?|boys?|"
    r"schoolchildren|students|worshippers|passengers|family members|"
    # (those who serve the people, counted as the toll: "killing eight volunteers", "three
    # rescuers", "two journalists"; monitors code them as civilians; twenty-seventh round)
    r"volunteers|rescuers|rescue workers|aid workers|health workers|medics|paramedics|doctors|"
    r"nurses|journalists|reporters|villagers|residents|evacuees|worshipers)\b"
)


# Nouns of people after a nationality ("a Palestinian man"); any other noun makes it an adjective
# ("a Turkish drone", "two Iraqi soldiers"), told by the rules above or not an actor.
_PEOPLE_AFTER = (
    r"m[ae]n|wom[ae]n|youths?|teenagers?|teens?|boys?|girls?|child(?:ren)?|civilians?|"
    r"farmers?|shepherds?|workers?|students?|nationals?|citizens?"
)


# What may follow a nationality used as a noun: punctuation, a verb of the clause or a
# preposition ("a Palestinian was shot", "killed a Palestinian in Jenin").
_NOUN_ENDS = (
    r"\s*[,.;:)]|\s*$|\s+(?:was|were|is|are|has|have|had|who|whom|in|on|at|near|and|from|"
    r"during|after|by|while|when|as|with|to|died|late|early|overnight)\b"
)


@cache
def _nationals() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of people counted by nationality and each demonym's country code."""
    codes: dict[str, str] = {}
    for code, demonym, forms in demonym_rows():
        for word in (demonym, *forms.split("|")):
            if word:
                codes.setdefault(word, code)
    words = "|".join(re.escape(w) for w in sorted(codes, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?i:{_NUMBER})\s+(?:(?:more|other|young|elderly|innocent|unarmed)\s+)?"
        rf"(?P<demonym>{words})(?:\s+(?:{_PEOPLE_AFTER})\b|(?={_NOUN_ENDS}))"
        # (not an adjective coordinated with another: "three Russian and Syrian regime raids")
        rf"(?!\s+(?:and|or)\s+(?:{words})\s)"
    )
    return pattern, codes


# "units loyal to President Bashar al-Assad of Syria", "troops loyal to the government": the
# state's forces (not "forces loyal to Haftar": a warlord's, named by the dictionary). The
# mention ends before the leader's name, a person of its own.
_LOYAL_TO_STATE = re.compile(
    r"(?<![\w-])(?:forces|troops|soldiers|units)\s+loyal\s+to\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister)\b"
    r"|(?:government|regime)\b)"
)


# "Arab tribes", "Shammar tribesmen", "Arab tribal militias": ACLED names a tribe's armed men after
# the people or tribe the text gives ("X Tribal Militia (Syria)"); a country's demonym is no tribe
# ("Syrian tribes"), nor a word that opens the sentence ("Armed tribesmen").
_TRIBAL = re.compile(
    r"(?<=[\w,;:)]\s)(?P<people>[A-Z][a-z]+)\s+"
    r"(?:tribes|tribesmen|tribal\s+(?:militias?|fighters|gunmen|forces))\b"
)


def _tribal_militias(text: str, country: str | None) -> list[ActorMention]:
    found = []
    for match in _TRIBAL.finditer(text):
        people = match.group("people")
        if people in NOT_A_NAME or country_word(people) is not None:
            continue
        name = f"{people} Tribal Militia ({country_name(country)})"
        span = Span(match.start(), match.end())
        found.append(ActorMention(span, match.group(), name, "militia", country, generic=True))
    return found


def civilians_of(span: Span, text: str, country: str | None) -> ActorMention:
    """The civilians of ``country`` told by ``text`` at ``span`` ("three people", "civilians"),
    named as ACLED names them: "Civilians (Syria)"."""
    name = f"Civilians ({country_name(country)})"
    return ActorMention(span, text, name, "civilians", country, generic=True)


def generic_actors(text: str, country: str | None) -> list[ActorMention]:
    """Generic actors of ``text`` in the order read: nouns, then attacker adjectives, then
    people counted as casualties (a later one overlapping an earlier one is dropped by the
    caller)."""
    forces = state_force_name("Military Forces", country)
    found = [
        ActorMention(
            Span(m.start(), m.end()), m.group(), forces, "state_force", country, generic=True
        )
        for m in _LOYAL_TO_STATE.finditer(text)
    ]
    found.extend(_tribal_militias(text, country))
    # ("opposition fighters": the armed opposition, before "fighters" alone is read)
    found.extend(armed_opposition(text, country))
    gangs = country in GANG_COUNTRIES and ORGANISED_CRIME.search(text) is not None
    found.extend(
        _generic(match, _nation_before(text, match, country), gangs)
        for match in run_finditer(_GENERIC, text)  # (where a noun is: see runs.py)
        # (not one man named by whose kin was hit: "the wife of a soldier was killed")
        if match.group("noun").lower() not in _ONE_MAN
        or not _KIN_OF.search(text, max(0, match.start() - 40), match.start())
    )
    found = [a for a in found if not _private_staff(text, a)]
    insurgents = _insurgents(country)
    for match in _ATTACKER_ADJECTIVE.finditer(text):
        span = Span(match.start(), match.end())
        name = _insurgents(country, "rebels") if match.group("rebel") else insurgents
        found.append(ActorMention(span, match.group(), name, "armed_group", country, generic=True))
    for match in _CASUALTIES.finditer(text):
        found.append(civilians_of(Span(match.start(), match.end()), match.group(), country))
    pattern, codes = _nationals()
    for match in pattern.finditer(text):
        code = codes[match.group("demonym")]
        found.append(civilians_of(Span(match.start(), match.end()), match.group(), code))
    return found


# One man of a force told by whose kin or home was hit is no side ("N of NP": N is the head).
_ONE_MAN = frozenset({"soldier", "policeman", "police officer"})
_KIN_OF = re.compile(
    r"\b(?:wife|husband|widow|son|daughter|child(?:ren)?|brother|sister|father|mother|"
    r"parents?|family|relatives?|home|house)\s+of\s+(?:a|an|the)\s+$",
    re.IGNORECASE,
)


# The security staff of a private employer are no state force: "private security personnel",
# "hospital security personnel", "the factory's security officers" (the state's are told as
# the country's: "Pakistan's security personnel").
_SECURITY_STAFF = frozenset({"security personnel", "security officers"})
_PRIVATE_EMPLOYER = re.compile(
    r"(?<![\w-])(?:private|hired|(?:company|firm|hospital|campus|university|college|school|"
    r"mall|bank|hotel|factory|mine|plantation|estate|store|shop)(?:['’]s)?)\s+$",
    re.IGNORECASE,
)


def _private_staff(text: str, actor: ActorMention) -> bool:
    """Whether ``actor`` is a private employer's security staff (see above)."""
    return actor.text.lower() in _SECURITY_STAFF and bool(
        _PRIVATE_EMPLOYER.search(text, max(0, actor.span.start - 30), actor.span.start)
    )


# A nationality right before the noun: "Ethiopian raiders", "Somali militiamen", "Ugandan
# cattle rustlers".
_NATION_BEFORE = re.compile(r"(?<![\w-])(?P<demonym>[A-Z][a-z]+)\s+(?:cattle\s+)?$")


def _nation_before(text: str, match: re.Match[str], country: str | None) -> str | None:
    """The country of a generic actor: the nation named right before its noun (armed men,
    civilians, crowds of another country are coded after their own: "Ethiopian raiders attack
    herders near Lake Turkana" is "Unidentified Ethnic Militia (Ethiopia)"), else the
    article's. A state's forces ("Ugandan troops") are read by ``forces.py``."""
    if GENERIC_NAMES[match.group("noun").lower()].startswith(("Military", "Police")):
        return country
    noun = match.start("noun")
    before = _NATION_BEFORE.search(text, max(0, noun - 30), noun)
    if before is None:
        return country
    return _nationals()[1].get(before.group("demonym"), country)


def _insurgents(country: str | None, noun: str = "") -> str:
    if country in INSURGENTS_BY_COUNTRY:
        return INSURGENTS_BY_COUNTRY[country]
    if noun in REBELS:
        return f"Rebel Forces ({country_name(country)})"
    return UNIDENTIFIED.format(country=country_name(country))


_PRO_GOVERNMENT = re.compile(r"[Pp]ro-(?:government|regime)\s")


def _generic(match: re.Match[str], country: str | None, gangs: bool = False) -> ActorMention:
    noun = match.group("noun").lower()
    template = GENERIC_NAMES[noun]
    islamist = match.group("islamist") and template in (INSURGENTS, UNIDENTIFIED)
    communists = COMMUNISTS_BY_COUNTRY.get(country or "")
    if (
        match.group("communist")
        and communists
        and (template in (INSURGENTS, UNIDENTIFIED) or noun in REBELS)
    ):
        name = communists
    elif islamist and country not in INSURGENTS_BY_COUNTRY:
        # "Islamist militants", "Islamic insurgents": ACLED's unnamed Islamist armed group.
        name = f"Islamist Militia ({country_name(country)})"
    elif _PRO_GOVERNMENT.match(match.group("mod") or "") and template == UNIDENTIFIED:
        # "pro-government militiamen", "pro-regime gunmen": ACLED's pro-government militia.
        name = f"Pro-Government Militia ({country_name(country)})"
    elif template == SEPARATISTS or (
        match.group("separatist") and (template in (INSURGENTS, UNIDENTIFIED) or noun in REBELS)
    ):
        name = SEPARATISTS_BY_COUNTRY.get(country or "") or _insurgents(country, noun)
    elif template == INSURGENTS or noun in REBELS:
        name = _insurgents(country, noun)
    elif gangs and noun in GANG_NOUNS and country in GANG_COUNTRIES and not match.group("rebel"):
        name = f"Unidentified Gang ({country_name(country)})"
    elif match.group("rebel") and template == UNIDENTIFIED:
        name = _insurgents(country, "rebels")
    elif template.startswith(("Military Forces of", "Police Forces of")):
        name = state_force_name(template.split(" of ")[0], country)
    else:
        name = template.format(country=country_name(country))
    kind: ActorKind = _GENERIC_KINDS.get(name.split()[0], "armed_group")
    if kind == "armed_group" and ("militia" in noun or noun in ("raiders", "cattle rustlers")):
        kind = "militia"
    start = match.start("mod") if match.group("mod") else match.start("noun")
    span = Span(start, match.end())
    return ActorMention(span, match.string[start : span.end], name, kind, country, generic=True)
