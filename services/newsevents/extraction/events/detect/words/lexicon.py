"""The trigger lexicon, ``data/triggers.tsv``: one wording a line, with its event type and the
gate it needs (:mod:`..refusals.gates`), read into rules of one type each (:func:`load_rules`); a
bad line is refused with its number and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ....ontology import EventTypeName, is_event_type_name
from ..refusals.gates import GATES, Gate


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """A run of lexicon lines of one type: their wordings as one alternation (leftmost match
    first, then the earlier line), each wording its own group, and the gate of each."""

    event_type: EventTypeName
    pattern: re.Pattern[str]
    gates: tuple[Gate | None, ...]  # by group number - 1
    # the wordings, in order (group number - 1), to build the rule of some of them (:meth:`only`)
    wordings: tuple[str, ...] = ()

    def only(self, kept: tuple[bool, ...]) -> TriggerRule:
        """The rule of the wordings ``kept`` marks, in their order, with their gates: on a text
        where the others cannot match it finds what the whole rule finds (the leftmost match,
        of the first wording that matches there), trying fewer wordings at each word."""
        if all(kept):
            return self
        return _narrowed(self, kept)

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
    return TriggerRule(
        event_type,
        pattern,
        tuple(gate for _, gate in wordings),
        tuple(wording for wording, _ in wordings),
    )


# Narrowed rules kept, by the rule's identity and the wordings kept (a rule hashes its pattern's
# whole program: a lookup by value would cost more than the narrowing saves). Sentences name few
# trigger words, so a few thousand subsets recur; past that many the store starts again.
_NARROWED: dict[tuple[int, tuple[bool, ...]], tuple[TriggerRule, TriggerRule]] = {}
_MAX_NARROWED = 4096


def _narrowed(rule: TriggerRule, kept: tuple[bool, ...]) -> TriggerRule:
    known = _NARROWED.get((id(rule), kept))
    if known is not None and known[0] is rule:
        return known[1]
    wordings = [(w, g) for w, g, keep in zip(rule.wordings, rule.gates, kept, strict=True) if keep]
    narrowed = _rule(rule.event_type, wordings)
    if len(_NARROWED) >= _MAX_NARROWED:
        _NARROWED.clear()
    _NARROWED[(id(rule), kept)] = (rule, narrowed)
    return narrowed


@cache
def default_rules() -> tuple[TriggerRule, ...]:
    data = resources.files("newsevents.extraction").joinpath("data/triggers.tsv")
    return load_rules(data.read_text(encoding="utf-8"))
