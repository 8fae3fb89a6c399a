"""The wordings of a death toll, one pattern each: "3 fatalities", "killed two soldiers", "a man
was found dead", "the body of a man", "N soldiers and M auxiliaries were killed". Read in order
by :func:`.find_deaths`, which owns what a match counts (ages, acronyms, one named before
a count, sums of two counts).

The wordings by what they tell: the dead as a subject (:mod:`.subjects`), as an object
(:mod:`.objects`), a figure or a tally (:mod:`.tallies`), lives lost (:mod:`.lives_lost`), a
statement's words (:mod:`.statements`), one person (:mod:`.one_person`), one dead
(:mod:`.one_dead`).
"""

from __future__ import annotations

import re

from .lives_lost import LIVES_PATTERNS
from .objects import ALONG_WITH_OTHERS, KILLED_N, NAMED_AND_OTHERS, TO_DEATH_PATTERNS
from .one_dead import BODY_FOUND, PRONOUN_DEAD
from .one_person import ONE_PERSON_PATTERNS
from .statements import STATEMENT_PATTERNS
from .subjects import KIN_PATTERNS, SUBJECT_PATTERNS, SUBSET_PATTERNS, TWO_GROUPS
from .tallies import FIGURE_PATTERNS, NOTE_PATTERNS, TALLY_PATTERNS
from .words import (
    ADVERBS,
    AND_KIN,
    DEATH_NUMBER,
    DIED,
    KILL_VERB,
    NOT_ANIMALS,
    NOT_OBJECT_END,
    NUMBER_START,
    REPORTED,
)

FATALITY_PATTERNS = (
    *SUBSET_PATTERNS,
    TWO_GROUPS,
    *KIN_PATTERNS,
    *FIGURE_PATTERNS,
    KILLED_N,
    *NAMED_AND_OTHERS,
    *SUBJECT_PATTERNS,
    *NOTE_PATTERNS,
    *LIVES_PATTERNS,
    *ALONG_WITH_OTHERS,
    *TO_DEATH_PATTERNS,
    # one person, by a pronoun, a role, kin or a name (:mod:`.one_person`)
    *ONE_PERSON_PATTERNS,
    *TALLY_PATTERNS,
    *STATEMENT_PATTERNS,
    # "both" of two told before (thirty-ninth round): "Both men were killed", "both died on the
    # way to hospital", "killing both" (two; not "both ... and ...", a pair of groups)
    re.compile(
        rf"\b(?P<n>both)\b(?!\s+(?:[\w'’-]+\s+){{0,3}}?and\b)(?:\s+of\s+them|\s+[a-z]+)?\s+"
        rf"(?:(?:were|had been|have been|are)\s+{REPORTED}{ADVERBS}{DIED}"
        rf"|(?:later\s+|then\s+|also\s+)?(?:died|succumbed)\b)",
        re.I,
    ),
    re.compile(rf"\b{KILL_VERB}\s+(?P<n>both)\b(?!\s+(?:[\w'’-]+\s+){{0,3}}?and\b)", re.I),
    BODY_FOUND,
    PRONOUN_DEAD,
    # "the body of a man", "two bodies"; "the bodies of a man and a woman" (two), "of two men
    # and his son" (three): a second one or group after "and" (forty-second round)
    re.compile(
        rf"\bbodies of (?P<n>{DEATH_NUMBER})\b"
        rf"(?:\s+(?:{NOT_OBJECT_END}[\w'’-]+,?\s+){{1,3}}?"
        rf"(?:and\s+(?P<m>{DEATH_NUMBER})\b{NOT_ANIMALS}|{AND_KIN}))?",
        re.I,
    ),
    re.compile(rf"\bbod(?:y|ies) of (?P<n>{DEATH_NUMBER})\b", re.I),
    # ("3 villagers' bodies", "two soldiers' bodies were found"; forty-second round)
    re.compile(
        rf"\b{NUMBER_START}(?P<n>{DEATH_NUMBER})\s+(?:[\w-]+\s+)?(?:[\w-]+s['’]\s+)?bodies\b",
        re.I,
    ),
)
