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
    r"threat of|risk of)\s+(?:\w+\s+){0,3}$",
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
                if _IRREALIS.search(before[-60:]):
                    continue
                taken.append(span)
                found.append(Trigger(span, match.group(), rule.event_type, _modality(before)))
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
