"""The shortcuts of the speed round give the answers of the searches they stand for: a trigger
rule narrowed to the wordings a sentence holds, finditer in the stretches that hold a pattern's
words, a short form's openings checked where the form is, a pattern skipped where its words are
not. Texts written for these tests, in several outlets' styles."""

from __future__ import annotations

import re

import pytest

from newsevents.extraction.actors.named.short_forms import _references
from newsevents.extraction.actors.unnamed.generic import _GENERIC
from newsevents.extraction.events.detect.words.lexicon import default_rules
from newsevents.extraction.events.detect.words.triggers import wording_index
from newsevents.extraction.prefilter import folded, identity_cache, quick_finditer, quick_search
from newsevents.extraction.runs import run_finditer
from newsevents.extraction.text.furniture import _AT_OPENINGS, _matches

TEXTS = [
    "BEIRUT (AP) — Israeli warplanes struck a village in southern Lebanon on Tuesday, killing "
    "three people, the state news agency said. Hezbollah fighters fired rockets in response.",
    "ANKARA, Turkey – Turkish security forces neutralized five PKK terrorists in an air-backed "
    "operation in northern Iraq, the Defense Ministry said on Sunday.",
    "Gunmen stormed a police post near Kano overnight, shooting dead two officers and "
    "abducting a third, a police spokesman told Reuters. Soldiers later clashed with the "
    "attackers.",
    "Damascus, SANA – Terrorists fired rocket shells on al-Mayadeen neighbourhood, while "
    "the army repelled an attack by the Nusra Front on its positions in Hama countryside.\n"
    "The Syrian Observatory for Human Rights said regime air strikes hit Kafranbel and Saraqeb.",
    "Hundreds of protesters marched in Basra on Friday; police fired tear gas and arrested 12. "
    'The march was peaceful, organisers said. "They beat us," one student said.',
    "Militiamen of the al-Haj Qassem Soleimani Regiment set up checkpoints in Albu Kamal. "
    "The Soleimani Regiment later moved to the al-Jalaa neighbourhood.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_rule_narrowed_to_the_sentence_s_wordings_finds_what_the_whole_rule_finds(
    text: str,
) -> None:
    rules = default_rules()
    may_match = wording_index(rules).may_match(folded(text))
    first = 0
    for rule in rules:
        kept = tuple(may_match[first : first + len(rule.wordings)])
        first += len(rule.wordings)
        whole = [(m.span(), rule.gate_of(m)) for m in rule.pattern.finditer(text)]
        if not any(kept):
            assert whole == []
            continue
        narrowed = rule.only(kept)
        assert [(m.span(), narrowed.gate_of(m)) for m in narrowed.pattern.finditer(text)] == whole


@pytest.mark.parametrize("text", TEXTS)
def test_finditer_in_the_stretches_that_hold_the_words_is_finditer(text: str) -> None:
    for pattern in (_GENERIC, re.compile(r"\b(?:fired|repelled)\s+(?:\w+\s+){0,2}\w+")):
        assert [m.span() for m in run_finditer(pattern, text)] == [
            m.span() for m in pattern.finditer(text)
        ]


@pytest.mark.parametrize("text", TEXTS)
def test_datelines_matched_at_the_openings_are_finditer_s(text: str) -> None:
    for pattern in _AT_OPENINGS:
        assert [m.span() for m in _matches(pattern, text)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_a_short_form_s_openings_checked_where_the_form_is() -> None:
    text = (
        TEXTS[-1] + " Al-Soleimani Regiment fighters, xSoleimani Regiment, the\nSoleimani Regiment."
    )
    form = r"Soleimani\s+Regiment"
    whole = re.compile(rf"(?:(?<=\b[Tt]he )|(?<=\b[Aa]l-)|(?<=\s)|^)(?:{form})(?![\w-])", re.I)
    assert [m.span() for m in _references(form, text)] == [m.span() for m in whole.finditer(text)]


def test_a_pattern_is_skipped_only_where_its_words_are_not() -> None:
    pattern = re.compile(r"\b(?:repeatedly|so far this year)\b", re.I)
    assert quick_search(pattern, "Rebels have repeatedly shelled the town") is not None
    assert quick_search(pattern, "Rebels shelled the town") is None
    assert [m.group() for m in quick_finditer(pattern, "So far this year, repeatedly")] == [
        "So far this year",
        "repeatedly",
    ]


def test_the_identity_cache_answers_each_object_once() -> None:
    calls: list[object] = []

    @identity_cache
    def size(pattern: re.Pattern[str]) -> int:
        calls.append(pattern)
        return len(pattern.pattern)

    one, other = re.compile("abc"), re.compile("abcd")
    assert (size(one), size(one), size(other)) == (3, 3, 4)
    assert calls == [one, other]
