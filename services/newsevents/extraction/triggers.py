"""Event triggers: the words that report that something happened, and how surely.

The lexicon is ``data/triggers.tsv``. Context rules here drop what did not happen as an event
("for fear of airstrikes", "to escape airstrikes") and set the modality: "reportedly" is
claimed, "would"/"will"/"plans to" is planned, "denied" is denied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .document import Document, Modality, Span, Trigger
from .ontology import EVENT_TYPES_BY_NAME


@dataclass(frozen=True, slots=True)
class TriggerRule:
    event_type: str
    pattern: re.Pattern[str]


def load_rules(text: str) -> tuple[TriggerRule, ...]:
    rules: list[TriggerRule] = []
    for line_number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        event_type, _, expression = line.partition("\t")
        if event_type not in EVENT_TYPES_BY_NAME or not expression:
            raise ValueError(f"triggers.tsv line {line_number}: unknown type or empty pattern")
        pattern = re.compile(rf"(?<![\w-])(?:{expression.strip()})(?![\w-])", re.IGNORECASE)
        rules.append(TriggerRule(event_type, pattern))
    return tuple(rules)


@cache
def default_rules() -> tuple[TriggerRule, ...]:
    data = resources.files("newsevents.extraction").joinpath("data/triggers.tsv")
    return load_rules(data.read_text(encoding="utf-8"))


_IRREALIS = re.compile(
    r"(?:for fear of|fear of being|to escape|to avoid|to evade|to prevent|in anticipation of|"
    r"threat of|risk of)\s+(?:\w+\s+){0,6}$",
    re.IGNORECASE,
)
# A crime one is suspected or accused of is a charge, not an event the sentence reports:
# "arrested on suspicion of murder", "a man accused of killing two herders" (but "police are
# accused of assaulting a driver" reports the act, as an allegation).
_CHARGE = re.compile(
    r"\b(?:suspicion of|suspected of|(?<!is )(?<!are )(?<!was )(?<!were )accused of|"
    r"charged with|convicted of|sentenced for|charges? of|allegations? of|on trial for)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PROTEST_WORD = re.compile(r"protest|demonstrat|rall(?:y|ied)|march|strike|sit-in|vigil", re.I)
_GRIEVANCE = re.compile(
    r"\b(?:against|condemn\w*|denounc\w*|over|demand\w*|in memory of|in memoriam|justice for|"
    r"following|after|about|regarding|because of|due to)\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
_CLAIMED = re.compile(r"\b(?:reportedly|allegedly|purportedly|claimed|claims?|rumou?red)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:would|will|plans? to|planning to|intends? to|to be|promised|pledged|vowed|"
    r"is expected to|are expected to)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:denied|denies|did not|didn't|never|no evidence)\b", re.IGNORECASE)


def find_triggers(doc: Document, rules: tuple[TriggerRule, ...] | None = None) -> None:
    found: list[Trigger] = []
    for sentence in doc.sentences:
        if sentence.heading:
            continue
        taken: list[Span] = []
        for rule in rules or default_rules():
            for match in rule.pattern.finditer(sentence.text):
                start = sentence.span.start + match.start()
                span = Span(start, start + len(match.group()))
                if any(span.overlaps(t) for t in taken):
                    continue
                before = doc.text[sentence.span.start : span.start]
                if _IRREALIS.search(before[-60:]) or _CHARGE.search(before[-40:]):
                    continue
                if _PROTEST_WORD.search(before) and _GRIEVANCE.search(before[-70:]):
                    continue  # "protested against the arrest of ...": the grievance
                taken.append(span)
                kind = refine_type(rule.event_type, sentence.text, span.start - sentence.span.start,
                                   span.end - sentence.span.start)  # fmt: skip
                found.append(Trigger(span, match.group(), kind, _modality(before)))
    doc.triggers = sorted(found, key=lambda t: t.span.start)


def _modality(before: str) -> Modality:
    clause = re.split(r"[,;:]\s", before)[-1][-80:]
    if _DENIED.search(clause):
        return "denied"
    if _PLANNED.search(clause):
        return "planned"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"


# ---------------------------------------------------------------------------- refinement
# Generic violence words ("attacked", "killed", "clashed", "vandalised") take their type from
# who acts and who is hit, as conflict monitors code them: armed or state forces hit = an armed
# clash; a crowd or villagers acting = mob violence; demonstrators acting = a riot.

_ARMED = re.compile(
    r"\b(?:militants?|gunmen|soldiers?|troops|forces|army|military|police(?:men|man)?|"
    r"officers?|personnel|rebels?|insurgents?|fighters?|militia(?:men|s)?|guards?|jihadists?|"
    r"terrorists?|combatants?|positions|base|barracks|check ?points?|outposts?|convoy|patrols?|"
    r"gendarmes?|gendarmerie|commandos?|paramilitar\w+|mercenaries|snipers?|jawans?|"
    r"servicem[ae]n|marines|separatists|bandits|cartel|gangs?|Taliban|militiaman|"
    r"commanders?|cadres?|troop positions?|army posts?|police (?:posts?|stations?)|"
    r"(?:security|check|border|military) posts?|"
    r"armed (?:m[ae]n|individuals?|persons?|people|assailants|attackers|groups?|youths?))\b",
    re.IGNORECASE,
)
_CROWD = re.compile(
    r"\b(?:mobs?|crowds?|nationals|members of (?:the )?(?:[\w-]+ ){0,3}?part(?:y|ies)|"
    r"(?:two|rival|both|opposing) groups(?! of (?:\w+ )?(?:security|armed|gunmen|hitmen|forces|"
    r"fighters))|villagers|residents|locals|youths|supporters|rioters|communities|"
    r"community members|clansmen|tribesmen|(?:group|groups) of (?:\w+ )?(?:people|men|"
    r"villagers|youths|residents|locals)|party (?:workers|supporters|members|activists)|"
    r"workers|students|people|family members|relatives|neighbou?rs|traders|farmers|herders|"
    r"citizens|inhabitants|labou?rers|migrants|migrant workers)\b",
    re.IGNORECASE,
)
_CIVILIAN = re.compile(
    r"\b(?:veterans?|civilians?|villagers?|residents?|farmers?|herders?|shepherds?|traders?|"
    r"merchants?|"
    r"m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|people|persons?|famil(?:y|ies)|journalists?|"
    r"reporters?|students?|teachers?|workers?|drivers?|passengers?|prisoners?|inmates?|"
    r"worshipp?ers|doctors?|nurses?|priests?|pastors?|imams?|activists?|teenagers?|"
    r"adolescents?|minors?|victims?|bod(?:y|ies)|couple|brothers?|sons?|daughters?|wife|"
    r"husband|relatives?|leaders?|politicians?|candidates?|officials?|councillors?|mayor|"
    r"chief|businessm[ae]n|vendors?|miners?|migrants?|refugees?|individuals?|member|dealer|"
    r"owner|youth|elderly|clerics?|monks?|homes?|houses?|village|market)\b",
    re.IGNORECASE,
)
_PROTESTERS = re.compile(
    r"\b(?:protesters|protestors|demonstrators|agitators|marchers|strikers|agitating|"
    r"protesting)\b",
    re.IGNORECASE,
)
# A crowd acting over a grievance is a demonstration turned violent, not mob violence.
_DEMANDS = re.compile(
    r"\b(?:demand(?:ing|ed|s)?|to (?:protest|reject|denounce|demand|demonstrate)|in protest|"
    r"rioters|complain(?:ing|ed)|demonstrations?)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A trigger that ends in its own passive ("a fisherman's remains were dumped") is followed by
# its agent ("by bandits"), not its target. So does a noun the victims were hurt in: "four
# people were hurt during a shooting by masked gunmen".
_HURT_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PASSIVE_TRIGGER = re.compile(r"\b(?:was|were|been)\s+\w+$", re.IGNORECASE)
# Fighting named as between clans or tribes is between their militias, whoever else is named.
_CLAN_FIGHT = re.compile(r"\b(?:inter-?|intra-?)?(?:clan|tribal)\b", re.IGNORECASE)
# Members of the forces off duty or retired are hit as civilians: monitors code the killing of
# an off-duty policeman as an attack, not a clash.
_OFF_DUTY = re.compile(r"\b(?:off[- ]?duty|former|retired|ex-)", re.IGNORECASE)
# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
_FIREARM = re.compile(r"shot|shoot|(?<!set )fir(?:e|ed|ing)\b|gun", re.IGNORECASE)
# A beating by police, guards or a militia is their attack on the one beaten, not mob violence.
_BEATING = re.compile(r"beat|thrash", re.IGNORECASE)
# Sticks, stones and blades without firearms are the weapons of a brawl, not of a battle.
_CRUDE_WEAPONS = re.compile(
    r"\b(?:sticks|stones|machetes|axes|knives|clubs|rods|bows and arrows|sharp weapons|spears|"
    r"sickles|bricks)\b",
    re.IGNORECASE,
)
_REFINED = frozenset({"attack_on_civilians", "armed_clash", "mob_violence", "property_destroyed"})


def _kind_of(text: str, last: bool) -> str | None:
    """What the nearest noun phrase in ``text`` is: protesters, crowd, armed or civilian."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in (
        ("protesters", _PROTESTERS),
        ("crowd", _CROWD),
        ("armed", _ARMED),
        ("civilian", _CIVILIAN),
    ):
        matches = list(pattern.finditer(text))
        if not matches:
            continue
        match = matches[-1] if last else matches[0]
        # Nearest by the phrase's far edge, then the longer phrase: "a group of angry villagers"
        # is a crowd and "armed youths" armed, not the word inside them.
        position = match.end() if last else -match.start()
        candidate = (position, match.end() - match.start(), kind)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


def is_off_duty(text: str) -> bool:
    """Whether ``text`` calls a member of the forces off duty, former or retired."""
    return _OFF_DUTY.search(text) is not None


def refine_type(event_type: str, sentence: str, start: int, end: int) -> str:
    """The event type of a generic violence trigger given its agent and target."""
    if event_type not in _REFINED or (
        event_type == "armed_clash" and _CLAN_FIGHT.match(sentence[start:end])
    ):
        return event_type
    before = re.split(r"[;:]|,\s(?:and|while|but|as|when|after)\s", sentence[:start])[-1][-90:]
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    if (
        _PASSIVE.search(before)
        or _PASSIVE_TRIGGER.search(sentence[start:end])
        or (_HURT_IN.search(before) and re.search(r"\bby\b", after))
    ):
        target = _kind_of(before, last=True)
        by = re.match(r"\s*(?:[\w-]+\s+){0,5}?by\s+(?P<agent>.*)", after)
        agent = _kind_of(by.group("agent"), last=False) if by else None
        target_words = before
    else:
        agent = _kind_of(before, last=True)
        target = _kind_of(after, last=False)
        target_words = sentence[end : end + 120]
    if target == "armed" and is_off_duty(target_words):
        target = "civilian"
    if agent == "protesters" or (
        agent in {"crowd", "civilian"}
        and (_PROTESTERS.search(sentence) or _DEMANDS.search(sentence))
    ):
        return "riot"
    if event_type == "property_destroyed":
        return "mob_violence" if agent == "crowd" else event_type
    if agent == "crowd" and not _FIREARM.search(sentence[start:end]):
        return "mob_violence"
    if event_type == "mob_violence":
        if agent == "armed" and _BEATING.match(sentence[start:end]):
            return "armed_clash" if target == "armed" else "attack_on_civilians"
        return event_type
    if event_type == "armed_clash":
        unarmed = {agent, target} <= {"crowd", "civilian", None}
        unarmed = unarmed and not _FIREARM.search(sentence[start:end])
        brawl = _CRUDE_WEAPONS.search(sentence) and not _FIREARM.search(sentence)
        return "mob_violence" if unarmed and (agent or target or brawl) else event_type
    if target == "armed" and agent != "civilian":
        return "armed_clash"
    return event_type
