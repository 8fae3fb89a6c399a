"""The prefilter never says "no" to a text its pattern matches, and says it to texts without the
pattern's words."""

from __future__ import annotations

import re

import pytest

from newsevents.extraction.events.detect.words.lexicon import default_rules
from newsevents.extraction.prefilter import (
    _FOLDS_TO_ASCII,
    NeedleIndex,
    first_char_alternation,
    folded,
    may_match,
    needle_index,
    needles,
)
from newsevents.extraction.text.deaths.wordings import FATALITY_PATTERNS as _FATALITY_PATTERNS

WORDING = re.compile(
    r"(?<![\w-])(?:(shot down (?:an? |the )?(?:\w+ ){0,2}(?:drones?|missiles?))|"
    r"(intercept(?:ed|ing))|((?:bomb|explosives?) disposal))(?![\w-])",
    re.IGNORECASE,
)


def test_needles_are_the_words_every_match_holds() -> None:
    # (the letters before a branch are read with each alternative: "intercept(?:ed|ing)")
    assert needles(WORDING) == frozenset({"shot down ", "intercepted", "intercepting", " disposal"})
    # one of several required parts is enough: the longest
    assert needles(re.compile(r"\bthe (?:\w+ ){0,3}death toll\b", re.I)) == frozenset(
        {"death toll"}
    )
    # a branch needs one word from each alternative; a part that may be absent needs none
    assert needles(re.compile(r"(?:killed|shot dead)(?: by gunmen)?", re.I)) == frozenset(
        {"killed", "shot dead"}
    )
    # a letter repeated at least once: its first copy ends a needle ("kil" of "kil+ed")
    assert needles(re.compile(r"\b(?:kil+ed|slain)\b", re.I)) == frozenset({"kil", "slain"})


def test_every_required_part_must_be_there() -> None:
    # "Pokot raiders": a group's name and an armed noun, both
    pattern = re.compile(r"(?<![\w-])(?P<g>Pokot|Turkana|Afar)\s+(?:raiders|gunmen)\b")
    assert may_match(pattern, folded("Pokot raiders stole 40 cows."))
    assert not may_match(pattern, folded("Armed raiders stole 40 cows."))
    assert not may_match(pattern, folded("Pokot elders met the governor."))
    assert pattern.search("Armed raiders stole 40 cows. Pokot elders met the governor.") is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ed",  # no literal at all
        r"(?:ab|cd)ef?",  # needles under three letters
        r"(?:killed|\d+)",  # one alternative without a literal
        r"(?:killed)?\s+x",  # optional
        r"(?=killed)\w+",  # a lookahead is not read
    ],
)
def test_no_needles_where_none_is_sure(pattern: str) -> None:
    assert needles(re.compile(pattern, re.I)) is None
    assert may_match(re.compile(pattern, re.I), folded("nothing here"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants SHOT DOWN two drones over Kherson.", True),
        ("Air defences Intercepted a missile.", True),
        ("The army's Bomb Disposal unit arrived.", True),
        ("Two men were killed in the market.", False),
        ("Police arrested three suspects.", False),
    ],
)
def test_may_match_agrees_with_the_search(text: str, expected: bool) -> None:
    assert (WORDING.search(text) is not None) is expected
    assert may_match(WORDING, folded(text)) is expected


def test_characters_that_match_ascii_letters_turn_the_filter_off() -> None:
    # U+212A (Kelvin sign) matches "k" case-insensitively; U+017F (long s) matches "s" and
    # lowers to itself: a text holding one is searched by every pattern.
    pattern = re.compile(r"\bkilled\b|\bshot\b", re.I)
    for text in ("\u212ailled", "\u017fhot"):
        assert pattern.search(text)
        assert folded(text) is None
        assert may_match(pattern, folded(text))


def test_the_list_of_characters_that_fold_to_ascii_is_complete() -> None:
    ascii_ci = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = tuple(chr(c) for c in range(0x80, 0x110000) if ascii_ci.fullmatch(chr(c)))
    assert found == _FOLDS_TO_ASCII


SENTENCES = [
    "Gunmen killed two traders near the market on Tuesday, police said.",
    "Some 17 civilians, four of them children, were killed in the strikes.",
    "The death toll from the twin car bombs near the school in Homs rose to 32.",
    "Protesters blocked the highway and set fire to tyres; police fired tear gas.",
    "Troops recaptured the village after heavy fighting with the insurgents.",
    "Two bodies were found on the riverbank, residents told reporters.",
    "The ministry announced a new budget for schools and hospitals.",
    "Farmers marched to the secretariat to demand compensation for their crops.",
    "A roadside bomb went off near a convoy, wounding four soldiers.",
    "Unknown men abducted a teacher in Kaduna and demanded a ransom.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_shipped_patterns_are_never_skipped_where_they_match(sentence: str) -> None:
    patterns = [rule.pattern for rule in default_rules()] + list(_FATALITY_PATTERNS)
    skipped = 0
    for text in (sentence, sentence.upper(), sentence.title()):
        for pattern in patterns:
            if not may_match(pattern, folded(text)):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], text)
    assert skipped > 0  # the filter does rule patterns out on ordinary sentences


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_needle_index_answers_as_may_match_pattern_by_pattern(sentence: str) -> None:
    patterns = tuple(rule.pattern for rule in default_rules()) + tuple(_FATALITY_PATTERNS)
    index = needle_index(patterns)
    for text in (sentence, sentence.upper(), sentence.lower(), "", "\u212ailled two men"):
        expected = [may_match(pattern, folded(text)) for pattern in patterns]
        assert index.may_match(folded(text)) == expected, text
        assert not all(expected) or text.startswith("\u212a")


def test_the_needle_index_reads_needles_inside_longer_ones_and_every_clause() -> None:
    # "kil" (of "kil+ed") inside "killing", "raid" inside "raiders"; "Pokot raiders" needs both
    patterns = [
        re.compile(r"\b(?:kil+ed|slain)\b", re.I),
        re.compile(r"(?<![\w-])(?P<g>Pokot|Turkana)\s+(?:raiders|gunmen)\b"),
        re.compile(r"\braid(?:ed)?\b", re.I),
        re.compile(r"\w+ed"),  # no needle: always tried
    ]
    index = NeedleIndex(patterns)
    cases = {
        "Gunmen were killing villagers in a raid.": [True, False, True, True],
        "Pokot raiders stole cows.": [False, True, True, True],
        "Pokot elders met the governor.": [False, False, False, True],
        "Armed gunmen slain; Turkana elders.": [True, True, False, True],
    }
    for text, expected in cases.items():
        assert index.may_match(folded(text)) == expected, text
        assert [may_match(p, folded(text)) for p in patterns] == expected, text


COUNTRY_WORDS = ["Saudi Arabia", "South Sudan", "Sudanese", "Syrian", "Sudan", "Syria", "US"]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian and Sudanese troops met US officials near South Sudan and Saudi Arabia.",
        "Syria's army; Sudan forces; USA; Syriana; the US-led coalition",
    ],
)
def test_first_char_alternation_matches_what_the_plain_alternation_matches(text: str) -> None:
    plain = re.compile(rf"(?<![\w-])(?P<w>{'|'.join(map(re.escape, COUNTRY_WORDS))})(?![\w])")
    grouped_words = first_char_alternation(COUNTRY_WORDS)
    grouped = re.compile(rf"(?<![\w-])(?P<w>{grouped_words})(?![\w])")
    assert grouped.pattern != plain.pattern
    expected = [(m.span(), m.group("w")) for m in plain.finditer(text)]
    assert [(m.span(), m.group("w")) for m in grouped.finditer(text)] == expected
    assert expected  # the texts name some of the words


def test_first_char_alternation_gathers_words_by_first_character() -> None:
    assert first_char_alternation(["Sudan", "Syria", "US"]) == "(?=S)(?:Sudan|Syria)|(?=U)(?:US)"
    with pytest.raises(ValueError):
        first_char_alternation(["Sudan", ""])
