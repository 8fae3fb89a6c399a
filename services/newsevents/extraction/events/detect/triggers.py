"""Event triggers: the words that report that something happened, and how surely.

The lexicon is ``data/triggers.tsv``. Context rules here drop what did not happen as an event
("for fear of airstrikes", "to escape airstrikes", "arrested for the kidnapping") and set the
modality: "reportedly" is claimed, "would"/"will"/"plans to" is planned, "denied" is denied.
:mod:`.gates` holds the contexts a wording may need (an agent, object or aim; the lexicon names
them beside the wording), and :mod:`.refinement` the type of a generic violence word by who
acts and who is hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...document import Document, Modality, Sentence, Span, SpanIndex, Trigger
from ...ontology import EventTypeName, is_event_type_name
from ...prefilter import folded, may_match
from .gates import GATES, Gate
from .grievances import far_grievance, occasion_of_a_protest
from .parties import PROTESTERS_OR_CROWD
from .refinement import refine_type


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """A run of lexicon lines of one type: their wordings as one alternation (leftmost match
    first, then the earlier line), each wording its own group, and the gate of each."""

    event_type: EventTypeName
    pattern: re.Pattern[str]
    gates: tuple[Gate | None, ...]  # by group number - 1

    def gate_of(self, match: re.Match[str]) -> Gate | None:
        """The gate of the wording that matched (each wording is one group, with none inside)."""
        assert match.lastindex is not None
        return self.gates[match.lastindex - 1]


def load_rules(text: str) -> tuple[TriggerRule, ...]:
    """The rules of a lexicon written as ``data/triggers.tsv`` (its header tells the columns)."""
    runs: list[tuple[EventTypeName, list[tuple[str, Gate | None]]]] = []
    run_ended = True
    for line_number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            continue  # a comment does not end a run: it may explain the line below it
        if not line.strip():
            run_ended = True
            continue
        event_type, wording, gate = _parse_line(line, line_number)
        if run_ended or runs[-1][0] != event_type:
            runs.append((event_type, []))
        runs[-1][1].append((wording, gate))
        run_ended = False
    return tuple(_rule(event_type, wordings) for event_type, wordings in runs)


def _parse_line(line: str, line_number: int) -> tuple[EventTypeName, str, Gate | None]:
    def refuse(reason: str) -> ValueError:
        return ValueError(f"triggers.tsv line {line_number}: {reason}")

    fields = line.split("\t")
    if len(fields) != 3:
        raise refuse(f"{len(fields)} columns, not 3 (type, gate, wording)")
    event_type, gate_name, wording = fields
    if not is_event_type_name(event_type):
        raise refuse(f"unknown event type {event_type!r}")
    gate = None
    if gate_name != "-":
        if gate_name not in GATES:
            raise refuse(f"unknown gate {gate_name!r}; the gates are {', '.join(GATES)} or -")
        gate = GATES[gate_name]
    if not wording.strip():
        raise refuse("empty wording")
    try:
        groups = re.compile(wording).groups
    except re.error as error:
        raise refuse(f"bad wording {wording!r}: {error}") from error
    if groups:
        raise refuse(f"wording {wording!r} has a capturing group; write (?:...)")
    return event_type, wording, gate


def _rule(event_type: EventTypeName, wordings: list[tuple[str, Gate | None]]) -> TriggerRule:
    alternation = "|".join(f"({wording})" for wording, _ in wordings)
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    return TriggerRule(event_type, pattern, tuple(gate for _, gate in wordings))


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
    r"charged with|convicted of|sentenced for|charges? of|(?:allegations?|accusations?) of|"
    r"on trial for|"
    r"wanted for)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PROTEST_WORD = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|march|strike|sit-in|vigil|hartal|bandh|shutdown|"
    r"blockade|dharna|gherao|human chain|agitat|boycott",
    re.I,
)
# The means of a protest, told after its grievance: "by setting fire to", "by blocking roads and
# burning tyres".
_MEANS = re.compile(r"\bby\s+(?:\w+ing\b[^,.;:]{0,40}\s)?$", re.IGNORECASE)
_GRIEVANCE = re.compile(
    r"\b(?:against|condemn\w*|denounc\w*|over|demand\w*|in memory of|in memoriam|justice for|"
    r"following|after|about|regarding|because of|due to|in the wake of|in (?:reaction|response) to|"
    # what is protested as the verb's object: "ABVP members protested the rape of a girl"
    r"protest(?:ed|ing|s)? (?:the|a|an)|protest (?:of|at|to)|"
    # ... and without a determiner, the terse transitive of notes and headlines: "thousands
    # protest police raids on media", "residents protest reoccurring attacks by bandits"
    r"(?<![\w-])protest(?:ed|s)?(?= (?!(?:against|over|in|at|on|outside|near|for|with|to|from|"
    r"after|and|as|while|when|by|during|march\w*|rall\w*|was|were|is|are|has|had|took|turned|"
    r"erupted|ended|broke|which|that|organi[sz]ed|held|led|staged)\b))|"
    # the wrong a protest alleges: "farmers protested, alleging that an inspector assaulted ..."
    r"alleg(?:ing|ed)(?: that)?|claiming that|"
    # whom a protest accuses, and those it wants punished: "accusing a leader of beating up a
    # worker", "punishment for whoever carried out the killing", "the culprits of his murder"
    r"accus(?:ing|ed) (?:[\w'’()-]+ ){0,6}?of|(?:responsible|punished) for|involved in|"
    r"(?:accused|culprits|perpetrators|killers) (?:in|of|behind)|highlighting|"
    # the victims named in the demand: "demanding the arrest of killers who ... the murder"
    r"demand\w* (?:the )?(?:immediate )?(?:arrest|release|punishment|justice)\b[^.;:]{0,70}?)"
    r"\s+(?:[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# A group that claims responsibility asserts the act and names its author: "IS claimed
# responsibility for the attack" is an asserted attack by IS, not a rumour of one.
# "a coalition fighting ISIL", "Kurds and Arabs fighting against IS": the participle says who a
# side is, not that a battle took place ("troops were fighting rebels" is still a clash).
_SIDE_AT_WAR = re.compile(r"(?:fighting|battling)$", re.IGNORECASE)
# Also "insurgents battling the government", "rebels who are fighting the army", "the
# coalition, which has been battling the rebels", "the coalition is fighting the rebels".
_SIDE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:coalition|alliance|forces|groups?|rebels|fighters|militias?|factions|Kurds|Arabs|"
    r"countries|powers|states|partners|allies|those|units|insurgents|militants|jihadists)"
    r"|\b(?:coalition|alliance),?\s+(?:is|are)"
    r"|\b(?:who|which|that)\s+(?:are|is|ha(?:s|ve) been))\s+$",
    re.IGNORECASE,
)
# A campaign that filled a span of time, not an occurrence of one day: "after weeks of
# fighting", "months of bloody clashes", "a nearly three-week government assault" (but "two
# days of clashes left 30 dead" is the news).
_SPAN_OF_TIME_BEFORE = re.compile(
    r"\b(?:weeks|months|years)\s+of\s+(?:(?:heavy|fierce|intense|bloody|deadly|renewed|"
    r"sporadic)\s+)?$"
    r"|\b(?:\w+-)(?:week|month|year)(?:-long)?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CLAIMED = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|claimed|claims?|rumou?red|"
    r"(?:said|reported|believed|thought|feared|understood|suspected|assumed|presumed|alleged|"
    r"purported|rumou?red|known) to (?:be|have))\b"
    r"(?!\s+(?:full\s+|the\s+)?(?:responsibility|credit))",
    re.I,
)
# What may yet happen: "will launch an offensive", "threatened to strike", "preparations for an
# attack", "where American missiles might strike" (but "said to be killed" is claimed).
_PLANNED = re.compile(
    # "would-be" names who tried ("a would-be bomber was shot"), no modal (_WOULD_BE)
    r"\b(?:would(?!-be\b)|will|plans? to|planning to|intends? to|"
    r"(?<!said )(?<!reported )(?<!believed )(?<!thought )(?<!feared )(?<!understood )"
    # who the actors are taken to be is no plan: "gunmen suspected to be members of a militia
    # seized a trader", "bandits presumed to come from across the border raided"
    r"(?<!suspected )(?<!assumed )(?<!presumed )(?<!alleged )(?<!purported )(?<!rumoured )"
    r"(?<!rumored )(?<!known )to be|"
    r"promised|pledged|vowed|(?:is|are) expected to|might|(?-i:may)(?! have)|could(?! not)|"
    r"should(?! have)|"
    r"threat\w* to|prepar\w+ (?:\w+ ){0,3}(?:for|to)|poised to|set to|about to|ready to|"
    r"plott?\w* to|warn\w* of)\b",
    re.IGNORECASE,
)
# What did not happen: "denied carrying out the attack" anywhere in the clause; a negation
# close before the trigger: "has not conducted air strikes", "did not target civilians", "no
# strikes took place" (but "no fewer than 10 killed", "it was not clear if the raids ...").
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|rejected (?:the )?(?:claims?|reports?|accusations?)|"
    r"never|no evidence)\b"
    r"|\b(?:(?:has|have|had|was|were|is|are|did|does|do) not|hasn't|haven't|hadn't|wasn't|"
    r"weren't|didn't|doesn't|don't|no|not)\s+"
    r"(?!(?:fewer|less|more|later|sooner|only|least|immediately|clear|known|yet)\b)"
    r"(?:[\w-]+\s+){0,2}$"
    # "did not carry out this attack", "have not conducted any strikes"
    r"|\b(?:did|does|do|has|have|had) not\s+(?:carr(?:y|ied) out|conduct(?:ed)?|launch(?:ed)?|"
    r"stage[d]?)\s+(?:[\w-]+\s+)?$"
    # what a gathering was free of: "the march was devoid of clashes", "passed without violence"
    r"|\b(?:devoid of|free (?:of|from))\s+(?:[\w-]+\s+){0,5}$|\bwithout\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An event told as earlier than the report's: "the prior killing of a leader (coded separately)",
# "the previous attack on the village", "an earlier failed attack". Not the adverb "earlier"
# told of a verb between it and the trigger: "police earlier fired tear gas at the marchers"
# is the day's act, told earlier in the day (no determiner before "earlier", a past verb after
# it; after a determiner "earlier" is an adjective: "the earlier armed raid").
_PRIOR = re.compile(
    r"(?:\b(?:prior|previous|past|last year's|last month's)\s+(?:[\w-]+\s+)?"
    r"|\b(?:the|an|its|their|this|that|his|her|these|those)\s+earlier\s+(?:[\w-]+\s+)?"
    r"|\bearlier\s+(?:(?![a-z]+ed\b)[\w-]+\s+)?)$",
    re.I,
)
# A violent act whose anniversary is marked happened years ago, it is no event of the day:
# "marked the tenth anniversary of the massacre" (the anniversary of a protest movement names
# a commemoration, which is one: "to mark the anniversary of the agitation").
_ANNIVERSARY = re.compile(
    r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|a|an|this|that|last)\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# What is to be ended or stopped did not happen as an event of the day: "a truce ending tribal
# feuds", "a call for an end to the fighting".
_ENDED = re.compile(
    r"\b(?:ending|(?:an )?end to|to (?:stop|end|halt|prevent))\s+(?:(?:the|all|further|any)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# Trigger words read per sentence: news tells a handful in one sentence; "killed killed killed
# ..." or a list of attacks without a full stop would read the whole sentence at each one.
MAX_TRIGGERS_PER_SENTENCE = 24


def find_triggers(doc: Document, rules: tuple[TriggerRule, ...] | None = None) -> None:
    found: list[Trigger] = []
    previous = ""
    for sentence in doc.sentences:
        if sentence.heading:
            continue
        found.extend(_sentence_triggers(doc, sentence, rules or default_rules(), previous))
        previous = sentence.text
    doc.triggers = sorted(found, key=lambda t: t.span.start)


def _sentence_triggers(
    doc: Document, sentence: Sentence, rules: tuple[TriggerRule, ...], previous: str
) -> list[Trigger]:
    """The triggers of one sentence: rule by rule, a match overlapping an earlier one's span
    is dropped; ``previous`` is the sentence before, for the gates. At most
    MAX_TRIGGERS_PER_SENTENCE matches are read in full (each reads the sentence around it)."""
    found: list[Trigger] = []
    taken = SpanIndex()
    read = 0
    lowered = folded(sentence.text)
    for rule in rules:
        if not may_match(rule.pattern, lowered):
            continue  # none of the rule's words is in the sentence
        for match in rule.pattern.finditer(sentence.text):
            start = sentence.span.start + match.start()
            span = Span(start, start + len(match.group()))
            if taken.overlaps(span):
                continue
            if read == MAX_TRIGGERS_PER_SENTENCE:
                return found
            read += 1
            before = doc.text[sentence.span.start : span.start]
            if _not_an_occurrence(
                before, match.group(), doc.text[span.end : span.end + 20], rule.event_type
            ):
                continue
            if rule.event_type in _HARM and (
                _victims_of_a_protest(before, sentence.text, match.group())
                or far_grievance(before, match.group())
                or occasion_of_a_protest(before, sentence.text[match.end() :])
            ):
                continue
            taken.add(span)
            gate = rule.gate_of(match)
            if gate and not gate(sentence.text, match.start(), match.end(), previous):
                continue  # the words are there, the event is not ("the storm hit two men")
            kind = refine_type(rule.event_type, sentence.text, match.start(), match.end())
            found.append(Trigger(span, match.group(), kind, _modality(before)))
    return found


def _not_an_occurrence(
    before: str, trigger: str, after: str, event_type: EventTypeName | None = None
) -> bool:
    """Whether the words around a trigger tell it did not happen as an event of the day: it is
    feared, charged, to be ended, a case, the crime of an arrest, a protest's grievance, or
    what a side does all along. A riot is the crowd's own act, never the wrong it protests:
    "protesters angry at a murder fight running battles with police", "a protest
    against a firm turns violent"."""
    if (
        (_SIDE_AT_WAR.match(trigger) and _SIDE_NOUN_BEFORE.search(before[-40:]))
        or _PRIOR.search(before[-30:])
        or (event_type in _HARM and _ANNIVERSARY.search(before[-60:]) is not None)
        or _SPAN_OF_TIME_BEFORE.search(before[-40:])
        or _IRREALIS.search(before[-60:])
        or _CHARGE.search(before[-40:])
        or _ENDED.search(before[-60:])
        or _CASE_NOUN.match(after)
        or _ARRESTED_FOR.search(before[-80:])
    ):
        return True
    # "protested against the arrest of ...": the grievance; but what the protest did "by"
    # doing it is its own act ("protested against the police by torching kiosks")
    own_act = (
        (event_type == "riot" and not trigger.lower().startswith("riot"))
        or (event_type == "mob_violence" and _THROWN_STONES.search(trigger) is not None)
        or (
            event_type in {"armed_clash", "mob_violence"}
            and _WITH_THE_FORCE.match(after) is not None
            and not _NOUN_BEFORE.search(before[-12:])  # "against the clash with police"
        )
        or _MEANS.search(before[-60:]) is not None
    )
    return not own_act and bool(_PROTEST_WORD.search(before) and _GRIEVANCE.search(before[-140:]))


# Stones thrown are the crowd's own weapon, never the wrong it protests: "riders protesting the
# death of a colleague pelted police with stones" (the grievance ends where the crowd's verb
# begins).
_THROWN_STONES = re.compile(r"\b(?:pelt|stones|rocks|brickbats|bricks)", re.IGNORECASE)
# ... and so is a fight with the police told right after it: "students protesting a fee rise
# clashed with police".
# (a fight named as a noun after a determiner or a preposition is the grievance or the
# background: "following clashes with police during an earlier rally")
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|their|its|his|her|following|after|over|against|amid|of|in|during|for|"
    r"about|since|before)\s+$",
    re.IGNORECASE,
)
_WITH_THE_FORCE = re.compile(
    r"\s+with\s+(?:the\s+)?(?:anti-riot\s+)?(?:police|security|officers)", re.IGNORECASE
)


# A violent act in a relative clause that names who the protest is for: "relatives of a girl
# who had been abducted rallied", "the families of three men who were killed by police held a
# demonstration" (but "protesters who were shot" were shot at the protest).
_RELATIVE_VICTIM = re.compile(
    r"\b(?P<who>[\w-]+)\s+(?:who|whom|that)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+|was\s+|"
    r"were\s+)?(?:(?:allegedly|reportedly|brutally|sexually)\s+){0,2}$",
    re.IGNORECASE,
)
_OF_THE_PROTEST = re.compile(
    r"protest|demonstrat|rall(?:y|ies|ied)|march|sit-in|vigil|human chain|dharna|hartal|bandh",
    re.IGNORECASE,
)


# The harm a protest may be about ("members who were protesting" is the protest itself).
_HARM: frozenset[EventTypeName] = frozenset(
    {"attack_on_civilians", "abduction", "sexual_violence", "armed_clash", "mob_violence"}
)


# A violent act named by its participle before the victim: "parents of a murdered girl staged a
# protest", "a rally for the slain journalist".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|of)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ed|slain|stabbed|shot", re.IGNORECASE)


def _victims_of_a_protest(before: str, sentence: str, trigger: str = "") -> bool:
    if (
        _PARTICIPLE.fullmatch(trigger)
        and _DETERMINER_BEFORE.search(before[-8:])
        and _OF_THE_PROTEST.search(sentence)
    ):
        return True
    relative = _RELATIVE_VICTIM.search(before[-60:])
    if relative is None or PROTESTERS_OR_CROWD.match(relative.group("who")):
        return False
    return _OF_THE_PROTEST.search(sentence) is not None


# An act named right after "would-be" was only tried: "a would-be suicide bomber", "would-be
# kidnappers" (what was done to them happened: "a would-be attacker was shot and killed").
_WOULD_BE = re.compile(r"\bwould-be\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _modality(before: str) -> Modality:
    clause = re.split(r"[,;:]\s", before)[-1][-80:]
    if _DENIED.search(clause):
        return "denied"
    if _PLANNED.search(clause) or _WOULD_BE.search(clause):
        return "planned"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"
