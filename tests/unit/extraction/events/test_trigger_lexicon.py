"""The trigger lexicon: one wording a line, the gate it needs named beside it."""

from __future__ import annotations

import ast
import inspect
from typing import get_args

import pytest

from newsevents.extraction.events.detect.refine import (
    refinement,
    sides_of_act,
    told_acts,
    type_of_sides,
)
from newsevents.extraction.events.detect.refusals.gates import GATES
from newsevents.extraction.events.detect.words.lexicon import default_rules, load_rules
from newsevents.extraction.events.detect.words.triggers import find_triggers
from newsevents.extraction.ontology import EVENT_TYPE_NAMES, EVENT_TYPES, EventTypeName
from tests.unit.helpers import document


def _found(lexicon: str, text: str) -> list[tuple[str, str]]:
    doc = document(text)
    find_triggers(doc, load_rules(lexicon))
    return [(t.text, t.event_type) for t in doc.triggers]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("protest\tno_such_gate\tmarched", "line 1: unknown gate 'no_such_gate'; the gates are"),
        ("protests\t-\tmarched", "line 1: unknown event type 'protests'"),
        ("protest\tmarched", "line 1: 2 columns, not 3"),
        ("protest\t-\t(marched|rallied)", "has a capturing group; write (?:...)"),
        ("protest\t-\t(?:marched", "line 1: bad wording"),
        ("protest\t-\t ", "line 1: empty wording"),
    ],
)
def test_a_bad_line_is_refused_with_its_reason(line: str, reason: str) -> None:
    with pytest.raises(ValueError, match=r"^triggers\.tsv line ") as refused:
        load_rules(line)
    assert reason in str(refused.value)


def test_a_gated_wording_counts_only_in_its_context() -> None:
    lexicon = "protest\tprotest_aim\tpoured into the streets\n"
    assert _found(lexicon, "Fans poured into the streets to cheer the champions.") == []
    assert _found(lexicon, "Tailors poured into the streets against the new levy.") == [
        ("poured into the streets", "protest")
    ]


def test_a_gated_wording_keeps_its_span_when_its_gate_fails() -> None:
    """The storm "hit two men": no attack, and no later rule may read "hit" as a brawl."""
    lexicon = (
        "attack_on_civilians\thuman_agent\thit two men\n"
        "\n"
        "mob_violence\t-\thit\n"
        "mob_violence\t-\ttwo men\n"
    )
    assert _found(lexicon, "A falling branch hit two men near the pier.") == []
    assert _found(lexicon, "Two armed thugs hit two men near the pier.") == [
        ("hit two men", "attack_on_civilians")
    ]


def test_the_lines_of_a_run_are_one_alternation_and_a_blank_line_ends_a_run() -> None:
    """In a run the leftmost match wins over an earlier line; across runs the earlier run."""
    one_run = "riot\t-\tstones\nriot\t-\tthrew stones\n"
    two_runs = "riot\t-\tstones\n\nriot\t-\tthrew stones\n"
    sentence = "Strikers threw stones at the depot gates."
    assert _found(one_run, sentence) == [("threw stones", "riot")]
    assert _found(two_runs, sentence) == [("stones", "riot")]


def test_every_gate_is_named_by_the_lexicon() -> None:
    named = {gate for rule in default_rules() for gate in rule.gates if gate is not None}
    assert named == set(GATES.values())


def test_the_ontology_table_covers_exactly_the_type_names() -> None:
    assert [t.name for t in EVENT_TYPES] == list(get_args(EventTypeName))


def _types_refinement_names() -> set[str]:
    """The strings ``refine_type`` (the sides' readings and the act rules it calls) returns or
    compares ``event_type`` with, and ``_REFINED``."""
    named: set[str] = set(refinement._REFINED) | set(told_acts._HELD_FOR_A_WHILE)
    readings = (
        refinement.refine_type,
        sides_of_act.type_by_sides,
        type_of_sides.type_of_sides,
        told_acts.held_briefly,
    )
    sources = (inspect.getsource(f) for f in readings)
    for node in (node for source in sources for node in ast.walk(ast.parse(source))):
        if isinstance(node, ast.Compare) and ast.unparse(node.left) == "event_type":
            named |= {c.value for c in node.comparators if isinstance(c, ast.Constant)}
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            results = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            named |= {r.value for r in results if isinstance(r, ast.Constant)}
    return named


def test_every_type_the_lexicon_and_refinement_name_is_in_the_ontology() -> None:
    assert {rule.event_type for rule in default_rules()} <= EVENT_TYPE_NAMES
    named = _types_refinement_names()
    assert {"riot", "mob_violence", "armed_clash", "attack_on_civilians"} <= named
    assert named <= EVENT_TYPE_NAMES
