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
# The crime an arrest is for: "arrested three men for the kidnapping of a trader".
_ARRESTED_FOR = re.compile(
    r"\b(?:arrest|detain|apprehend|nabb?)\w*\b[^.;]{0,40}\bfor\s+(?:the\s+|a\s+|an\s+|their\s+|"
    r"his\s+|her\s+)?(?:alleged\s+|suspected\s+|attempted\s+)?$",
    re.IGNORECASE,
)
# A crime word naming a case, not an act: "a murder case", "the kidnapping trial".
_CASE_NOUN = re.compile(r"\s+(?:cases?|trials?|charges?|suspects?|investigations?|probe)\b", re.I)
_CHARGE = re.compile(
    r"\b(?:suspicion of|suspected of|(?<!is )(?<!are )(?<!was )(?<!were )accused of|"
    r"charged with|convicted of|sentenced for|charges? of|allegations? of|on trial for|"
    r"wanted for)"
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
# What is to be ended or stopped did not happen as an event of the day: "a truce ending tribal
# feuds", "a call for an end to the fighting".
_ENDED = re.compile(
    r"\b(?:ending|(?:an )?end to|to (?:stop|end|halt|prevent))\s+(?:(?:the|all|further|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def find_triggers(doc: Document, rules: tuple[TriggerRule, ...] | None = None) -> None:
    found: list[Trigger] = []
    previous = ""
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
                after = doc.text[span.end : span.end + 20]
                if (
                    _IRREALIS.search(before[-60:])
                    or _CHARGE.search(before[-40:])
                    or _ENDED.search(before[-60:])
                    or _CASE_NOUN.match(after)
                    or _ARRESTED_FOR.search(before[-80:])
                ):
                    continue
                if _PROTEST_WORD.search(before) and _GRIEVANCE.search(before[-70:]):
                    continue  # "protested against the arrest of ...": the grievance
                taken.append(span)
                if not in_context(
                    rule.event_type, sentence.text, match.start(), match.end(), previous
                ):
                    continue  # the words are there, the event is not ("the storm hit two men")
                kind = refine_type(rule.event_type, sentence.text, span.start - sentence.span.start,
                                   span.end - sentence.span.start)  # fmt: skip
                found.append(Trigger(span, match.group(), kind, _modality(before)))
        previous = sentence.text
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


# ---------------------------------------------------------------------------- context gates
# Some wordings report an event only with the right agent, object or aim; without it the span
# is taken (no lower row may claim it) but yields no trigger.

_HUMAN_AGENTS = frozenset({"crowd", "armed", "protesters"})
_ASSAILANTS = re.compile(
    r"\b(?:assailants|attackers|thugs|robbers|vigilantes|kidnappers|hitm[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)
_THINGS = re.compile(r"^(?:homes?|houses?|village|market)$", re.IGNORECASE)
# A body found bound or wrapped is a killing; a parcel or a sleeper found wrapped is not.
_DEATH = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?|remains|dead|lifeless|decompos\w+|died|death|killed|murdered|slain)\b",
    re.IGNORECASE,
)
# Streets filled, slogans chanted, a march joined or Labour Day marked are a protest only when
# the sentence says what for: "to celebrate the victory" or "with a picnic" is none.
_PROTEST_AIM = re.compile(
    r"\b(?:against|anti-[\w-]+|in protest|protest\w*|demonstrat\w+|demand\w*|denounc\w*|"
    r"condemn\w*|(?:to|and) (?:reject|oppose|voice|express|decry)|"
    r"(?:call|ask|press)(?:s|ed|ing)? for|justice for|in solidarity with|unpaid|arrears|"
    r"grievances?|discontent|anger|angry|outrage\w*|"
    r"(?:higher|better|more) (?:wages?|pay|salar(?:y|ies)|pensions?))\b",
    re.IGNORECASE,
)
# Barricades and burning tyres are a violent demonstration only when a crowd sets them or the
# sentence gives a grievance ("engineers built barricades against the flood" gives none).
_RIOT_AIM = re.compile(
    r"\b(?:in protest|protest\w*|demonstrat\w+|demand\w*|denounc\w*|condemn\w*|"
    r"(?:to|and) (?:reject|oppose|voice|express|decry)|(?:call|ask|press)(?:s|ed|ing)? for|"
    r"justice for|unpaid|grievances?|discontent|anger|angry|outrage\w*)\b",
    re.IGNORECASE,
)
# A demand for unpaid wages is a protest when it is made in person, not in a letter.
_GATHERING = re.compile(
    r"\b(?:gathered|assembled|massed|converged|camped|outside|in front of|at the gates?|"
    r"sit-?ins?|strike|marched|blocked|occupied|picket\w*|protest\w*|demonstrat\w+)\b",
    re.IGNORECASE,
)
_HIT = re.compile(r"hit\b", re.IGNORECASE)
_STONED = re.compile(r"ston(?:ed|ing)\b", re.IGNORECASE)
_FOUND_TIED = re.compile(r"found\b.*\b(?:wrapped|bound|tied|handcuffed)$", re.IGNORECASE)
_STREETS_SLOGANS_MARCH = re.compile(
    r"(?:came|poured|spilled|hit the streets|chant|shout|rais|commemorat|celebrat|join)",
    re.IGNORECASE,
)
_DEMANDED_PAY = re.compile(r"demand", re.IGNORECASE)
_BARRICADES_TYRES = re.compile(r"barricad|erected|built|set up|put up|burn", re.IGNORECASE)


def _clause_before(sentence: str, start: int) -> str:
    return re.split(r"[;:]|,\s(?:and|while|but|as|when|after)\s", sentence[:start])[-1][-90:]


def _human_agent(sentence: str, start: int) -> bool:
    clause = _clause_before(sentence, start)
    return _kind_of(clause, last=True) in _HUMAN_AGENTS or _ASSAILANTS.search(clause) is not None


def _person_object(sentence: str, end: int) -> bool:
    """Whether the words right after ``end`` name a person, a crowd or the forces."""
    words = " ".join(sentence[end:].split()[:4])
    nearest = _nearest(words, last=False)
    return nearest is not None and not (
        nearest[0] == "civilian" and _THINGS.match(nearest[1].group())
    )


def in_context(event_type: str, sentence: str, start: int, end: int, previous: str = "") -> bool:
    """Whether the trigger ``sentence[start:end]`` has the agent, object or aim it needs.

    ``previous`` is the sentence before, where "they" of "they also burned tyres" was named.
    """
    words = sentence[start:end]
    if event_type == "attack_on_civilians":
        if _HIT.match(words):  # "police hit two women", not "the storm hit two men"
            return _human_agent(sentence, start)
        if _STONED.match(words):  # "residents stoned two policemen", not "stoned on drugs"
            after = sentence[end:]
            if words.lower().endswith("to death") or re.match(r"\s+(?:\w+\s+)?by\b", after):
                return True
            return not _PASSIVE.search(sentence[:start]) and _person_object(sentence, end)
        if _FOUND_TIED.match(words):
            return _DEATH.search(sentence) is not None
    elif event_type == "protest":
        if _DEMANDED_PAY.match(words):
            return _GATHERING.search(sentence) is not None
        if _STREETS_SLOGANS_MARCH.match(words):
            return _PROTEST_AIM.search(sentence) is not None
    elif event_type == "riot" and _BARRICADES_TYRES.match(words):
        clause = _clause_before(sentence, start)
        if _kind_of(clause, last=True) in {"crowd", "protesters"} or _RIOT_AIM.search(sentence):
            return True
        return re.search(r"\bthey\b", clause, re.I) is not None and bool(
            _PROTESTERS.search(previous) or _RIOT_AIM.search(previous)
        )
    return True


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
# an off-duty policeman as an attack, not a clash. The qualifier must name the member itself,
# right before the force noun ("a retired army colonel", "an ex-policeman") or right after it
# ("a constable who was off duty"), not a place or unit near it ("the former palace").
_OFF_DUTY_BEFORE = re.compile(
    r"\b(?:off[- ]?duty|retired|former|ex-)\s*"
    r"(?:(?:senior|junior|high-ranking|local|state|federal|municipal|traffic|army|police|"
    r"military|security)\s+){0,2}$",
    re.IGNORECASE,
)
_OFF_DUTY_AFTER = re.compile(
    r"^(?:\s*[\w-]+)?\s*[,(]?\s*(?:(?:who\s+(?:was|were|is|are)|assumed|reportedly)\s+)?"
    r"off[- ]?duty\b",
    re.IGNORECASE,
)
# Gunfire is no mob's weapon: "people were hurt in a drive-by shooting" is an attack.
_FIREARM = re.compile(r"\b(?:shot\w*|shoot\w*|(?<!set )fir(?:e|ed|ing)|gun\w*)\b", re.IGNORECASE)
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
    nearest = _nearest(text, last)
    return nearest[0] if nearest else None


def _nearest(text: str, last: bool) -> tuple[str, re.Match[str]] | None:
    """The nearest noun phrase in ``text`` (the last or the first) and its kind."""
    best: tuple[int, int, str, re.Match[str]] | None = None
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
        candidate = (position, match.end() - match.start(), kind, match)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return (best[2], best[3]) if best else None


def is_off_duty(text: str, start: int, end: int) -> bool:
    """Whether the member of the forces named at ``text[start:end]`` is off duty or retired.

    The one test for both the trigger refinement and event linking: the qualifier stands
    right before the force noun or right after it, so "soldiers guarding the former palace"
    and "a base formerly used by police" stay on duty.
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return bool(_OFF_DUTY_BEFORE.search(before) or _OFF_DUTY_AFTER.match(after))


def refine_type(event_type: str, sentence: str, start: int, end: int) -> str:
    """The event type of a generic violence trigger given its agent and target."""
    if event_type not in _REFINED or (
        event_type == "armed_clash" and _CLAN_FIGHT.match(sentence[start:end])
    ):
        return event_type
    before = _clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    if (
        _PASSIVE.search(before)
        or _PASSIVE_TRIGGER.search(sentence[start:end])
        or (_HURT_IN.search(before) and re.search(r"\bby\b", after))
    ):
        hit = _nearest(before, last=True)
        hit_offset = start - len(before)
        by = re.match(r"\s*(?:[\w-]+\s+){0,5}?by\s+(?P<agent>.*)", after)
        agent = _kind_of(by.group("agent"), last=False) if by else None
    else:
        agent = _kind_of(before, last=True)
        hit = _nearest(after, last=False)
        hit_offset = end
    target = hit[0] if hit else None
    if (
        hit is not None
        and target == "armed"
        and is_off_duty(sentence, hit_offset + hit[1].start(), hit_offset + hit[1].end())
    ):
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
